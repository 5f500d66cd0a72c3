import { TABLES, type TableName } from "@claimset/schema/tables";
import { canonicalJson } from "../text/canonical.js";
import { describeChange, RECORD_NOUN } from "./describe.js";
import { compareLevels, maxLevel, schemaVersionLevel } from "./level.js";
import { levelOf } from "./policy.js";
import { diffSource } from "./source.js";
import type {
  DatasetDiff,
  DatasetHead,
  DiffReason,
  FieldChange,
  ReadonlyDataset,
  RecordChange,
  RetiredResolution,
  TableDiff,
  TableRecords,
} from "./types.js";
import { diffValues } from "./values.js";

/** The tables a diff compares, in canonical order. */
export const DIFF_TABLES = TABLES;

/**
 * Compares dataset `a` (the older) with `b` (the newer), record by record,
 * and says which semver level the difference requires.
 *
 * Records are matched by `id` within each table; their fields are compared
 * structurally (canonical JSON), and each difference is reported with its
 * JSON path inside the record. Spans are compared as whole values. Lists of
 * spans (entity `mentions`, quote `spans`) are matched item by item — same
 * offsets and text, then same text elsewhere ("moved"), then overlapping
 * ranges ("re-bounded") — so a changelog reads "mention “the mad dictator”
 * added", not "mentions[3].start changed". Other lists (aliases, ids) are
 * compared as multisets. Time and memory are linear in the size of the data
 * (one Map per table; span lists add a sort of their unmatched leftovers).
 *
 * Semver policy: the level is the highest level of any single change, and
 * each change's level comes from DATA_CHANGE_POLICY (./policy.ts), the one
 * statement of the policy (CONTRIBUTING.md shows it). Classifications (entity
 * `type`, the `kind` fields, `comparator`) are the curators' reading of the
 * text like any other value: changing one is a correction. List items carry
 * no ids, so withdrawing one removes nothing citable.
 *
 * Monotonicity: because the level is a maximum, an extra change never lowers
 * it; in particular an extra record removal always makes it major. The one
 * place where two changes merge into one is inside a list: a removed item and
 * an added item that cover the same text (or overlap) are one correction
 * (patch), where the addition alone would be minor — re-anchoring a mention
 * is a correction, not new information.
 *
 * Both datasets are expected to be valid; duplicate ids within a table throw
 * a TypeError rather than produce a wrong diff.
 */
export function diffDatasets(a: ReadonlyDataset, b: ReadonlyDataset): DatasetDiff {
  const reasons: DiffReason[] = [];

  const idChange = a.id === b.id ? null : { before: a.id, after: b.id };
  if (idChange)
    reasons.push({ level: levelOf("datasetId"), table: "dataset", id: null, message: `dataset id ${a.id} → ${b.id}` });

  const schemaLevel = schemaVersionLevel(a.schemaVersion, b.schemaVersion);
  const schemaVersion =
    schemaLevel === "none" ? null : { before: a.schemaVersion, after: b.schemaVersion, level: schemaLevel };
  if (schemaLevel !== "none")
    reasons.push({
      level: schemaLevel,
      table: "dataset",
      id: null,
      message: `schemaVersion ${a.schemaVersion} → ${b.schemaVersion}`,
    });

  const source = diffSource(a.source, b.source);
  if (source?.text)
    reasons.push({
      level: levelOf("articleText"),
      table: "source",
      id: null,
      message: `source text changed at offset ${source.text.edit.start} (every offset may move)`,
    });
  if (source?.fields.length)
    reasons.push({
      level: levelOf("sourceMetadata"),
      table: "source",
      id: null,
      message: source.fields.map((change) => describeChange(change)).join("; "),
    });

  const tombstones = indexById("b", "retired", b.retired);
  const tables = {} as DatasetDiff["tables"];
  const retiredIds: RetiredResolution[] = [];
  for (const table of DIFF_TABLES) {
    const diff = diffTable(table, a[table], b[table]);
    (tables as Record<TableName, TableDiff<unknown>>)[table] = diff;
    for (const record of diff.added)
      reasons.push({ level: levelOf("recordAdded"), table, id: record.id, message: `${RECORD_NOUN[table]} added` });
    for (const record of diff.removed) {
      const tombstone = table === "retired" ? undefined : tombstones.get(record.id);
      if (tombstone && table !== "retired") {
        retiredIds.push({
          id: record.id,
          table,
          kind: tombstone.kind,
          to: [...tombstone.to],
          since: tombstone.since,
        });
      }
      reasons.push({
        level: levelOf(table === "retired" ? "tombstoneRemoved" : "recordRemoved"),
        table,
        id: record.id,
        message: removalMessage(table, tombstone),
      });
    }
    for (const change of diff.changed) {
      if (change.level === "none") continue;
      const forcing = change.changes.filter((c) => c.level === change.level);
      reasons.push({
        level: change.level,
        table,
        id: change.id,
        message: forcing.map((c) => describeChange(c)).join("; "),
      });
    }
  }

  const tableOrder = new Map<string, number>([
    ["dataset", -2],
    ["source", -1],
    ...DIFF_TABLES.map((t, i) => [t, i] as [string, number]),
  ]);
  reasons.sort(
    (x, y) =>
      compareLevels(y.level, x.level) ||
      (tableOrder.get(x.table) ?? 0) - (tableOrder.get(y.table) ?? 0) ||
      compareIds(x.id ?? "", y.id ?? ""),
  );

  return {
    a: head(a),
    b: head(b),
    level: maxLevel(reasons.map((r) => r.level)),
    reasons,
    id: idChange,
    schemaVersion,
    version: a.version === b.version ? null : { before: a.version, after: b.version },
    contentHash: a.contentHash === b.contentHash ? null : { before: a.contentHash, after: b.contentHash },
    source,
    tables,
    retiredIds,
  };
}

function head(dataset: ReadonlyDataset): DatasetHead {
  return {
    id: dataset.id,
    version: dataset.version,
    schemaVersion: dataset.schemaVersion,
    contentHash: dataset.contentHash,
  };
}

function removalMessage(table: TableName, tombstone: TableRecords["retired"] | undefined): string {
  const noun = RECORD_NOUN[table];
  if (table === "retired") return `tombstone removed: ids it redirected no longer resolve`;
  if (!tombstone) return `${noun} removed without a tombstone: citations of this id break`;
  const target = tombstone.to.length ? ` → ${tombstone.to.join(", ")}` : "";
  return `${noun} removed, tombstoned as ${tombstone.kind}${target}: resolves only for consumers that follow tombstones`;
}

// Ids are compared by UTF-16 code units, like the sorted order datasets are written in.
const compareIds = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function indexById<R extends { readonly id: string }>(side: "a" | "b", table: TableName, records: readonly R[]) {
  const byId = new Map<string, R>();
  for (const [i, record] of records.entries()) {
    if (byId.has(record.id))
      throw new TypeError(
        `diffDatasets: duplicate id "${record.id}" in ${side}.${table}[${i}]; expected unique ids (validate the dataset first)`,
      );
    byId.set(record.id, record);
  }
  return byId;
}

function diffTable<T extends TableName>(
  table: T,
  before: readonly TableRecords[T][],
  after: readonly TableRecords[T][],
): TableDiff<TableRecords[T]> {
  const inA = indexById("a", table, before);
  const inB = indexById("b", table, after);
  const byId = (x: TableRecords[T], y: TableRecords[T]) => compareIds(x.id, y.id);
  const added = after.filter((record) => !inA.has(record.id)).sort(byId);
  const removed = before.filter((record) => !inB.has(record.id)).sort(byId);
  const changed: RecordChange[] = [];
  for (const record of after) {
    const old = inA.get(record.id);
    if (!old || canonicalJson(old) === canonicalJson(record)) continue;
    const changes: FieldChange[] = [];
    diffValues(old, record, [], changes);
    changed.push({ id: record.id, level: maxLevel(changes.map((c) => c.level)), changes });
  }
  changed.sort((x, y) => compareIds(x.id, y.id));
  return { added, removed, changed };
}
