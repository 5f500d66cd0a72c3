// The data semver policy, as a pure function of what the check has loaded:
// the working dataset, its latest release snapshot, the pending changesets
// and the schema package. See CONTRIBUTING.md, "Versioning policy".
import {
  compareLevels,
  contentHash,
  type DatasetDiff,
  type DiffLevel,
  type DiffReason,
  diffDatasets,
} from "@claimset/core";
import { type Dataset, RECORD_TABLES } from "@claimset/schema";
import type { BumpType } from "./changesets.js";
import { compareVersions, parseVersion, satisfies } from "./semver.js";

/** A dataset package as its package.json describes it. */
export interface DatasetPackage {
  /** The folder, relative to the repository root (for messages). */
  dir: string;
  name: string;
  version: string;
  /** `peerDependencies["@claimset/schema"]`, or null when the package declares none. */
  schemaRange: string | null;
}

export interface PolicyInput {
  pkg: DatasetPackage;
  /** The dataset built from the authored files now. */
  working: Dataset;
  /** Every version with a snapshot in `releases/`. */
  releases: readonly string[];
  /** The snapshot of the highest version in `releases`, or null before the first release. */
  latest: Dataset | null;
  /** The bump the pending changesets declare for this package, and the files declaring it. */
  declared: { bump: BumpType; files: readonly string[] };
  /** The @claimset/schema package in this repository: its npm version and the format version it reads. */
  schema: { packageVersion: string; formatVersion: string };
}

export type PolicyRule = "schema-range" | "release-snapshot" | "tombstones" | "changeset-level" | "unreviewed";

export interface PolicyProblem {
  rule: PolicyRule;
  message: string;
  /** One line per record (or value) that causes the problem. */
  details: string[];
  /** What to do about it. */
  fix: string;
}

export interface PolicyResult {
  /** The level the data changes since the latest release require; `none` before the first release. */
  required: DiffLevel;
  diff: DatasetDiff | null;
  problems: PolicyProblem[];
}

/** Runs every rule of the policy on one dataset package. */
export function checkPolicy(input: PolicyInput): PolicyResult {
  const problems: PolicyProblem[] = [
    ...checkSchemaRange(input),
    ...checkReleaseVersion(input),
    ...checkReviewed(input),
  ];
  if (!input.latest) return { required: "none", diff: null, problems };
  problems.push(...checkTombstones(input.latest, input.working));
  const diff = diffDatasets(input.latest, input.working);
  problems.push(...checkChangesetLevel(input, diff));
  return { required: diff.level, diff, problems };
}

/**
 * The peer range on @claimset/schema promises that the schema package's types
 * describe this data. The range names npm versions of the package, while the
 * dataset records the format version (`schemaVersion`) it was written in; the
 * package in this repository links the two, so it must lie in the range and
 * read the dataset's format: same major, and a minor it already knows.
 */
export function checkSchemaRange({ pkg, working, schema }: PolicyInput): PolicyProblem[] {
  const where = `${pkg.dir}/package.json`;
  if (pkg.schemaRange === null) {
    return [
      {
        rule: "schema-range",
        message: `${where} declares no peerDependencies["@claimset/schema"]`,
        details: [],
        fix: `add "peerDependencies": { "@claimset/schema": "^${schema.packageVersion}" } (optional peer) to ${where}`,
      },
    ];
  }
  const problems: PolicyProblem[] = [];
  if (!satisfies(schema.packageVersion, pkg.schemaRange)) {
    problems.push({
      rule: "schema-range",
      message: `@claimset/schema ${schema.packageVersion}, which this repository builds and tests the dataset with, is outside the declared peer range "${pkg.schemaRange}"`,
      details: [],
      fix: `widen peerDependencies["@claimset/schema"] in ${where} to include ${schema.packageVersion}`,
    });
  }
  const data = parseVersion(working.schemaVersion);
  const reader = parseVersion(schema.formatVersion);
  if (!data || !reader || data.major !== reader.major || data.minor > reader.minor) {
    problems.push({
      rule: "schema-range",
      message: `the dataset's schemaVersion ${working.schemaVersion} is not a format @claimset/schema ${schema.packageVersion} (format ${schema.formatVersion}) reads`,
      details: [],
      fix: `rebuild the dataset with the schema in this repository, or raise the peer range to a schema package that reads format ${working.schemaVersion}`,
    });
  }
  return problems;
}

/** Every released version has a snapshot, and package.json stands at the latest of them. */
export function checkReleaseVersion({ pkg, releases }: PolicyInput): PolicyProblem[] {
  if (releases.length === 0) return [];
  const latest = [...releases].sort(compareVersions).at(-1) as string;
  if (!releases.includes(pkg.version)) {
    return [
      {
        rule: "release-snapshot",
        message: `${pkg.name}@${pkg.version} has no snapshot ${pkg.dir}/releases/${pkg.version}.json (latest release: ${latest})`,
        details: [],
        fix: `versions are bumped only by \`npm run version\`, which writes the snapshot: put "version" back to "${latest}" in ${pkg.dir}/package.json and add a changeset instead`,
      },
    ];
  }
  if (pkg.version !== latest) {
    return [
      {
        rule: "release-snapshot",
        message: `${pkg.dir}/package.json says ${pkg.version}, older than the latest release ${latest}`,
        details: [],
        fix: `set "version" to "${latest}" in ${pkg.dir}/package.json`,
      },
    ];
  }
  return [];
}

/** A snapshot file is the dataset it claims to be: the version in its name, the dataset's id, a hash that matches. */
export function checkSnapshot(file: string, expected: { id: string; version: string }, snapshot: Dataset): string[] {
  const problems: string[] = [];
  if (snapshot.id !== expected.id) problems.push(`${file}: id is "${snapshot.id}", expected "${expected.id}"`);
  if (snapshot.version !== expected.version)
    problems.push(`${file}: version is "${snapshot.version}", expected "${expected.version}" (the file's name)`);
  const hash = contentHash(snapshot as unknown as Record<string, unknown>);
  if (hash !== snapshot.contentHash)
    problems.push(
      `${file}: contentHash ${snapshot.contentHash} does not match the content (${hash}); restore it from git`,
    );
  return problems;
}

const LIVE_TABLES = RECORD_TABLES;

/**
 * Released ids never just vanish: every id of the latest release is still a
 * live record or has a tombstone, and every released tombstone stays. A new
 * tombstone's `since` is a version after the latest release.
 */
export function checkTombstones(latest: Dataset, working: Dataset): PolicyProblem[] {
  const live = new Set(LIVE_TABLES.flatMap((t) => working[t].map((r) => r.id)));
  const tombstones = new Map(working.retired.map((r) => [r.id, r]));
  const problems: PolicyProblem[] = [];

  const vanished = LIVE_TABLES.flatMap((t) =>
    latest[t].filter((r) => !live.has(r.id) && !tombstones.has(r.id)).map((r) => `${t} ${r.id}`),
  );
  if (vanished.length) {
    problems.push({
      rule: "tombstones",
      message: `${vanished.length} id${vanished.length === 1 ? "" : "s"} of release ${latest.version} vanished: neither a live record nor a tombstone in retired.yml`,
      details: vanished,
      fix: "add each to retired.yml as moved (to: [new-id]), split (to: [a, b]) or removed (to: []), with since and reason",
    });
  }

  const dropped = latest.retired.filter((r) => !tombstones.has(r.id)).map((r) => `retired ${r.id}`);
  if (dropped.length) {
    problems.push({
      rule: "tombstones",
      message: `${dropped.length} tombstone${dropped.length === 1 ? "" : "s"} of release ${latest.version} removed: the retired ids would stop resolving`,
      details: dropped,
      fix: "put the tombstones back in retired.yml; they stay for good",
    });
  }

  const released = new Set(latest.retired.map((r) => r.id));
  const early = working.retired
    .filter((r) => !released.has(r.id))
    .filter((r) => !parseVersion(r.since) || compareVersions(r.since, latest.version) <= 0)
    .map((r) => `retired ${r.id}: since ${r.since}`);
  if (early.length) {
    problems.push({
      rule: "tombstones",
      message: `new tombstones must name a version after the latest release ${latest.version} in since`,
      details: early,
      fix: "set since to the version that will first ship without the id (the next release)",
    });
  }
  return problems;
}

/**
 * A machine draft is not data until a person has reviewed it: a dataset with
 * records whose provenance says `reviewed: false` does not release, unless
 * the dataset declares itself machine-drafted as a whole (`machineDrafted:
 * true`, which the data, the README and the viewer show). Checked when a
 * pending changeset would release the package; a draft under review with
 * nothing to release passes.
 */
export function checkReviewed({ pkg, working, declared }: PolicyInput): PolicyProblem[] {
  if (declared.bump === "none" || working.machineDrafted === true) return [];
  const unreviewed: string[] = [];
  for (const table of RECORD_TABLES) {
    for (const record of working[table] as readonly {
      id: string;
      provenance?: { reviewed: boolean; tool: string };
    }[]) {
      if (record.provenance?.reviewed === false)
        unreviewed.push(`${table} ${record.id}: drafted by ${record.provenance.tool}`);
    }
  }
  if (unreviewed.length === 0) return [];
  return [
    {
      rule: "unreviewed",
      message: `${unreviewed.length} record${unreviewed.length === 1 ? " is" : "s are"} machine-drafted and not reviewed, and ${declared.files.join(", ")} would release ${pkg.name}`,
      details: unreviewed,
      fix: `review each record against the article and set \`reviewed: true\` in its provenance (or remove it), or declare the whole dataset machine-drafted with \`machineDrafted: true\` in ${pkg.dir}/dataset.yml`,
    },
  ];
}

const describeReason = (r: DiffReason): string =>
  `${r.table}${r.id === null ? "" : ` ${r.id}`}: ${r.message} (${r.level})`;

/** The pending changesets declare at least the bump the data changes require. */
export function checkChangesetLevel({ pkg, declared }: PolicyInput, diff: DatasetDiff): PolicyProblem[] {
  if (compareLevels(diff.level, declared.bump) <= 0) return [];
  const forcing = diff.reasons.filter((r) => compareLevels(r.level, declared.bump) > 0);
  const what =
    declared.files.length === 0
      ? `no pending changeset names ${pkg.name}`
      : `the pending changesets declare only ${declared.bump} (${declared.files.join(", ")})`;
  return [
    {
      rule: "changeset-level",
      message: `the data changed since release ${diff.a.version} in ways that need a ${diff.level} release, but ${what}`,
      details: forcing.map(describeReason),
      fix:
        declared.files.length === 0
          ? `run \`npx changeset\`, select ${pkg.name} and choose ${diff.level}`
          : `change "${pkg.name}": ${declared.bump} to ${diff.level} in ${declared.files.join(", ")}`,
    },
  ];
}
