import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, join, relative, resolve } from "node:path";
import { DatasetReadError } from "@claimset/core/errors";
import { type InputLimits, isAuthoredFolder, readDatasetFile } from "@claimset/core/node/read";
import { createIndex, type DatasetIndex } from "@claimset/core/query";
import type { Dataset } from "@claimset/schema";
import { authoringCompiler } from "./authoring-loader.js";
import { limitsFrom } from "./limits.js";
import { noteRead } from "./loads.js";
import type { CommandInput, DatasetRef } from "./spec.js";

export type InputKind = "file" | "authored" | "package";

/** A dataset a command read: what the user typed, where it was found, the data and a lazy index. */
export interface LoadedDataset {
  input: string;
  path: string;
  kind: InputKind;
  dataset: Dataset;
  readonly index: DatasetIndex;
  ref: DatasetRef;
}

const PACKAGE_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/**
 * Turns what the user typed into a dataset file or folder: a dataset JSON
 * file, an authored folder (compiled on the fly), a built package folder
 * (its dataset.json), or the name of an installed dataset package.
 */
export function locate(input: string, cwd: string): { path: string; kind: InputKind } {
  const path = resolve(cwd, input);
  if (existsSync(path)) {
    if (statSync(path).isFile()) return { path, kind: "file" };
    if (isAuthoredFolder(path)) return { path, kind: "authored" };
    const json = join(path, "dataset.json");
    if (existsSync(json)) return { path: json, kind: "file" };
    throw new DatasetReadError(
      input,
      "not-a-dataset",
      "is a folder with neither dataset.yml (authored files) nor dataset.json",
      null,
      "point at an authored dataset folder, a built package folder or a dataset JSON file",
    );
  }
  if (PACKAGE_NAME.test(input) && !input.startsWith(".")) {
    try {
      const require = createRequire(join(cwd, "noop.js"));
      return { path: require.resolve(`${input}/dataset.json`), kind: "package" };
    } catch {
      throw new DatasetReadError(
        input,
        "not-found",
        "no such file or folder, and no installed package of that name exports dataset.json",
        null,
        `check the path, or install the package (npm install ${input})`,
      );
    }
  }
  throw new DatasetReadError(input, "not-found", "no such file or folder");
}

/** Reads and validates one dataset; every problem is a `ClaimsetError` (exit code 1). */
export function loadDataset(input: string, cwd: string, limits: InputLimits): LoadedDataset {
  const { path, kind } = locate(input, cwd);
  const dataset = kind === "authored" ? authoringCompiler()(path, limits) : readDatasetFile(path, limits);
  let index: DatasetIndex | undefined;
  const ref: DatasetRef = {
    id: dataset.id,
    version: dataset.version,
    schemaVersion: dataset.schemaVersion,
    contentHash: dataset.contentHash,
    input,
  };
  noteRead(ref);
  return {
    input,
    path,
    kind,
    dataset,
    get index() {
      index ??= createIndex(dataset);
      return index;
    },
    ref,
  };
}

/**
 * The datasets a command was given: its dataset positionals, then every `-d`
 * (which accumulate), else the current folder.
 */
export function datasetInputs(input: CommandInput): string[] {
  const index = input.spec.positionals.findIndex((p) => p.datasets);
  const positional = index < 0 ? [] : input.positionals.slice(index);
  const option = input.values.dataset;
  const flagged = Array.isArray(option) ? option.map(String) : typeof option === "string" ? [option] : [];
  const all = [...positional, ...flagged];
  return all.length ? all : ["."];
}

/** Reads every dataset a command was given, each once. */
export function loadDatasets(input: CommandInput, cwd: string): LoadedDataset[] {
  const limits = limitsFrom(input.values);
  const seen = new Set<string>();
  const out: LoadedDataset[] = [];
  for (const name of datasetInputs(input)) {
    const loaded = loadDataset(name, cwd, limits);
    if (seen.has(loaded.path)) continue;
    seen.add(loaded.path);
    out.push(loaded);
  }
  return out;
}

/** A path as the user would type it from where they are: relative when inside the current folder, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
