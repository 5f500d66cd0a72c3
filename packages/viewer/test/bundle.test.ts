import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryDatasets } from "./datasets.js";

const SITE = join(import.meta.dirname, "..", "dist", "site");

function built(test: (file: string) => boolean): string {
  if (!existsSync(SITE))
    throw new Error(`${SITE} is missing: build the viewer first (npm run build -w @claimset/viewer)`);
  const assets = join(SITE, "assets");
  const files = readdirSync(assets).filter(test);
  if (files.length === 0) throw new Error(`no such asset in ${assets}`);
  return files.map((f) => readFileSync(join(assets, f), "utf8")).join("\n");
}

const isEntry = (f: string) => f.endsWith(".js") && !f.startsWith("validate-");

describe("the built page", () => {
  it("loads datasets instead of bundling one, and keeps the validator out of the page until it is needed", () => {
    const entry = built(isEntry);
    expect(entry).not.toContain("q-leopard-meat-grinder");
    expect(entry).not.toMatch(/ZodError|\$ZodType/);
    expect(built((f) => f.startsWith("validate-"))).toMatch(/ZodError|\$ZodType/);
  });

  it("never parses strings as HTML or code", () => {
    expect(built((f) => f.endsWith(".js"))).not.toMatch(
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/,
    );
  });

  it("uses relative asset URLs and a strict content security policy", () => {
    const html = readFileSync(join(SITE, "index.html"), "utf8");
    expect(html).toMatch(/src="\.\/assets\/index-[\w-]+\.js"/);
    expect(html).toMatch(
      /http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;/,
    );
    expect(html).not.toMatch(/<script>|style="/);
  });

  it("ships every dataset of the repository beside the page, listed in datasets/index.json", () => {
    const manifest = JSON.parse(readFileSync(join(SITE, "datasets", "index.json"), "utf8"));
    const expected = repositoryDatasets();
    expect(manifest.datasets.map((d: { slug: string }) => d.slug)).toEqual(expected.map((d) => d.slug));
    for (const { slug, dataset } of expected) {
      expect(JSON.parse(readFileSync(join(SITE, "datasets", `${slug}.json`), "utf8"))).toEqual(dataset);
    }
  });
});
