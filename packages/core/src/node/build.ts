import { existsSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import { compileFolder } from "./authored.js";
import { resolveInside, writeFileAtomic } from "./files.js";
import { DEFAULT_LIMITS, type InputLimits } from "./limits.js";
import { datasetPackageFiles, type OutputFile } from "./package-files.js";
import { refreshReadme } from "./readme.js";

export interface BuildResult {
  dataset: Dataset;
  files: OutputFile[];
  /** Committed files whose content differs from what the build produces. */
  stale: string[];
}

function shippedSchema(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve("@claimset/schema/dataset.schema.json"), "utf8");
}

/**
 * Compiles an authored dataset folder and writes its package files:
 * canonical dataset.json, CSV/JSONL tables, datapackage.json (committed) and
 * the JavaScript modules in dist/, and the facts block of README.md when the
 * README has one. Nothing is written unless the whole dataset compiles and validates. With `check`, writes nothing and reports
 * which committed files are stale.
 */
export function buildDatasetFolder(dir: string, options: { check?: boolean; limits?: InputLimits } = {}): BuildResult {
  const dataset = compileFolder(dir, options.limits ?? DEFAULT_LIMITS);
  const files = datasetPackageFiles(dataset, shippedSchema());
  const readmePath = join(dir, "README.md");
  if (existsSync(readmePath)) {
    const readme = refreshReadme(readFileSync(readmePath, "utf8"), dataset, dir);
    if (readme !== null) files.push({ path: "README.md", content: readme, committed: true });
  }
  const stale = files
    .filter((f) => f.committed)
    .filter((f) => {
      const path = join(dir, f.path);
      return !existsSync(path) || readFileSync(path, "utf8") !== f.content;
    })
    .map((f) => f.path);
  if (!options.check) {
    rmSync(join(dir, "dist"), { recursive: true, force: true });
    for (const file of files) writeFileAtomic(resolveInside(dir, file.path), file.content, { force: true });
  }
  return { dataset, files, stale };
}
