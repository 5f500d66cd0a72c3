// `npm test`'s release check: each dataset's data, diffed against its latest
// release snapshot, must be covered by the pending changesets; released ids
// never vanish; the schema peer range holds. Exit 1 on any problem.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ClaimsetError, formatIssue } from "@claimset/core";
import { declaredBump, readChangesets } from "./changesets.js";
import { checkPolicy, checkSnapshot, type PolicyProblem, type PolicyResult } from "./policy.js";
import {
  changesFile,
  type DatasetFolder,
  findDatasets,
  listReleases,
  readRelease,
  schemaPackage,
  workingDataset,
} from "./repo.js";

export interface DatasetReport {
  pkg: DatasetFolder;
  releases: string[];
  declared: { bump: string; files: readonly string[] };
  result: PolicyResult | null;
  /** Problems found before the policy could run (a snapshot that is not what it claims, data that does not build). */
  problems: PolicyProblem[];
}

export interface CheckOptions {
  root: string;
  schema?: { packageVersion: string; formatVersion: string };
}

function describeLoadError(error: unknown): string[] {
  if (error instanceof ClaimsetError) return error.issues.map((issue) => formatIssue(issue));
  throw error;
}

/** Checks every dataset package of the repository at `root`. */
export function checkRepository({ root, schema = schemaPackage(root) }: CheckOptions): DatasetReport[] {
  const changesets = readChangesets(join(root, ".changeset"), ".changeset");
  return findDatasets(root).map((pkg) => {
    const releases = listReleases(pkg.path);
    const declared = declaredBump(changesets, pkg.name);
    const report: DatasetReport = { pkg, releases, declared, result: null, problems: [] };
    let working: ReturnType<typeof workingDataset>;
    try {
      working = workingDataset(pkg.path);
    } catch (error) {
      report.problems.push({
        rule: "release-snapshot",
        message: `${pkg.dir} does not build, so it cannot be compared with its releases`,
        details: describeLoadError(error),
        fix: `fix the authored files (\`claimset validate ${pkg.dir}\`)`,
      });
      return report;
    }
    const latestVersion = releases.at(-1);
    let latest = null;
    if (latestVersion !== undefined) {
      const file = `${pkg.dir}/releases/${latestVersion}.json`;
      try {
        latest = readRelease(pkg.path, latestVersion);
      } catch (error) {
        report.problems.push({
          rule: "release-snapshot",
          message: `${file} is not a valid dataset`,
          details: describeLoadError(error),
          fix: "restore it from git: snapshots are written once, by `npm run version`",
        });
        return report;
      }
      const wrong = checkSnapshot(file, { id: working.id, version: latestVersion }, latest);
      if (wrong.length) {
        report.problems.push({
          rule: "release-snapshot",
          message: `${file} is not the release it claims to be`,
          details: wrong,
          fix: "restore it from git: snapshots are written once, by `npm run version`",
        });
        return report;
      }
    }
    // Every release after the first ships the diff from the one before it.
    const noChanges = releases.slice(1).filter((v) => !existsSync(join(pkg.path, changesFile(v))));
    if (noChanges.length) {
      report.problems.push({
        rule: "release-snapshot",
        message: `${noChanges.length} release${noChanges.length === 1 ? "" : "s"} without the diff from the previous release`,
        details: noChanges.map((v) => `${pkg.dir}/${changesFile(v)} is missing`),
        fix: "restore it from git: change files are written with the snapshot, by `npm run version`",
      });
    }
    report.result = checkPolicy({ pkg, working, releases, latest, declared, schema });
    return report;
  });
}

export const problemsOf = (report: DatasetReport): PolicyProblem[] => [
  ...report.problems,
  ...(report.result?.problems ?? []),
];

/** The report for people: one status line per dataset, then each problem with the records that cause it and the fix. */
export function formatReport(reports: readonly DatasetReport[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    const { pkg, releases, declared, result } = report;
    const problems = problemsOf(report);
    const latest = releases.at(-1);
    const status = latest
      ? `${pkg.version}, latest release ${latest}; data changes since: ${result?.required ?? "?"}; pending changesets declare: ${declared.bump}${declared.files.length ? ` (${declared.files.join(", ")})` : ""}`
      : `${pkg.version}, not released yet (\`npm run version\` snapshots it as the first release)`;
    lines.push(`${problems.length ? "✗" : "✓"} ${pkg.name} (${pkg.dir}): ${status}`);
    for (const problem of problems) {
      lines.push(`  [${problem.rule}] ${problem.message}`);
      for (const detail of problem.details) lines.push(`      ${detail}`);
      lines.push(`    fix: ${problem.fix}`);
    }
  }
  if (reports.length === 0) lines.push("no dataset packages under datasets/");
  return `${lines.join("\n")}\n`;
}

function main(): number {
  const root = process.argv[2] ?? process.cwd();
  const reports = checkRepository({ root });
  const text = formatReport(reports);
  const failed = reports.some((r) => problemsOf(r).length > 0);
  (failed ? process.stderr : process.stdout).write(`release check\n${text}`);
  return failed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) process.exitCode = main();
