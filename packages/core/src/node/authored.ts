import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import { AUTHORED_FILES } from "@claimset/schema/authoring";
import { type AuthoredFiles, compileDataset } from "../authoring/compile.js";
import { parseYamlFile } from "../authoring/parse-yaml.js";
import { AuthoringError, DatasetReadError } from "../errors/errors.js";
import { type LintOptions, type LintResult, lintDataset } from "../lint/lint.js";
import { resolveInside } from "./files.js";
import { DEFAULT_LIMITS, type InputLimits } from "./limits.js";
import { parseJsonText, readTextFile } from "./read.js";

export { isAuthoredFolder } from "./authored-folder.js";

/**
 * The version stamped into a dataset built from `dir`: its package.json
 * version, else 0.0.0. A package.json that is not JSON is a `DatasetReadError`.
 */
export function packageVersion(dir: string, limits: InputLimits = DEFAULT_LIMITS): string {
  const path = join(dir, "package.json");
  if (!existsSync(path)) return "0.0.0";
  const pkg = parseJsonText(path, readTextFile(path, limits), limits);
  const version = pkg !== null && typeof pkg === "object" ? (pkg as { version?: unknown }).version : undefined;
  return typeof version === "string" ? version : "0.0.0";
}

/**
 * Reads an authored dataset folder as the compiler takes it: the authored
 * files present, the article named in dataset.yml (kept inside the folder)
 * and the version in package.json. Throws `DatasetReadError` for a file it
 * cannot read and `AuthoringError` for an article it cannot.
 */
export function readAuthoredFolder(dir: string, limits: InputLimits = DEFAULT_LIMITS): AuthoredFiles {
  const files: Record<string, string> = {};
  for (const name of Object.keys(AUTHORED_FILES)) {
    const path = join(dir, name);
    if (existsSync(path)) files[name] = readTextFile(path, limits);
  }
  const metaSource = files["dataset.yml"];
  if (metaSource === undefined)
    throw new DatasetReadError(dir, "missing-file", "no dataset.yml: not an authored dataset folder");
  const meta = parseYamlFile("dataset.yml", metaSource, limits);
  const articleName =
    meta.ok && typeof (meta.parsed.data as { article?: unknown } | null)?.article === "string"
      ? ((meta.parsed.data as { article: string }).article as string)
      : "article.txt";
  let article: string;
  try {
    // The article path comes from the folder's own file: keep it inside the folder.
    article = readTextFile(resolveInside(dir, articleName), limits);
  } catch (error) {
    throw new AuthoringError(dir, [
      { file: "dataset.yml", path: ["article"], recordId: null, rule: "article", message: (error as Error).message },
    ]);
  }
  return { files, article, version: packageVersion(dir, limits) };
}

/**
 * Reads and compiles an authored dataset folder. Throws `AuthoringError`
 * with every problem (file, line, record id, rule) when it does not compile.
 */
export function compileFolder(dir: string, limits: InputLimits = DEFAULT_LIMITS): Dataset {
  const result = compileDataset(readAuthoredFolder(dir, limits), limits);
  if (!result.ok) throw new AuthoringError(dir, result.issues);
  return result.dataset;
}

/** Lints an authored dataset folder (see `lintDataset`); a folder that cannot be read throws as `compileFolder` does. */
export function lintFolder(
  dir: string,
  options: Omit<LintOptions, "limits"> & { limits?: InputLimits } = {},
): LintResult {
  const limits = options.limits ?? DEFAULT_LIMITS;
  return lintDataset(readAuthoredFolder(dir, limits), { ...options, limits });
}
