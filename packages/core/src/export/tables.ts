import type { Dataset } from "@claimset/schema";
import { RECORD_FIELDS, RECORD_TABLES } from "@claimset/schema/tables";
import { type Cell, escapeSpreadsheetCell, parseCsv, unescapeSpreadsheetCell, writeCsv } from "./csv.js";

/** A column of a flat table: how to read it from a record and how to put it back. */
export interface Column<R> {
  name: string;
  /** Frictionless Table Schema field type. */
  type: "string" | "integer" | "number" | "boolean" | "array" | "object";
  description: string;
  get(record: R): Cell | object;
}

type Row = Record<string, unknown>;
type Table<R> = {
  columns: Column<R>[];
  primaryKey: string[];
  foreignKeys: { fields: string; reference: { resource: string; fields: string } }[];
};

const col = <R>(name: string, type: Column<R>["type"], description: string, get: (r: R) => unknown): Column<R> => ({
  name,
  type,
  description,
  get: get as Column<R>["get"],
});

type Entity = Dataset["entities"][number];
type Quote = Dataset["quotes"][number];
type Claim = Dataset["claims"][number];
type Note = Dataset["notes"][number];
type Retired = Dataset["retired"][number];
type MentionRow = Entity["mentions"][number] & { entity: string };

/** The columns of the fields every live record carries (`RECORD_FIELDS`), last in each record table. */
const RECORD_FIELD_COLUMNS: Record<
  (typeof RECORD_FIELDS)[number],
  Column<{ provenance?: unknown }>
> = /* @__PURE__ */ (() => ({
  provenance: col(
    "provenance",
    "object",
    "Where a machine-drafted or imported record came from (JSON), or empty.",
    (r) => r.provenance,
  ),
}))();

/**
 * The flat tables every dataset exports as CSV and JSONL. Nested values
 * (spans, lists) are JSON-encoded cells in CSV so that every record can be
 * rebuilt exactly; `mentions` is a derived table, one row per mention.
 */
export const TABLE_SPECS = /* @__PURE__ */ (() => {
  const specs = {
    entities: {
      primaryKey: ["id"],
      foreignKeys: [],
      columns: [
        col<Entity>("id", "string", "Stable entity id.", (r) => r.id),
        col<Entity>("name", "string", "Canonical name.", (r) => r.name),
        col<Entity>("type", "string", "Entity type.", (r) => r.type),
        col<Entity>("aliases", "array", "Other names (JSON array).", (r) => r.aliases),
        col<Entity>("wikidata", "string", "Wikidata QID, when certain.", (r) => r.wikidata),
        col<Entity>("description", "string", "Who or what this is.", (r) => r.description),
        col<Entity>("mentions", "array", "Every mention: {start, end, text, kind} (JSON array).", (r) => r.mentions),
      ],
    } satisfies Table<Entity>,
    mentions: {
      primaryKey: ["entity", "start", "end"],
      foreignKeys: [{ fields: "entity", reference: { resource: "entities", fields: "id" } }],
      columns: [
        col<MentionRow>("entity", "string", "Id of the entity mentioned.", (r) => r.entity),
        col<MentionRow>("start", "integer", "Start offset (UTF-16 code units).", (r) => r.start),
        col<MentionRow>("end", "integer", "End offset, exclusive.", (r) => r.end),
        col<MentionRow>("text", "string", "The mention as written.", (r) => r.text),
        col<MentionRow>("kind", "string", "named, nominal or pronominal.", (r) => r.kind),
      ],
    } satisfies Table<MentionRow>,
    quotes: {
      primaryKey: ["id"],
      foreignKeys: [
        { fields: "speaker", reference: { resource: "entities", fields: "id" } },
        { fields: "addressee", reference: { resource: "entities", fields: "id" } },
        { fields: "parent", reference: { resource: "quotes", fields: "id" } },
      ],
      columns: [
        col<Quote>("id", "string", "Stable quote id.", (r) => r.id),
        col<Quote>("kind", "string", "direct, indirect, mixed or scare.", (r) => r.kind),
        col<Quote>("text", "string", "The quoted words; interrupted parts joined by ' … '.", (r) =>
          r.spans.map((s) => s.text).join(" … "),
        ),
        col<Quote>("spans", "array", "The quoted spans (JSON array).", (r) => r.spans),
        col<Quote>("speaker", "string", "Entity id of the speaker.", (r) => r.speaker),
        col<Quote>("noSpeakerReason", "string", "Why there is no speaker.", (r) => r.noSpeakerReason),
        col<Quote>("speakerText", "object", "Where the text names the speaker (JSON span).", (r) => r.speakerText),
        col<Quote>("cue", "object", "The introducing verb (JSON span).", (r) => r.cue),
        col<Quote>("addressee", "string", "Entity id the words were said to.", (r) => r.addressee),
        col<Quote>("parent", "string", "Quote this one is embedded in.", (r) => r.parent),
      ],
    } satisfies Table<Quote>,
    claims: {
      primaryKey: ["id"],
      foreignKeys: [],
      columns: [
        col<Claim>("id", "string", "Stable claim id.", (r) => r.id),
        col<Claim>(
          "kind",
          "string",
          "count, duration, age, year, date, ordinal, money, percent or other.",
          (r) => r.kind,
        ),
        col<Claim>("span", "object", "The phrase stating the number (JSON span).", (r) => r.span),
        col<Claim>("text", "string", "The phrase as written.", (r) => r.span.text),
        col<Claim>("value", "number", "The stated number.", (r) => r.value),
        col<Claim>("comparator", "string", "= ~ > >= < <= range vague.", (r) => r.comparator),
        col<Claim>("low", "number", "Lower bound.", (r) => r.bounds.low),
        col<Claim>("high", "number", "Upper bound.", (r) => r.bounds.high),
        col<Claim>("lowInclusive", "boolean", "Whether low is included.", (r) => r.bounds.lowInclusive),
        col<Claim>("highInclusive", "boolean", "Whether high is included.", (r) => r.bounds.highInclusive),
        col<Claim>("qualifier", "object", "Hedge words (JSON span).", (r) => r.qualifier),
        col<Claim>("unit", "object", "Unit: {text, normalized} (JSON).", (r) => r.unit),
        col<Claim>("about", "object", "What is counted: {text, entities} (JSON).", (r) => r.about),
        col<Claim>("assertedBy", "object", "Who asserts it (JSON).", (r) => r.assertedBy),
        col<Claim>("iso", "string", "ISO 8601 form.", (r) => r.iso),
        col<Claim>("timeRef", "string", "Time reference as written.", (r) => r.timeRef),
      ],
    } satisfies Table<Claim>,
    notes: {
      primaryKey: ["id"],
      foreignKeys: [],
      columns: [
        col<Note>("id", "string", "Stable note id.", (r) => r.id),
        col<Note>("kind", "string", "Note kind.", (r) => r.kind),
        col<Note>("targets", "array", "Record ids the note is about (JSON array).", (r) => r.targets),
        col<Note>("span", "object", "Passage (JSON span).", (r) => r.span),
        col<Note>("text", "string", "The note.", (r) => r.text),
      ],
    } satisfies Table<Note>,
    retired: {
      primaryKey: ["id"],
      foreignKeys: [],
      columns: [
        col<Retired>("id", "string", "Retired id.", (r) => r.id),
        col<Retired>("kind", "string", "moved, split or removed.", (r) => r.kind),
        col<Retired>("to", "array", "Replacement ids (JSON array).", (r) => r.to),
        col<Retired>("since", "string", "Version that retired it.", (r) => r.since),
        col<Retired>("reason", "string", "Why.", (r) => r.reason),
      ],
    } satisfies Table<Retired>,
  };
  for (const table of RECORD_TABLES) {
    (specs[table].columns as Column<never>[]).push(
      ...RECORD_FIELDS.map((f) => RECORD_FIELD_COLUMNS[f] as Column<never>),
    );
  }
  return specs;
})();

export type ExportTable = keyof typeof TABLE_SPECS;
export const EXPORT_TABLES = /* @__PURE__ */ (() => Object.keys(TABLE_SPECS) as ExportTable[])();

/** The rows of a flat table. */
export function tableRows(
  dataset: Pick<Dataset, "entities" | "quotes" | "claims" | "notes" | "retired">,
  table: ExportTable,
): readonly object[] {
  if (table === "mentions") return dataset.entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, ...m })));
  return dataset[table];
}

function cell(column: Column<never>, record: object): Cell {
  const value = (column.get as (r: object) => unknown)(record);
  if (value === null || value === undefined) return null;
  return column.type === "array" || column.type === "object" ? JSON.stringify(value) : (value as Cell);
}

export interface CsvOptions {
  /**
   * Make the file safe to open in a spreadsheet (OWASP's CSV injection
   * advice): every text cell is quoted, and one that starts with `=`, `+`,
   * `-`, `@`, a tab, a line break or an apostrophe is prefixed with an
   * apostrophe, so Excel, LibreOffice and Google Sheets show it as text
   * instead of running it as a formula. Numbers and booleans are written as
   * they are. Programs should read the default output; `fromCsv` with the
   * same option removes the apostrophes. Default false.
   */
  spreadsheetSafe?: boolean;
}

/** One table as CSV (RFC 4180, header row, CRLF). */
export function toCsv(dataset: Parameters<typeof tableRows>[0], table: ExportTable, options: CsvOptions = {}): string {
  const columns = TABLE_SPECS[table].columns as Column<never>[];
  const safe = options.spreadsheetSafe === true;
  const text = (c: Cell): Cell => (safe && typeof c === "string" ? escapeSpreadsheetCell(c) : c);
  return writeCsv(
    columns.map((c) => c.name),
    tableRows(dataset, table).map((record) => columns.map((c) => text(cell(c, record)))),
    { quoteText: safe },
  );
}

/** One table as JSON Lines: one full record per line. */
export function toJsonl(dataset: Parameters<typeof tableRows>[0], table: ExportTable): string {
  return tableRows(dataset, table)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join("");
}

const OPTIONAL_FIELDS = new Set<string>(RECORD_FIELDS);

/** Reads JSON Lines back into records. Errors name the line. */
export function fromJsonl(input: string): unknown[] {
  return input
    .split("\n")
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== "")
    .map(({ line, n }) => {
      try {
        return JSON.parse(line) as unknown;
      } catch (error) {
        throw new SyntaxError(`JSONL line ${n}: ${(error as Error).message}`);
      }
    });
}

/**
 * Reads a table's CSV back into records (the inverse of `toCsv`), using the
 * table's column types. Derived columns (`text` of quotes and claims) are dropped.
 * Read spreadsheet-safe output with `{ spreadsheetSafe: true }`.
 */
export function fromCsv(table: ExportTable, input: string, options: CsvOptions = {}): Row[] {
  const [header, ...rows] = parseCsv(input);
  const text = options.spreadsheetSafe === true ? unescapeSpreadsheetCell : (s: string) => s;
  if (!header) return [];
  const columns = TABLE_SPECS[table].columns as Column<never>[];
  const byName = new Map(columns.map((c) => [c.name, c]));
  const derived = table === "quotes" || table === "claims" ? new Set(["text"]) : new Set<string>();
  return rows.map((row, r) => {
    const out: Row = {};
    header.forEach((h, i) => {
      const column = byName.get(h.value);
      const c = row[i];
      if (!column || !c || derived.has(column.name)) return;
      let value: unknown;
      // An empty optional record field (provenance) is absent, not null.
      if (c.value === "" && !c.quoted && OPTIONAL_FIELDS.has(column.name)) return;
      if (c.value === "" && !c.quoted) value = null;
      else if (column.type === "string") value = text(c.value);
      else if (column.type === "integer" || column.type === "number") value = Number(c.value);
      else if (column.type === "boolean") value = c.value === "true";
      else {
        try {
          value = JSON.parse(text(c.value));
        } catch {
          throw new SyntaxError(
            `CSV ${table} row ${r + 2}, column ${column.name}: expected JSON, found ${JSON.stringify(c.value.slice(0, 40))}`,
          );
        }
      }
      out[column.name] = value;
    });
    if (table === "claims") {
      const { low, high, lowInclusive, highInclusive, ...rest } = out;
      return { ...rest, bounds: { low, high, lowInclusive, highInclusive } };
    }
    return out;
  });
}
