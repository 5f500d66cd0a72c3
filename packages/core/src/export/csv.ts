// RFC 4180 CSV. A null cell is written empty and unquoted; an empty string
// is written as "" so the two survive a round trip.

export type Cell = string | number | boolean | null;

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP,
 * "CSV Injection"): = + - @, tab, carriage return and line feed, and their
 * full-width forms, which some spreadsheets fold to the ASCII ones. A leading
 * apostrophe is escaped too, so that undoing the escape is unambiguous.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20']/;

/**
 * A text cell made safe to open in a spreadsheet: prefixed with an apostrophe,
 * which spreadsheets read as "this cell is text" and do not display, when it
 * starts with a formula character. `unescapeSpreadsheetCell` undoes it.
 */
export function escapeSpreadsheetCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The inverse of `escapeSpreadsheetCell`. */
export function unescapeSpreadsheetCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

function quote(cell: Cell, all = false): string {
  if (cell === null) return "";
  const s = String(cell);
  return s === "" || (all && typeof cell === "string") || /[",\r\n]/.test(s) || s !== s.trim()
    ? `"${s.replaceAll('"', '""')}"`
    : s;
}

/**
 * Serializes rows (header first) as CSV with CRLF line ends, as RFC 4180
 * specifies. `quoteText` quotes every text cell, not only those that need it.
 */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: { quoteText?: boolean } = {},
): string {
  const all = options.quoteText === true;
  const lines = [header.map((h) => quote(h, all)).join(",")];
  for (const row of rows) lines.push(row.map((c) => quote(c, all)).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** A parsed CSV cell: its text, and whether it was quoted (so "" and null differ). */
export interface ParsedCell {
  value: string;
  quoted: boolean;
}

/** Parses RFC 4180 CSV into rows of cells. Throws on an unterminated quoted field. */
export function parseCsv(input: string): ParsedCell[][] {
  const rows: ParsedCell[][] = [];
  let row: ParsedCell[] = [];
  let i = 0;
  const n = input.length;
  if (n === 0) return rows;
  while (i <= n) {
    let value = "";
    let quoted = false;
    if (input[i] === '"') {
      quoted = true;
      i++;
      for (;;) {
        const next = input.indexOf('"', i);
        if (next === -1) throw new SyntaxError(`CSV: unterminated quoted field starting on row ${rows.length + 1}`);
        value += input.slice(i, next);
        if (input[next + 1] === '"') {
          value += '"';
          i = next + 2;
        } else {
          i = next + 1;
          break;
        }
      }
    } else {
      let j = i;
      while (j < n && input[j] !== "," && input[j] !== "\r" && input[j] !== "\n") j++;
      value = input.slice(i, j);
      i = j;
    }
    row.push({ value, quoted });
    if (input[i] === ",") {
      i++;
      continue;
    }
    rows.push(row);
    row = [];
    if (input[i] === "\r") i++;
    if (input[i] === "\n") i++;
    if (i >= n) break;
  }
  return rows;
}
