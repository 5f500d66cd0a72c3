import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkApi } from "./check.js";
import { packageReport } from "./report.js";

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A repository with one published package whose built declarations export `dts`. */
function repo(dts: string): { root: string; dir: string } {
  root = mkdtempSync(join(tmpdir(), "claimset-api-"));
  const dir = join(root, "packages", "thing");
  mkdirSync(join(dir, "dist"), { recursive: true });
  mkdirSync(join(root, "api"));
  mkdirSync(join(root, ".changeset"));
  writeFileSync(
    join(dir, "package.json"),
    JSON.stringify({
      name: "@claimset/thing",
      version: "1.0.0",
      types: "./dist/index.d.ts",
      exports: { ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" } } },
    }),
  );
  writeFileSync(join(dir, "dist", "index.d.ts"), dts);
  return { root, dir };
}

const v1 = "export declare function parse(text: string): number;\nexport interface Options { strict: boolean }\n";
const sha = (text: string) => createHash("sha256").update(text).digest("hex");

describe("the API report", () => {
  it("lists each export with its declaration, sorted by name", () => {
    const { dir } = repo(v1);
    const report = packageReport(dir);
    expect(report).toContain("## @claimset/thing");
    expect(report.indexOf("### Options")).toBeLessThan(report.indexOf("### parse"));
    expect(report).toContain("function parse(text: string): number;");
  });
});

describe("checkApi", () => {
  it("fails when the report is missing or stale, naming the command that fixes it", () => {
    const { root: r, dir } = repo(v1);
    expect(checkApi(r)).toEqual([expect.objectContaining({ message: "api/claimset-thing.api.md is missing" })]);
    writeFileSync(join(r, "api/claimset-thing.api.md"), packageReport(dir));
    expect(checkApi(r)).toEqual([]);
    writeFileSync(join(dir, "dist", "index.d.ts"), `${v1}export declare const extra: 1;\n`);
    expect(checkApi(r)[0]).toMatchObject({ fix: expect.stringContaining("npm run api:update") });
  });

  it("fails when the API changed since the last release and no changeset names the package", () => {
    const { root: r, dir } = repo(v1);
    const released = packageReport(dir);
    writeFileSync(
      join(r, "api/released.json"),
      JSON.stringify({ "@claimset/thing": { version: "1.0.0", sha256: sha(released) } }),
    );
    writeFileSync(join(dir, "dist", "index.d.ts"), "export declare function parse(text: string): string;\n");
    writeFileSync(join(r, "api/claimset-thing.api.md"), packageReport(dir));
    expect(checkApi(r)).toEqual([
      expect.objectContaining({ message: expect.stringContaining("changed since @claimset/thing@1.0.0") }),
    ]);
    writeFileSync(join(r, ".changeset/parse.md"), '---\n"@claimset/thing": major\n---\n\n`parse` returns a string.\n');
    expect(checkApi(r)).toEqual([]);
  });

  it("passes an unchanged API without a changeset", () => {
    const { root: r, dir } = repo(v1);
    const report = packageReport(dir);
    writeFileSync(join(r, "api/claimset-thing.api.md"), report);
    writeFileSync(
      join(r, "api/released.json"),
      JSON.stringify({ "@claimset/thing": { version: "1.0.0", sha256: sha(report) } }),
    );
    expect(checkApi(r)).toEqual([]);
  });
});
