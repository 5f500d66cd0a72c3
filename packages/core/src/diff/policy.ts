import type { DiffLevel } from "./types.js";

/**
 * The semver policy of data changes, in one place: each kind of change a
 * dataset can go through, the release level it requires, and how
 * CONTRIBUTING.md words it (its "Versioning policy" table is generated from
 * this list and checked against it). `diffDatasets` takes every level from
 * here; a dataset version's level is the highest level of any single change.
 */
export const DATA_CHANGE_POLICY = {
  recordRemoved: {
    level: "major",
    change: "removing or renaming a record id (even with a tombstone)",
  },
  tombstoneRemoved: { level: "major", change: "removing a tombstone from `retired.yml`" },
  datasetId: { level: "major", change: "a different dataset `id` (another article)" },
  schemaMajor: { level: "major", change: "a schema major version change" },
  articleText: { level: "major", change: "a change to the article text (every offset may move)" },
  fieldRemoved: { level: "major", change: "a field removed from a record (only across schema versions)" },
  columns: {
    level: "major",
    change:
      "a change to the columns of the exported tables (`data/*.csv`, `data/*.jsonl`, Parquet): a column removed, renamed or retyped (declared in a changeset: the data itself does not change)",
  },
  recordAdded: { level: "minor", change: "adding records (entities, quotes, claims, notes, tombstones)" },
  itemAdded: {
    level: "minor",
    change: "adding to a record's lists: a mention, a quote span, an alias, a note target, an entity a claim is about",
  },
  fieldAdded: { level: "minor", change: "a field added to a record" },
  schemaMinor: { level: "minor", change: "a schema minor version change" },
  valueCorrected: {
    level: "patch",
    change:
      "correcting existing values (bounds, speaker, spans, classifications, text fields), re-anchoring a span, withdrawing or replacing a list item (a wrong mention or alias), reordering a list",
  },
  sourceMetadata: {
    level: "patch",
    change: "source metadata (language, title, publisher, url, dates, authors, rights)",
  },
  schemaPatch: { level: "patch", change: "a schema patch or prerelease version change" },
} as const satisfies Record<string, { level: Exclude<DiffLevel, "none">; change: string }>;

export type DataChangeKind = keyof typeof DATA_CHANGE_POLICY;

/** The level a kind of change requires. */
export const levelOf = (kind: DataChangeKind): Exclude<DiffLevel, "none"> => DATA_CHANGE_POLICY[kind].level;

/** The policy as the Markdown table CONTRIBUTING.md shows. */
export function policyTable(): string {
  const rows = Object.values(DATA_CHANGE_POLICY).map((p) => `| ${p.change} | ${p.level} |`);
  return ["| change | level |", "| --- | --- |", ...rows].join("\n");
}
