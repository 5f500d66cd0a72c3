/**
 * Drafting into a dataset that already has records: only what no existing
 * record covers is proposed, and existing records are never changed. A
 * drafted entity whose mentions meet an existing entity's is that entity
 * (its id is used, nothing is added to it); a drafted quote or claim whose
 * span meets an existing one is left out. New records are appended to the
 * YAML files as text, so every existing line, comment and record stays
 * byte for byte as it was.
 */

import { appendToBlockList, blockList } from "@claimset/core/authoring";
import type { Dataset } from "@claimset/schema";
import { overlaps, type Range } from "./doc.js";
import { type DraftOptions, writeOptions } from "./draft.js";
import { analyze } from "./pipeline.js";
import { buildRecords, type DraftTables } from "./write/authoring.js";

export interface MergeResult {
  /** The table files with the proposed records appended; only files that change are listed. */
  files: Record<string, string>;
  /** The proposed records. */
  added: DraftTables;
}

/** An existing file cannot take appended records. */
export class MergeError extends Error {
  override name = "MergeError";
}

type Existing = Pick<Dataset, "entities" | "quotes" | "claims" | "notes" | "retired"> & { source: { text: string } };

function anyOverlap(spans: readonly Range[], others: readonly Range[]): boolean {
  for (const s of spans) for (const o of others) if (overlaps(s, o)) return true;
  return false;
}

/** Appends `records` (YAML block list text) to an authored table file; see `appendToBlockList`. */
export function appendRecords(file: string, source: string, records: string): string {
  const appended = appendToBlockList(source, records);
  if (appended === null)
    throw new MergeError(
      `${file} is not a block list of records ("- id: …" at the start of a line); cannot append drafted records to it without rewriting it`,
    );
  return appended;
}

/**
 * Drafts `existing.source.text` and returns only the records no existing
 * record covers, appended to `files` (the folder's current YAML text).
 */
export function draftMissing(
  existing: Existing,
  files: Readonly<Record<string, string>>,
  options: DraftOptions = {},
): MergeResult {
  const text = existing.source.text;
  const doc = analyze(text);
  const reserved = [
    ...existing.entities.map((e) => e.id),
    ...existing.quotes.map((q) => q.id),
    ...existing.claims.map((c) => c.id),
    ...existing.notes.map((n) => n.id),
    ...existing.retired.map((r) => r.id),
  ];
  const existingMentions = existing.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e.id })));
  // Drafted entities that are existing ones: most of their overlapping mentions fall in that entity.
  const entityIds = new Map<number, string>();
  doc.entities.forEach((_, e) => {
    const votes = new Map<string, number>();
    for (const m of doc.mentions) {
      if (m.entity !== e) continue;
      for (const x of existingMentions) if (overlaps(m, x)) votes.set(x.entity, (votes.get(x.entity) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) entityIds.set(e, best[0]);
  });
  const skipMentions = new Set(
    doc.mentions.filter((m) => existingMentions.some((x) => overlaps(m, x))).map((m) => `${m.start}:${m.end}`),
  );
  const quoteIds = new Map<number, string>();
  doc.quotes.forEach((q, i) => {
    const hit = existing.quotes.find((x) => anyOverlap(q.spans, x.spans));
    if (hit) quoteIds.set(i, hit.id);
  });
  const skipClaims = new Set<number>();
  doc.claims.forEach((c, i) => {
    if (existing.claims.some((x) => overlaps(c.span, x.span))) skipClaims.add(i);
  });
  const write = { ...writeOptions(options, reserved), entityIds, quoteIds, skipClaims, skipMentions };
  const added = buildRecords(doc, write);
  const out: Record<string, string> = {};
  for (const [table, file] of [
    ["entities", "entities.yml"],
    ["quotes", "quotes.yml"],
    ["claims", "claims.yml"],
    ["notes", "notes.yml"],
  ] as const) {
    const records = added[table];
    if (records.length === 0) continue;
    out[file] = appendRecords(file, files[file] ?? "", blockList(records.map((r) => r.yaml)));
  }
  return { files: out, added };
}
