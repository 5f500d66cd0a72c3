import { existsSync } from "node:fs";
import { join } from "node:path";

// Apart from the compiler, so that a program can tell an authored folder
// from a dataset file without loading the compiler and its YAML parser.

/** Whether a folder holds authored dataset files (a `dataset.yml`). */
export function isAuthoredFolder(dir: string): boolean {
  return existsSync(join(dir, "dataset.yml"));
}
