import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { ClaimsetError } from "@claimset/core";
import {
  compileFolder,
  DEFAULT_LIMITS,
  type InputLimits,
  isAuthoredFolder,
  readDatasetFile,
} from "@claimset/core/node";
import type { Dataset } from "@claimset/schema";
import { DataError, UsageError } from "./context.js";

export type InputKind = "file" | "authored" | "package";

/**
 * Turns what the user typed into a dataset: a dataset JSON file, an authored
 * folder (compiled on the fly), a built package folder (its dataset.json), or
 * the name of an installed dataset package.
 */
export function locate(input: string, cwd: string): { path: string; kind: InputKind } {
  const path = resolve(cwd, input);
  if (existsSync(path)) {
    if (statSync(path).isFile()) return { path, kind: "file" };
    if (isAuthoredFolder(path)) return { path, kind: "authored" };
    const json = join(path, "dataset.json");
    if (existsSync(json)) return { path: json, kind: "file" };
    throw new UsageError(`${input} is a folder with neither dataset.yml (authored files) nor dataset.json`);
  }
  if (/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(input)) {
    try {
      const require = createRequire(join(cwd, "noop.js"));
      return { path: require.resolve(`${input}/dataset.json`), kind: "package" };
    } catch {
      throw new UsageError(`${input}: no such file, and no installed package of that name exports dataset.json`);
    }
  }
  throw new UsageError(`${input}: no such file or folder`);
}

/** Formats any error from reading or validating data as lines for people, or null for any other error. */
export function describeDataError(error: unknown): string | null {
  return error instanceof ClaimsetError ? error.message : null;
}

/** Loads and validates a dataset from what the user typed; data problems become a DataError. */
export function loadInput(input: string, cwd: string, limits: InputLimits = DEFAULT_LIMITS): Dataset {
  const { path, kind } = locate(input, cwd);
  try {
    return kind === "authored" ? compileFolder(path, limits) : readDatasetFile(path, limits);
  } catch (error) {
    const message = describeDataError(error);
    if (message !== null) throw new DataError(message, { cause: error });
    throw error;
  }
}
