import { createIndex, type DatasetIndex } from "./create-index.js";
import type { DatasetRecord, ReadonlyDataset, ReadonlyRetiredId } from "./types.js";

/** What an id, live or retired, stands for in a dataset. */
export interface ResolvedRecord {
  /** The id that was asked for. */
  readonly id: string;
  /**
   * The live records the id stands for now: the record itself, the record a
   * `moved` id became, the records a `split` id became, or none for a
   * `removed` id.
   */
  readonly records: readonly DatasetRecord[];
  /** The tombstone that was followed, or null when the id is live. */
  readonly retired: ReadonlyRetiredId | null;
}

export interface ResolveRecordOptions {
  /**
   * Called once when the id is retired, with a message naming the id, the
   * tombstone and the ids to cite instead. Defaults to `console.warn`, so that
   * a retired id never resolves silently; pass `() => {}` to silence it.
   */
  onWarning?: (message: string, tombstone: ReadonlyRetiredId) => void;
}

/** The warning for a retired id: what happened to it, when, why, and what to cite now. */
export function retiredIdWarning(tombstone: ReadonlyRetiredId): string {
  const to = tombstone.to.map((id) => `"${id}"`).join(", ");
  const instead = tombstone.kind === "removed" ? "it has no replacement" : `cite ${to} instead`;
  return `"${tombstone.id}" is a retired id (${tombstone.kind} in ${tombstone.since}: ${tombstone.reason}); ${instead}`;
}

/**
 * Looks a record up by id, following the dataset's tombstones: a live id
 * gives its record; a retired id gives the records that replace it and
 * reports a warning through `onWarning`. Tombstones never chain (the
 * retired-ids lint rule), so one step suffices. Returns undefined for an id
 * the dataset has never had.
 *
 * Pass a `DatasetIndex` when resolving many ids, so the lookups are built once.
 */
export function resolveRecord(
  source: ReadonlyDataset | DatasetIndex,
  id: string,
  options: ResolveRecordOptions = {},
): ResolvedRecord | undefined {
  const index = "resolveId" in source ? source : createIndex(source);
  const live = index.record(id);
  if (live) return { id, records: [live], retired: null };
  const resolved = index.resolveId(id);
  const tombstone = resolved.retired;
  if (!tombstone) return undefined;
  (options.onWarning ?? ((message: string) => console.warn(`claimset: ${message}`)))(
    retiredIdWarning(tombstone),
    tombstone,
  );
  const records = resolved.ids.map((to) => index.record(to)).filter((r): r is DatasetRecord => r !== undefined);
  return { id, records, retired: tombstone };
}
