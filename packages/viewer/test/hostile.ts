import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compileDataset } from "@claimset/core/authoring";

/**
 * A valid dataset whose every string tries to run script: `<script>`,
 * `onerror=` and `javascript:` in the article, names, notes and metadata.
 * Compiled from the authored files, so its offsets are real.
 */
export function hostileDataset(): unknown {
  const dir = join(import.meta.dirname, "fixtures", "hostile");
  const files = Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".yml"))
      .map((f) => [f, readFileSync(join(dir, f), "utf8")]),
  );
  const result = compileDataset({ files, article: readFileSync(join(dir, "article.txt"), "utf8"), version: "1.0.0" });
  if (!result.ok) {
    throw new Error(
      `the hostile fixture does not compile:\n${result.issues.map((i) => `${i.file}:${i.line ?? "?"} ${i.message}`).join("\n")}`,
    );
  }
  return result.dataset;
}

/**
 * The hostile dataset with a `javascript:` source URL, which the schema
 * refuses: the page refuses it from elsewhere (it validates), and a site that
 * lists it, which the page trusts without validating, must not get it linked.
 */
export function hostileWithScriptUrl(): unknown {
  const dataset = hostileDataset() as { source: Record<string, unknown> };
  return { ...dataset, source: { ...dataset.source, url: "javascript:window.__pwned='url'" } };
}
