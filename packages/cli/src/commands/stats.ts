import type { Dataset } from "@claimset/schema";
import { type Command, limitsFrom, printJson } from "../command.js";
import { paint } from "../context.js";
import { loadInput } from "../load.js";
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
    id: dataset.id,
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

export const stats: Command = {
  name: "stats",
  summary: "Validate datasets and print their record counts",
  help: `Usage: claimset stats [path...]

Validates each dataset (file, authored folder, package folder or package name;
default: the current folder) and prints how many entities, mentions, quotes,
claims and notes it holds, by kind.`,
  options: {},
  positionals: [0, Number.POSITIVE_INFINITY],
  run(paths, values, context) {
    const limits = limitsFrom(values);
    const all = (paths.length ? paths : ["."]).map((p) => datasetStats(loadInput(p, context.cwd, limits)));
    if (values.json) {
      printJson(context, all.length === 1 ? all[0] : all);
      return 0;
    }
    for (const s of all) {
      context.stdout(
        `${paint(context, "bold", `${s.id}@${s.version}`)} ${paint(context, "green", "valid")} — schema ${s.schemaVersion}, ${s.textLength} UTF-16 code units, content ${s.contentHash.slice(0, 12)}\n`,
      );
      context.stdout(
        `${formatTable(
          ["table", "records", "by kind"],
          [
            ["entities", String(s.entities.total), breakdown(s.entities.byType)],
            ["mentions", String(s.mentions.total), breakdown(s.mentions.byKind)],
            ["quotes", String(s.quotes.total), breakdown(s.quotes.byKind)],
            ["claims", String(s.claims.total), breakdown(s.claims.byKind)],
            ["notes", String(s.notes.total), breakdown(s.notes.byKind)],
            ["retired", String(s.retired), ""],
          ],
          200,
        )}\n\n`,
      );
    }
    return 0;
  },
};
