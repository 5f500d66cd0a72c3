import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const DIST = join(import.meta.dirname, "..", "dist");

function built(ext: string): string {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: build the viewer first (npm run build -w web-viewer)`);
  const assets = join(DIST, "assets");
  return readdirSync(assets)
    .filter((f) => f.endsWith(ext))
    .map((f) => readFileSync(join(assets, f), "utf8"))
    .join("\n");
}

describe("the built page", () => {
  it("bundles the dataset and the query API, but not the schema validator", () => {
    const js = built(".js");
    expect(js).toContain("q-leopard-meat-grinder");
    expect(js).not.toMatch(/ZodError|\$ZodType|zod/i);
  });

  it("never parses strings as HTML or code", () => {
    expect(built(".js")).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });

  it("uses relative asset URLs and a strict content security policy", () => {
    const html = readFileSync(join(DIST, "index.html"), "utf8");
    expect(html).toMatch(/src="\.\/assets\/index-[\w-]+\.js"/);
    expect(html).toMatch(
      /http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;/,
    );
  });
});
