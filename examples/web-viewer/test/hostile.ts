import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compileDataset } from "@claimset/core/authoring";

/**
 * A dataset whose every string tries to run script: `<script>`,
 * `onerror=` and `javascript:` in the article, names, notes and metadata.
 * Compiled from the authored files, so its offsets are real. The schema
 * refuses a `javascript:` URL, but the page shows JSON it does not validate,
 * so the URL is put in after compiling: the page must not link it either.
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
  return { ...result.dataset, source: { ...result.dataset.source, url: "javascript:window.__pwned='url'" } };
}
