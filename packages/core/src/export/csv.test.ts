import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDatasetFile } from "../node/read.js";
import { buildFixture } from "../query/fixture.test-helper.js";
import { escapeSpreadsheetCell, parseCsv, unescapeSpreadsheetCell } from "./csv.js";
import { flatRows } from "./flat/rows.js";
import { EXPORT_TABLES, fromCsv, toCsv } from "./tables.js";

const DATASETS = join(import.meta.dirname, "../../../../datasets");
const datasets = readdirSync(DATASETS).map(
  (name) => [name, readDatasetFile(join(DATASETS, name, "dataset.json"))] as const,
);
/** Starts a spreadsheet reads as a formula (OWASP's CSV injection list, and the full-width forms). */
const FORMULA = /^[=+\-@\t\r\n＝＋－＠]/;

describe("escapeSpreadsheetCell", () => {
  it.each([
    ['=HYPERLINK("https://x.example")', '\'=HYPERLINK("https://x.example")'],
    ["+1", "'+1"],
    ["--05-09", "'--05-09"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\r\nx", "'\r\nx"],
    ["＝1+1", "'＝1+1"],
    ["'quoted", "''quoted"],
    ["Kim", "Kim"],
    [">=", ">="],
    ["", ""],
  ])("escapes %j as %j, and unescapes it back", (cell, escaped) => {
    expect(escapeSpreadsheetCell(cell)).toBe(escaped);
    expect(unescapeSpreadsheetCell(escaped)).toBe(cell);
  });
});

describe("toCsv with spreadsheetSafe", () => {
  it("changes nothing by default: programs read the exact values", () => {
    const fixture = buildFixture();
    const claims = toCsv(fixture, "claims");
    expect(parseCsv(claims).some((row) => row.some((c) => c.value === "="))).toBe(true);
    expect(toCsv(fixture, "claims", {})).toBe(claims);
    expect(toCsv(fixture, "claims", { spreadsheetSafe: false })).toBe(claims);
  });

  it.each(datasets)("leaves no cell of %s that a spreadsheet would run, and reads back exactly", (_name, dataset) => {
    for (const table of EXPORT_TABLES) {
      const safe = toCsv(dataset, table, { spreadsheetSafe: true });
      const cells = parseCsv(safe).flat();
      expect(cells.filter((c) => FORMULA.test(c.value)).map((c) => c.value)).toEqual([]);
      // Every text cell is quoted, as OWASP advises; a bare cell is a number, a boolean or empty (null).
      for (const c of cells) if (!c.quoted) expect(c.value, table).toMatch(/^(-?[0-9.e+-]+|true|false|)$/);
      expect(fromCsv(table, safe, { spreadsheetSafe: true })).toEqual(
        JSON.parse(JSON.stringify(flatRows(dataset, table))),
      );
    }
  });
});

it("the committed data/*.csv of every dataset is the default, exact output", () => {
  for (const [name, dataset] of datasets) {
    for (const table of EXPORT_TABLES) {
      expect(readFileSync(join(DATASETS, name, "data", `${table}.csv`), "utf8"), `${name} ${table}`).toBe(
        toCsv(dataset, table),
      );
    }
  }
});
