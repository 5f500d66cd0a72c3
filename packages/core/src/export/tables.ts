import type { ReadonlyDataset } from "../query/types.js";
import { type Cell, escapeSpreadsheetCell, parseCsv, unescapeSpreadsheetCell, writeCsv } from "./csv.js";
import { FLAT_TABLE_NAMES, type FlatTableName } from "./flat/flat-tables.generated.js";
import { eachFlatRow, type FlatCell, type FlatRow, flatRows, flatTable } from "./flat/rows.js";

/** A flat table every dataset exports as CSV, JSON Lines and Parquet. */
export type ExportTable = FlatTableName;
/** The flat tables, in export order: sources, entities, mentions, quotes, quote_spans, claims, notes, retired. */
export const EXPORT_TABLES: readonly ExportTable[] = FLAT_TABLE_NAMES;

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

// A list of strings is the one value a CSV cell cannot hold flat: it is a
// JSON array, Table Schema's `array` type.
const csvCell = (value: FlatCell): Cell => (Array.isArray(value) ? JSON.stringify(value) : (value as Cell));

/**
 * One flat table as CSV (RFC 4180, header row, CRLF): snake_case columns,
 * a `dataset` column, spans as `<field>_start`, `_end`, `_text` (UTF-16) and
 * `_start_cp`, `_end_cp` (code points). See `@claimset/core/parquet/<table>.schema.json`.
 */
export function toCsv(dataset: ReadonlyDataset, table: ExportTable, options: CsvOptions = {}): string {
  const columns = flatTable(table).columns;
  const safe = options.spreadsheetSafe === true;
  const rows: Cell[][] = [];
  eachFlatRow(dataset, table, (row) => {
    rows.push(
      row.map((value) => {
        const c = csvCell(value);
        return safe && typeof c === "string" ? escapeSpreadsheetCell(c) : c;
      }),
    );
  });
  return writeCsv(
    columns.map((c) => c.name),
    rows,
    { quoteText: safe },
  );
}

/** One flat table as JSON Lines: one row per line, keyed by column name, lists as arrays. */
export function toJsonl(dataset: ReadonlyDataset, table: ExportTable): string {
  return flatRows(dataset, table)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join("");
}

/** Reads JSON Lines back into rows. Errors name the line. */
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
 * Reads a flat table's CSV back into rows keyed by column name, typed by the
 * table's columns (the inverse of `toCsv`). Read spreadsheet-safe output with
 * `{ spreadsheetSafe: true }`. `datasetsFromFlatRows` rebuilds the records.
 */
export function fromCsv(table: ExportTable, input: string, options: CsvOptions = {}): FlatRow[] {
  const [header, ...rows] = parseCsv(input);
  const text = options.spreadsheetSafe === true ? unescapeSpreadsheetCell : (s: string) => s;
  if (!header) return [];
  const byName = new Map(flatTable(table).columns.map((c) => [c.name, c]));
  return rows.map((row, r) => {
    const out: FlatRow = {};
    header.forEach((h, i) => {
      const column = byName.get(h.value);
      const c = row[i];
      if (!column || !c) return;
      if (c.value === "" && !c.quoted) {
        out[column.name] = null;
        return;
      }
      const where = `CSV ${table} row ${r + 2}, column ${column.name}`;
      switch (column.type) {
        case "string":
          out[column.name] = text(c.value);
          return;
        case "integer":
        case "number": {
          const n = Number(c.value);
          if (c.value.trim() === "" || !Number.isFinite(n) || (column.type === "integer" && !Number.isInteger(n))) {
            throw new SyntaxError(
              `${where}: expected ${column.type === "integer" ? "an integer" : "a number"}, found ${JSON.stringify(c.value.slice(0, 40))}`,
            );
          }
          out[column.name] = n;
          return;
        }
        case "boolean":
          if (c.value !== "true" && c.value !== "false") {
            throw new SyntaxError(`${where}: expected true or false, found ${JSON.stringify(c.value.slice(0, 40))}`);
          }
          out[column.name] = c.value === "true";
          return;
        case "string-list": {
          let list: unknown;
          try {
            list = JSON.parse(text(c.value));
          } catch {
            list = undefined;
          }
          if (!Array.isArray(list) || !list.every((s) => typeof s === "string")) {
            throw new SyntaxError(
              `${where}: expected a JSON array of strings, found ${JSON.stringify(c.value.slice(0, 40))}`,
            );
          }
          out[column.name] = list as string[];
          return;
        }
      }
    });
    return out;
  });
}
