// Where the release tooling finds things in a repository: dataset packages,
// their release snapshots and change files, the schema package.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { compileFolder, isAuthoredFolder, readDatasetFile } from "@claimset/core/node";
import type { Dataset } from "@claimset/schema";
import { SCHEMA_VERSION } from "@claimset/schema";
import type { DatasetPackage } from "./policy.js";
import { compareVersions, parseVersion } from "./semver.js";

export interface DatasetFolder extends DatasetPackage {
  /** Absolute path of the package folder. */
  path: string;
}

const readJson = (path: string): Record<string, unknown> => JSON.parse(readFileSync(path, "utf8"));

/** Every publishable dataset package under `datasets/`, in name order. */
export function findDatasets(root: string): DatasetFolder[] {
  const base = join(root, "datasets");
  if (!existsSync(base)) return [];
  const out: DatasetFolder[] = [];
  for (const name of readdirSync(base).sort()) {
    const path = join(base, name);
    const manifest = join(path, "package.json");
    if (!existsSync(manifest)) continue;
    const pkg = readJson(manifest);
    if (pkg.private === true) continue;
    const peers = (pkg.peerDependencies ?? {}) as Record<string, unknown>;
    const range = peers["@claimset/schema"];
    out.push({
      path,
      dir: relative(root, path),
      name: String(pkg.name),
      version: String(pkg.version),
      schemaRange: typeof range === "string" ? range : null,
    });
  }
  return out;
}

/** `releases/<version>.json`, relative to the dataset folder. */
export const releaseFile = (version: string): string => join("releases", `${version}.json`);
/** `changes/<version>.json`, relative to the dataset folder. */
export const changesFile = (version: string): string => join("changes", `${version}.json`);

/** The versions that have a snapshot in `releases/`, oldest first. */
export function listReleases(datasetDir: string): string[] {
  const dir = join(datasetDir, "releases");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json") && parseVersion(name.slice(0, -5)) !== null)
    .map((name) => name.slice(0, -5))
    .sort(compareVersions);
}

/** Reads and validates a release snapshot. */
export function readRelease(datasetDir: string, version: string): Dataset {
  return readDatasetFile(join(datasetDir, releaseFile(version)));
}

/** The dataset as it stands: compiled from the authored files, or the built dataset.json of an unauthored package. */
export function workingDataset(datasetDir: string): Dataset {
  return isAuthoredFolder(datasetDir) ? compileFolder(datasetDir) : readDatasetFile(join(datasetDir, "dataset.json"));
}

/** The @claimset/schema package of the repository: its npm version and the format version it reads. */
export function schemaPackage(root: string): { packageVersion: string; formatVersion: string } {
  const pkg = readJson(join(root, "packages", "schema", "package.json"));
  return { packageVersion: String(pkg.version), formatVersion: SCHEMA_VERSION };
}
