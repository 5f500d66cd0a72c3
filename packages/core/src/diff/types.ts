import type { Dataset, TableName } from "@claimset/schema";
import type { DeepReadonly } from "../query/types.js";

export type { DeepReadonly, ReadonlyDataset } from "../query/types.js";

/** The semver level a change requires, from none to major. */
export type DiffLevel = "none" | "patch" | "minor" | "major";

/** A JSON path inside a record (or inside `source`), e.g. `["mentions", 3]` or `["bounds", "low"]`. */
export type DiffPath = (string | number)[];

/**
 * One change to one value inside a record. Paths of removed list items index
 * into the record in `a`; all other paths index into the record in `b`.
 * Spans (and mentions, which are spans with a kind) are compared as whole
 * values: a re-anchored mention is one change, not three.
 */
export type FieldChange =
  | { op: "changed"; path: DiffPath; before: unknown; after: unknown; level: DiffLevel }
  | { op: "added"; path: DiffPath; after: unknown; level: DiffLevel }
  | { op: "removed"; path: DiffPath; before: unknown; level: DiffLevel };

/** A record present, by id, in both datasets, with what differs inside it. */
export interface RecordChange {
  id: string;
  /** The highest level among `changes`. */
  level: DiffLevel;
  changes: FieldChange[];
}

/** The records of each table, by table name. */
export interface TableRecords {
  entities: DeepReadonly<Dataset["entities"][number]>;
  quotes: DeepReadonly<Dataset["quotes"][number]>;
  claims: DeepReadonly<Dataset["claims"][number]>;
  notes: DeepReadonly<Dataset["notes"][number]>;
  retired: DeepReadonly<Dataset["retired"][number]>;
}

/** What changed in one table, each list in id order. Records are the input objects themselves, not copies. */
export interface TableDiff<R> {
  /** Records of `b` whose id is not in `a`. */
  added: R[];
  /** Records of `a` whose id is not in `b`. */
  removed: R[];
  /** Records in both whose content differs. */
  changed: RecordChange[];
}

/** A top-level value that differs between the two datasets. */
export interface ValueChange<T> {
  before: T;
  after: T;
}

/**
 * The article text changed. The texts themselves are not repeated; `edit` is
 * the one region that covers every difference (common prefix and suffix
 * removed, never splitting a surrogate pair).
 */
export interface SourceTextChange {
  before: { sha256: string; length: number };
  after: { sha256: string; length: number };
  edit: { start: number; deleted: string; inserted: string };
}

export interface SourceDiff {
  /** Null when the text is the same. */
  text: SourceTextChange | null;
  /** Changes to the metadata fields (paths are inside `source`). `sha256` is listed only when the text is unchanged. */
  fields: FieldChange[];
}

/** A removed id that `b`'s `retired` table tombstones: still a removal, but one that resolves. */
export interface RetiredResolution {
  id: string;
  /** The table the record was removed from. */
  table: Exclude<TableName, "retired">;
  kind: "moved" | "split" | "removed";
  to: string[];
  since: string;
}

/** Why the diff requires the level it does: one entry per changed record or dataset-level value. */
export interface DiffReason {
  level: Exclude<DiffLevel, "none">;
  /** A table, or `source` / `dataset` for the article and the dataset's own fields. */
  table: TableName | "source" | "dataset";
  /** The record id, or null for `source` and `dataset`. */
  id: string | null;
  message: string;
}

/** Who is being compared: the identifying fields of one dataset. */
export interface DatasetHead {
  id: string;
  version: string;
  schemaVersion: string;
  contentHash: string;
}

/** Everything that differs between two datasets. Plain data: safe to JSON.stringify. */
export interface DatasetDiff {
  a: DatasetHead;
  b: DatasetHead;
  /** The semver level the changes require (see the policy in diff.ts). */
  level: DiffLevel;
  /** Every change that has a level, highest level first, then table order, then id. */
  reasons: DiffReason[];
  /** The dataset slug, when it changed. */
  id: ValueChange<string> | null;
  schemaVersion: (ValueChange<string> & { level: DiffLevel }) | null;
  version: ValueChange<string> | null;
  contentHash: ValueChange<string> | null;
  /** Null when neither the text nor the metadata changed. */
  source: SourceDiff | null;
  tables: { [T in TableName]: TableDiff<TableRecords[T]> };
  /** Removed ids that `b` tombstones, in table order then id order. */
  retiredIds: RetiredResolution[];
}
