import type { Dataset } from "@claimset/schema";
import { paint } from "../context.js";
import { loadDatasets } from "../datasets.js";
import { displayOf } from "../output.js";
import type { CommandRun } from "../spec.js";
import { formatTable } from "../table.js";

function count<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** Counts of a dataset's records, by table and kind. */
export function datasetStats(dataset: Dataset) {
  const mentions = dataset.entities.flatMap((e) => e.mentions);
  return {
    dataset: dataset.id,
    version: dataset.version,
    schemaVersion: dataset.schemaVersion,
    contentHash: dataset.contentHash,
    textLength: dataset.source.text.length,
    entities: { total: dataset.entities.length, byType: count(dataset.entities, (e) => e.type) },
    mentions: { total: mentions.length, byKind: count(mentions, (m) => m.kind) },
    quotes: { total: dataset.quotes.length, byKind: count(dataset.quotes, (q) => q.kind) },
    claims: { total: dataset.claims.length, byKind: count(dataset.claims, (c) => c.kind) },
    notes: { total: dataset.notes.length, byKind: count(dataset.notes, (n) => n.kind) },
    retired: dataset.retired.length,
  };
}

const breakdown = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");

export const run: CommandRun = (input, context) => {
  const loaded = loadDatasets(input, context.cwd);
  const all = loaded.map((l) => datasetStats(l.dataset));
  if (!input.values.json) {
    const display = displayOf(input.values, context);
    for (const s of all) {
      context.stdout(
        `${paint(context, "bold", `${s.dataset}@${s.version}`)} ${paint(context, "green", "valid")} — schema ${s.schemaVersion}, ${s.textLength} UTF-16 code units, content ${s.contentHash.slice(0, 12)}\n`,
      );
      const rows = [
        ["entities", String(s.entities.total), breakdown(s.entities.byType)],
        ["mentions", String(s.mentions.total), breakdown(s.mentions.byKind)],
        ["quotes", String(s.quotes.total), breakdown(s.quotes.byKind)],
        ["claims", String(s.claims.total), breakdown(s.claims.byKind)],
        ["notes", String(s.notes.total), breakdown(s.notes.byKind)],
        ["retired", String(s.retired), ""],
      ];
      context.stdout(`${formatTable(["table", "records", "by kind"], rows, display)}\n\n`);
    }
  }
  return { datasets: loaded.map((l) => l.ref), results: all };
};
