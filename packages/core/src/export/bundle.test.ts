import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("browser bundle of the query and export functions", () => {
  it("pulls in neither zod nor the validation code, nor any node: module", async () => {
    const result = await build({
      stdin: {
        contents: `import { createIndex, toJsonLd, toMarkdown, toWebAnnotations, formatBounds } from "./src/index.ts";
console.log(createIndex, toJsonLd, toMarkdown, toWebAnnotations, formatBounds);`,
        resolveDir: root,
        loader: "ts",
      },
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      conditions: ["@claimset/source"],
      metafile: true,
      logLevel: "silent",
    });
    const output = Object.values(result.metafile.outputs)[0]!;
    const included = Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([path]) => path);
    expect(included.some((p) => p.includes("src/query/create-index.ts"))).toBe(true);
    expect(included.filter((p) => /zod|validate|node:/.test(p))).toEqual([]);
  });
});
