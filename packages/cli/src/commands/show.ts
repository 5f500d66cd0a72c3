import { type DatasetIndex, type DatasetRecord, lineOf } from "@claimset/core";
import { type Command, printJson } from "../command.js";
import { type Context, DataError, paint } from "../context.js";
import { formatTable } from "../table.js";
import { allIds, DATASET_HELP, DATASET_OPTION, loadDatasetOption } from "./dataset.js";
import { formatFields, RECORD_NOUN, recordFields } from "./records.js";
import { didYouMean } from "./suggest.js";

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

function printRecord(context: Context, found: DatasetRecord, index: DatasetIndex): void {
  const text = index.dataset.source.text;
  const info = related(found, index);
  const heading = `${RECORD_NOUN[found.table]} ${found.record.id}`;
  context.stdout(`${paint(context, "bold", heading)}\n${formatFields(recordFields(found, index))}\n`);
  if (found.table === "entities") {
    const rows = found.record.mentions.map((m, i) => [
      String(i + 1),
      String(lineOf(text, m.start)),
      `${m.start}–${m.end}`,
      m.kind,
      m.text,
    ]);
    context.stdout(`\nmentions\n${formatTable(["#", "line", "offsets", "kind", "text"], rows)}\n`);
    if (info.quotes?.length) context.stdout(`\nquotes by ${found.record.name}: ${info.quotes.join(", ")}\n`);
    if (info.claims?.length) context.stdout(`claims about ${found.record.name}: ${info.claims.join(", ")}\n`);
  }
  if (info.assertedClaims?.length) context.stdout(`claims asserted: ${info.assertedClaims.join(", ")}\n`);
  if (info.notes.length) {
    context.stdout(`\neditorial notes\n`);
    for (const note of info.notes) context.stdout(`  ${note.id} (${note.kind}): ${note.text}\n`);
  }
}

export const show: Command = {
  name: "show",
  summary: "Print one record: an entity with every mention, a quote, a claim or a note",
  help: `Usage: claimset show <record-id> [-d <path>]

Prints the record with its spans (text, line, offsets) and the editorial notes
that target it. For an entity: every mention, its quotes and the claims about
it. For a quote: speaker, cue and addressee. For a claim: value, comparator,
bounds, unit and who asserts it.

A retired id prints its tombstone and the records that replace it, with a
warning. An unknown id exits 1 and suggests the closest ids.

Options:
${DATASET_HELP}`,
  options: { ...DATASET_OPTION },
  positionals: [1, 1],
  run([id], values, context) {
    const wanted = id as string;
    const { dataset, index } = loadDatasetOption(values, context);
    const found = index.record(wanted);
    if (found) {
      if (values.json) printJson(context, related(found, index));
      else printRecord(context, found, index);
      return 0;
    }
    const resolved = index.resolveId(wanted);
    const tombstone = resolved.retired;
    if (tombstone) {
      const now = resolved.ids.map((to) => index.record(to)).filter((r): r is DatasetRecord => r !== undefined);
      context.stderr(
        `${paint(context, "yellow", "warning:")} ${wanted} is a retired id (${tombstone.kind} in ${tombstone.since})${
          resolved.ids.length ? `; cite ${resolved.ids.join(", ")} instead` : "; it has no replacement"
        }\n`,
      );
      if (values.json) {
        printJson(context, { retired: tombstone, current: now.map((r) => related(r, index)) });
        return 0;
      }
      context.stdout(
        `${paint(context, "bold", `retired ${tombstone.id}`)}\n${formatFields([
          ["kind", tombstone.kind],
          ["to", tombstone.to.length ? tombstone.to.join(", ") : "—"],
          ["since", tombstone.since],
          ["reason", tombstone.reason],
        ])}\n`,
      );
      for (const record of now) {
        context.stdout("\n");
        printRecord(context, record, index);
      }
      return 0;
    }
    throw new DataError(
      `no record ${JSON.stringify(wanted)} in ${dataset.id}@${dataset.version}.${didYouMean(wanted, allIds(dataset))}`,
    );
  },
};
