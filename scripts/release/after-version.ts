// Runs after `changeset version` (root script `version`): every dataset whose
// package.json version has no release snapshot yet is rebuilt with the new
// version and released — releases/<version>.json, changes/<version>.json and
// the data section of its CHANGELOG.md entry.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compareLevels, type DatasetDiff, diffDatasets } from "@claimset/core";
import { buildDatasetFolder, datasetJson, writeFileAtomic } from "@claimset/core/node";
import { addToChangelog, dataChangeNotes, firstReleaseNotes } from "./notes.js";
import { checkTombstones } from "./policy.js";
import { changesFile, type DatasetFolder, findDatasets, listReleases, readRelease, releaseFile } from "./repo.js";
import { bumpLevel, compareVersions } from "./semver.js";

export interface ReleaseOutcome {
  name: string;
  version: string;
  kind: "first" | "update" | "unchanged";
  /** Files written, relative to the dataset folder. */
  written: string[];
  diff: DatasetDiff | null;
}

/** A release that would break the policy; nothing has been written. */
export class ReleaseError extends Error {
  override name = "ReleaseError";
}

/** Releases one dataset package at its package.json version, unless that version already has a snapshot. */
export function releaseDataset(pkg: DatasetFolder): ReleaseOutcome {
  const releases = listReleases(pkg.path);
  if (releases.includes(pkg.version))
    return { name: pkg.name, version: pkg.version, kind: "unchanged", written: [], diff: null };
  const latestVersion = releases.at(-1);
  if (latestVersion !== undefined && compareVersions(pkg.version, latestVersion) <= 0)
    throw new ReleaseError(
      `${pkg.dir}: version ${pkg.version} is not after the latest release ${latestVersion}; refusing to release it`,
    );

  // Validate against the last release before writing anything, including the rebuild.
  const { dataset } = buildDatasetFolder(pkg.path, { check: true });
  let diff: DatasetDiff | null = null;
  if (latestVersion !== undefined) {
    const latest = readRelease(pkg.path, latestVersion);
    const vanished = checkTombstones(latest, dataset);
    if (vanished.length)
      throw new ReleaseError(`${pkg.dir}: ${vanished.map((p) => `${p.message}: ${p.details.join(", ")}`).join("; ")}`);
    diff = diffDatasets(latest, dataset);
    const step = bumpLevel(latestVersion, pkg.version);
    if (compareLevels(diff.level, step) > 0)
      throw new ReleaseError(
        `${pkg.dir}: ${latestVersion} → ${pkg.version} is a ${step} release, but the data changes need ${diff.level}:\n${diff.reasons
          .filter((r) => compareLevels(r.level, step) > 0)
          .map((r) => `  ${r.table} ${r.id ?? ""}: ${r.message} (${r.level})`)
          .join("\n")}`,
      );
  }

  buildDatasetFolder(pkg.path);
  const written: string[] = [];
  const write = (path: string, content: string, force = true) => {
    writeFileAtomic(join(pkg.path, path), content, { force });
    written.push(path);
  };
  const snapshot = releaseFile(pkg.version);
  const changelogPath = join(pkg.path, "CHANGELOG.md");
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, "utf8") : "";
  if (diff) {
    const changes = changesFile(pkg.version);
    write(changes, `${JSON.stringify(diff, null, 2)}\n`);
    write(
      "CHANGELOG.md",
      addToChangelog(changelog, { name: pkg.name, version: pkg.version }, dataChangeNotes(diff, { changes, snapshot })),
    );
  } else {
    write(
      "CHANGELOG.md",
      addToChangelog(
        changelog,
        { name: pkg.name, version: pkg.version, heading: `${pkg.version} — first release` },
        firstReleaseNotes(dataset, snapshot),
      ),
    );
  }
  // Last, and never over an existing file: a snapshot is what was published.
  write(snapshot, datasetJson(dataset), false);
  return { name: pkg.name, version: pkg.version, kind: diff ? "update" : "first", written, diff };
}

function main(): number {
  const root = process.argv[2] ?? process.cwd();
  let failed = false;
  for (const pkg of findDatasets(root)) {
    try {
      const outcome = releaseDataset(pkg);
      if (outcome.kind === "unchanged") {
        process.stdout.write(`${pkg.name}@${pkg.version}: already released\n`);
        continue;
      }
      const level = outcome.diff ? ` (${outcome.diff.level} data change since ${outcome.diff.a.version})` : "";
      process.stdout.write(
        `${pkg.name}@${pkg.version}: ${outcome.kind === "first" ? "first release" : "released"}${level}; wrote ${outcome.written.map((f) => `${pkg.dir}/${f}`).join(", ")}\n`,
      );
    } catch (error) {
      if (!(error instanceof ReleaseError)) throw error;
      process.stderr.write(`${error.message}\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main();
