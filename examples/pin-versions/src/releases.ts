import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { loadDataset } from "@claimset/core";
import type { Dataset } from "@claimset/schema";
import { assertSupportedSchema } from "./supported.js";

/** A released snapshot shipped in a dataset package as `releases/<version>.json`. */
export interface Release {
  readonly version: string;
  readonly file: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** Orders release versions numerically (1.2.0 before 1.10.0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The folder an installed package lives in (through its exported `package.json`). */
export function packageDir(name: string): string {
  return dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
}

/** The releases in a folder, oldest first; files not named `<major>.<minor>.<patch>.json` are ignored. Empty when the folder is missing. */
export function listReleases(dir: string): Release[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names
    .filter((n) => n.endsWith(".json") && SEMVER.test(n.slice(0, -5)))
    .map((n) => ({ version: n.slice(0, -5), file: join(dir, n) }))
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** Reads a release: checks its schema major, validates it, and checks it is the version its file name says. */
export function readRelease(release: Release): Dataset {
  const json: unknown = JSON.parse(readFileSync(release.file, "utf8"));
  assertSupportedSchema((json as { schemaVersion?: unknown } | null)?.schemaVersion, release.file);
  const dataset = loadDataset(json, { source: release.file });
  if (dataset.version !== release.version) {
    throw new Error(
      `${release.file}: the file name says ${release.version} but the dataset is version ${dataset.version}`,
    );
  }
  return dataset;
}

/** Each item with the next one: [a, b], [b, c], ... */
export function consecutivePairs<T>(items: readonly T[]): [T, T][] {
  return items.slice(1).map((item, i) => [items[i]!, item]);
}
