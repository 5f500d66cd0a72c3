import { type DatasetIndex, type DatasetRecord, lineOf, type ReadonlyRetiredId } from "@claimset/core";
import { closest } from "@claimset/core/errors";
import { TABLE_DESCRIPTIONS } from "@claimset/schema/tables";
import { type Context, DataError, paint, paintErr } from "../context.js";
import { type LoadedDataset, loadDatasets } from "../datasets.js";
import { displayOf } from "../output.js";
import type { CommandRun } from "../spec.js";
import { formatTable, wrapText } from "../table.js";
import { formatFields, recordFields } from "./records.js";

/** Everything `show` knows about a live record: the record, the notes on it, and for entities what it says and is said about. */
function related(found: DatasetRecord, index: DatasetIndex) {
  const id = found.record.id;
  return {
    table: found.table,
    record: found.record,
    notes: index.notesFor(id),
    ...(found.table === "entities"
      ? { quotes: index.quotesBy(id).map((q) => q.id), claims: index.claimsAbout(id).map((c) => c.id) }
      : {}),
    ...(found.table !== "notes" ? { assertedClaims: index.claimsAssertedBy(id).map((c) => c.id) } : {}),
  };
}

type Found =
  | { kind: "record"; found: DatasetRecord }
  | { kind: "retired"; tombstone: ReadonlyRetiredId; now: DatasetRecord[] };

/** What `query` names in one dataset: a record by id or corpus key, an entity by Wikidata id, name or alias, or a tombstone. */
function lookUp(query: string, loaded: LoadedDataset): Found[] {
  const { index, dataset } = loaded;
  const local = query.startsWith(`${dataset.id}:`) ? query.slice(dataset.id.length + 1) : query;
  if (local !== query || !query.includes(":")) {
    const found = index.record(local);
    if (found) return [{ kind: "record", found }];
  }
  // Ids before names: a retired id names its tombstone, even where it is also someone's alias.
  const resolved = index.resolveId(local);
  if (resolved.retired) {
    const now = resolved.ids.map((to) => index.record(to)).filter((r): r is DatasetRecord => r !== undefined);
    return [{ kind: "retired", tombstone: resolved.retired, now }];
  }
  if (/^Q[1-9][0-9]*$/.test(query))
    return dataset.entities
      .filter((e) => e.wikidata === query)
      .map((record) => ({ kind: "record", found: { table: "entities", record } }));
  const entity = index.entity(local);
  if (entity) return [{ kind: "record", found: { table: "entities", record: entity } }];
  return [];
}

function printRecord(context: Context, found: DatasetRecord, loaded: LoadedDataset, width: number | undefined): void {
  const { index } = loaded;
  const text = index.dataset.source.text;
  const info = related(found, index);
  const heading = `${TABLE_DESCRIPTIONS[found.table].noun} ${found.record.id}`;
  context.stdout(`${paint(context, "bold", heading)}\n${formatFields(recordFields(found, index), width)}\n`);
  if (found.table === "entities") {
    const rows = found.record.mentions.map((m, i) => [
      String(i + 1),
      String(lineOf(text, m.start)),
      `${m.start}–${m.end}`,
      m.kind,
      m.text,
    ]);
    context.stdout(`\nmentions\n${formatTable(["#", "line", "offsets", "kind", "text"], rows, { width })}\n`);
    if (info.quotes?.length)
      context.stdout(`\n${wrapText(`quotes by ${found.record.name}: ${info.quotes.join(", ")}`, width, "  ")}\n`);
    if (info.claims?.length)
      context.stdout(`${wrapText(`claims about ${found.record.name}: ${info.claims.join(", ")}`, width, "  ")}\n`);
  }
  if (info.assertedClaims?.length)
    context.stdout(`${wrapText(`claims asserted: ${info.assertedClaims.join(", ")}`, width, "  ")}\n`);
  if (info.notes.length) {
    context.stdout(`\neditorial notes\n`);
    for (const note of info.notes)
      context.stdout(`  ${wrapText(`${note.id} (${note.kind}): ${note.text}`, width && width - 2, "    ")}\n`);
  }
}

export const run: CommandRun = (input, context) => {
  const query = input.positionals[0]!;
  const loaded = loadDatasets(input, context.cwd);
  const width = displayOf(input.values, context).width;
  const results: unknown[] = [];
  let printed = 0;
  for (const l of loaded) {
    for (const hit of lookUp(query, l)) {
      if (!input.values.json && printed++) context.stdout("\n");
      if (!input.values.json && loaded.length > 1)
        context.stdout(`${paint(context, "dim", `${l.dataset.id}@${l.dataset.version}`)}\n`);
      if (hit.kind === "record") {
        results.push({
          dataset: l.dataset.id,
          key: `${l.dataset.id}:${hit.found.record.id}`,
          ...related(hit.found, l.index),
        });
        if (!input.values.json) printRecord(context, hit.found, l, width);
        continue;
      }
      const { tombstone, now } = hit;
      context.stderr(
        `${paintErr(context, "yellow", "warning:")} ${query} is a retired id in ${l.dataset.id} (${tombstone.kind} in ${tombstone.since})${
          tombstone.to.length ? `; cite ${tombstone.to.join(", ")} instead` : "; it has no replacement"
        }\n`,
      );
      results.push({ dataset: l.dataset.id, retired: tombstone, current: now.map((r) => related(r, l.index)) });
      if (input.values.json) continue;
      context.stdout(
        `${paint(context, "bold", `retired ${tombstone.id}`)}\n${formatFields(
          [
            ["kind", tombstone.kind],
            ["to", tombstone.to.length ? tombstone.to.join(", ") : "—"],
            ["since", tombstone.since],
            ["reason", tombstone.reason],
          ],
          width,
        )}\n`,
      );
      for (const record of now) {
        context.stdout("\n");
        printRecord(context, record, l, width);
      }
    }
  }
  if (results.length === 0) {
    const candidates = new Map<string, string>();
    for (const { dataset } of loaded) {
      for (const table of [dataset.entities, dataset.quotes, dataset.claims, dataset.notes, dataset.retired])
        for (const r of table) candidates.set(r.id, r.id);
      for (const e of dataset.entities) for (const key of [e.name, ...e.aliases]) candidates.set(key, e.id);
    }
    const ids = [...new Set(closest(query, candidates.keys(), 10).map((k) => candidates.get(k)!))].slice(0, 3);
    const where =
      loaded.length === 1
        ? `${loaded[0]!.dataset.id}@${loaded[0]!.dataset.version}`
        : `any of ${loaded.length} datasets`;
    throw new DataError(`no record ${JSON.stringify(query)} in ${where}.`, {
      hint: ids.length ? `did you mean ${ids.join(" or ")}?` : "claimset entities, quotes and claims list the ids",
    });
  }
  return { datasets: loaded.map((l) => l.ref), results };
};
