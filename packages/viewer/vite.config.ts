import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssue, validateDataset } from "@claimset/core";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";
import type { Manifest } from "./src/manifest.js";

// Scripts and styles only from this site, no plugins, no inline code: even a
// rendering bug could not run a dataset's text. `connect-src https:` lets
// `?src=` read a dataset published elsewhere; it is only ever parsed as JSON.
// Added to the built page only, since the dev server injects inline styles.
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' https:; object-src 'none'; base-uri 'none'; form-action 'none'";

const contentSecurityPolicy: Plugin = {
  name: "content-security-policy",
  apply: "build",
  transformIndexHtml: () => [
    { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CSP }, injectTo: "head" },
  ],
};

const DATASETS = join(import.meta.dirname, "../../datasets");

/**
 * Every dataset of the repository (`datasets/<slug>/dataset.json`), each
 * validated, as files to serve beside the page and the manifest that lists them.
 */
export function repositoryDatasets(root = DATASETS): Map<string, string> {
  const files = new Map<string, string>();
  const entries: Manifest["datasets"][number][] = [];
  const slugs = existsSync(root) ? readdirSync(root).sort() : [];
  for (const slug of slugs) {
    const path = join(root, slug, "dataset.json");
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    const result = validateDataset(JSON.parse(text));
    if (!result.ok) {
      throw new Error(
        `${path} is not a valid dataset; run \`claimset build datasets/${slug}\`:\n${result.issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`,
      );
    }
    const { dataset } = result;
    files.set(`datasets/${slug}.json`, text);
    entries.push({
      slug,
      label:
        dataset.source.title === null
          ? `${dataset.id}@${dataset.version}`
          : `${dataset.source.title} (${dataset.id}@${dataset.version})`,
      url: `./datasets/${slug}.json`,
    });
  }
  files.set("datasets/index.json", `${JSON.stringify({ datasets: entries } satisfies Manifest, null, 2)}\n`);
  return files;
}

const datasets: Plugin = {
  name: "repository-datasets",
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      const path = req.url?.split("?")[0]?.replace(/^\//, "");
      const body = path === undefined ? undefined : repositoryDatasets().get(path);
      if (body === undefined) return next();
      res.setHeader("content-type", "application/json; charset=utf-8");
      res.end(body);
    });
  },
  generateBundle() {
    for (const [fileName, source] of repositoryDatasets()) this.emitFile({ type: "asset", fileName, source });
  },
};

export default defineConfig({
  // Relative asset URLs, so the built site works from any folder of a static server.
  base: "./",
  // Workspace packages from their sources, so the validator (and zod) can go to a chunk of its own.
  resolve: { conditions: ["@claimset/source", ...defaultClientConditions] },
  build: { target: "es2022", outDir: "dist/site", emptyOutDir: true },
  plugins: [contentSecurityPolicy, datasets],
});
