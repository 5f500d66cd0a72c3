import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { flatRows, fromCsv, fromJsonl, toCsv, toJsonl } from "@claimset/core";
import { compileFolder } from "@claimset/core/node";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtMini, MINI, run, tempDir } from "../../test/helpers.js";

// The CLI's output is read here by readers that share no code with claimset:
// csv-parse for CSV, JSON.parse for each JSON Lines line, the Frictionless
// `datapackage` library for the Data Package. What it must hold is read from
// the dataset's own dataset.json (JSON.parse) and its committed
// datapackage.json: every column the Data Package declares, each cell equal
// to the record it comes from.

const mini = compileFolder(MINI);
const require = createRequire(import.meta.url);
// CommonJS with no type declarations.
const { Package } = require("datapackage") as {
  Package: {
    load(descriptor: string): Promise<{
      valid: boolean;
      errors: Error[];
      resources: { name: string; tabular: boolean; read(o: { keyed: boolean; cast: boolean }): Promise<Row[]> }[];
    }>;
  };
};

type Row = Record<string, unknown>;
type Field = { name: string; type: string };
type Descriptor = { resources: { name: string; path: string; schema?: { fields: Field[] } }[] };

const TABLES = ["sources", "entities", "mentions", "quotes", "quote_spans", "claims", "notes", "retired"] as const;
type Table = (typeof TABLES)[number];

const DATASETS = join(import.meta.dirname, "../../../../datasets");

/** Every dataset of the repository, and the mini fixture built by `claimset build`. */
const CASES = [
  ...readdirSync(DATASETS)
    .filter((slug) => existsSync(join(DATASETS, slug, "dataset.json")))
    .sort(),
  "mini (the authoring fixture)",
];

// Built once for the file, in a folder of its own (the helpers' temporary folders go after each test).
const miniRoot = mkdtempSync(join(tmpdir(), "claimset-export-"));
const miniFolder = join(miniRoot, "mini");
beforeAll(async () => {
  cpSync(MINI, miniFolder, { recursive: true });
  const built = await run(["build", miniFolder]);
  if (built.code !== 0) throw new Error(`building the mini fixture failed: ${built.stderr}`);
});
afterAll(() => rmSync(miniRoot, { recursive: true, force: true }));
const folderOf = (name: string) => (name.startsWith("mini") ? miniFolder : join(DATASETS, name));
const read = (folder: string, file: string) => JSON.parse(readFileSync(join(folder, file), "utf8"));

/** camelCase → snake_case, written here again so the test does not read the exporter's own. */
const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const isObject = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * What a record's flat row must hold, derived here from the record alone:
 * every leaf field under its snake_case path (a nested object's fields
 * prefixed by its name; a list of objects is a child table of its own), each
 * span's offsets also as code points (counted with Array.from), the dataset
 * id and the record key.
 */
function flatten(record: Row, text: string, prefix: string[] = [], out = new Map<string, unknown>()) {
  for (const [key, value] of Object.entries(record)) {
    const path = [...prefix, snake(key)];
    if (Array.isArray(value) && value.some(isObject)) continue;
    if (isObject(value)) flatten(value, text, path, out);
    else out.set(path.join("_"), value);
  }
  const at = prefix.join("_");
  const start = out.get(`${at ? `${at}_` : ""}start`);
  const end = out.get(`${at ? `${at}_` : ""}end`);
  if (
    typeof start === "number" &&
    typeof end === "number" &&
    typeof out.get(`${at ? `${at}_` : ""}text`) === "string"
  ) {
    out.set(`${at ? `${at}_` : ""}start_cp`, Array.from(text.slice(0, start)).length);
    out.set(`${at ? `${at}_` : ""}end_cp`, Array.from(text.slice(0, end)).length);
  }
  return out;
}

/** The rows each flat table must hold for a dataset, in order, with the columns only a table's shape explains. */
function expectedRows(
  dataset: Row & { id: string; source: Row & { text: string } },
  table: string,
): Map<string, unknown>[] {
  const text = dataset.source.text;
  const withKeys = (r: Row) =>
    new Map([["dataset", dataset.id], ["key", `${dataset.id}:${r.id}`], ...flatten(r, text)]);
  const spanRow = (parent: [string, string], span: Row, extra: Row = {}) =>
    new Map<string, unknown>([["dataset", dataset.id], parent, ...flatten({ span, ...extra }, text)]);
  switch (table) {
    case "sources": {
      const { source, entities: _e, quotes: _q, claims: _c, notes: _n, retired: _r, id: _id, ...head } = dataset;
      const row = new Map<string, unknown>([
        ["dataset", dataset.id],
        ...flatten(head, text),
        ...flatten(source as Row, text),
      ]);
      row.set("text_length", text.length);
      row.set("text_length_cp", Array.from(text).length);
      return [row];
    }
    case "mentions":
      return (dataset.entities as Row[]).flatMap((e) =>
        (e.mentions as Row[]).map(({ kind, ...span }) => spanRow(["entity", e.id as string], span, { kind })),
      );
    case "quote_spans":
      return (dataset.quotes as Row[]).flatMap((q) =>
        (q.spans as Row[]).map((span) => spanRow(["quote", q.id as string], span)),
      );
    case "quotes":
      return (dataset.quotes as Row[]).map((q) => {
        const row = withKeys(q);
        row.set("text", (q.spans as { text: string }[]).map((s) => s.text).join(" … "));
        return row;
      });
    case "retired":
      return (dataset.retired as Row[]).map((r) => new Map([["dataset", dataset.id], ...flatten(r, text)]));
    default:
      return (dataset[table] as Row[]).map(withKeys);
  }
}

/** A CSV cell read by its Table Schema type; an empty cell is a missing value (`missingValues: [""]`). */
function cast(cell: string, type: string): unknown {
  if (cell === "") return null;
  if (type === "integer" || type === "number") return Number(cell);
  if (type === "boolean") return cell === "true" ? true : cell === "false" ? false : cell;
  if (type === "array" || type === "object") return JSON.parse(cell);
  return cell;
}

/** Null, absent and "" all read back as a missing value from CSV. */
const missing = (v: unknown) => v === null || v === undefined || v === "";

/**
 * Each row holds its record: every cell equal to what the record says (a
 * column the record has nothing for is empty), and no field of the record
 * left out of the row.
 */
function expectRowsHoldRecords(label: string, header: string[], rows: Row[], expected: Map<string, unknown>[]) {
  expect(rows, `${label} rows`).toHaveLength(expected.length);
  rows.forEach((row, i) => {
    const want = expected[i]!;
    const where = `${label} row ${i + 1} (${String(want.get("id") ?? want.get("entity") ?? want.get("quote"))})`;
    for (const column of header) {
      if (missing(want.get(column))) expect(row[column], `${where}, ${column}`).toBeNull();
      else expect(row[column], `${where}, ${column}`).toEqual(want.get(column));
    }
    const dropped = [...want].filter(([column, value]) => !missing(value) && !header.includes(column));
    expect(dropped, `${where}: fields with no column`).toEqual([]);
  });
}

/** A cell written back as CSV, quoted. */
const csvCell = (c: string) => `"${c.replace(/"/g, '""')}"`;

const csvRows = (csv: string, fields: Field[]): { header: string[]; rows: Row[] } => {
  const [header = [], ...cells] = parse(csv, { relaxColumnCount: false }) as string[][];
  const rows = cells.map((row) => Object.fromEntries(fields.map((f, j) => [f.name, cast(row[j]!, f.type)])));
  return { header, rows };
};

describe.each(CASES)("claimset export of %s", (name) => {
  it.each(TABLES)(
    "prints %s as CSV: every column its Data Package declares, each cell equal to its record",
    async (table) => {
      const folder = folderOf(name);
      const dataset = read(folder, "dataset.json");
      const descriptor: Descriptor = read(folder, "datapackage.json");
      const resource = descriptor.resources.find((r) => r.name === `${table}-csv`);
      expect(resource?.schema, `datapackage.json declares ${table}-csv`).toBeDefined();
      const fields = resource!.schema!.fields;
      const r = await run(["export", "--format", "csv", "--table", table, "-d", join(folder, "dataset.json")]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.endsWith("\r\n"), "CRLF line ends").toBe(true);
      const { header, rows } = csvRows(r.stdout, fields);
      // Every declared column, in the declared order, and no other.
      expect(header, `${table}.csv header`).toEqual(fields.map((f) => f.name));
      expectRowsHoldRecords(`${table}.csv`, header, rows, expectedRows(dataset, table));
      // The committed table is what the CLI prints.
      expect(r.stdout).toBe(readFileSync(join(folder, resource!.path), "utf8"));
    },
  );

  it.each(TABLES)("prints %s as JSON Lines, one row per line, each holding its record", async (table) => {
    const folder = folderOf(name);
    const dataset = read(folder, "dataset.json");
    const fields = (read(folder, "datapackage.json") as Descriptor).resources.find((r) => r.name === `${table}-csv`)!
      .schema!.fields;
    const r = await run(["export", "-f", "jsonl", "--table", table, "-d", join(folder, "dataset.json")]);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines.pop()).toBe("");
    const rows = lines.map((line) => JSON.parse(line) as Row);
    for (const row of rows) expect(Object.keys(row)).toEqual(fields.map((f) => f.name));
    expectRowsHoldRecords(
      `${table}.jsonl`,
      fields.map((f) => f.name),
      rows,
      expectedRows(dataset, table),
    );
  });

  it("writes a Data Package the Frictionless library reads back to the records, cast by its Table Schemas", async () => {
    const folder = folderOf(name);
    const dataset = read(folder, "dataset.json");
    const cwd = tempDir();
    const r = await run(["export", "--format", "datapackage", "--out", "pkg", "-d", join(folder, "dataset.json")], {
      cwd,
    });
    expect(r.code, r.stderr).toBe(0);
    const pkg = await Package.load(join(cwd, "pkg", "datapackage.json"));
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    const tabular = pkg.resources.filter((res) => res.tabular);
    expect(tabular.map((res) => res.name).sort()).toEqual(TABLES.map((t) => `${t}-csv`).sort());
    const descriptor: Descriptor = JSON.parse(readFileSync(join(cwd, "pkg", "datapackage.json"), "utf8"));
    for (const res of tabular) {
      const table = res.name.replace(/-csv$/, "") as Table;
      const fields = descriptor.resources.find((d) => d.name === res.name)!.schema!.fields;
      const rows = await res.read({ keyed: true, cast: true });
      expectRowsHoldRecords(
        res.name,
        fields.map((f) => f.name),
        rows,
        expectedRows(dataset, table),
      );
    }
  });
});

describe("claimset export to stdout", () => {
  it("prints one CSV table, which reads back to the same rows", async () => {
    const r = await run(["export", "--format", "csv", "--table", "quotes", "-d", MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(toCsv(mini, "quotes"));
    expect(fromCsv("quotes", r.stdout)).toEqual(flatRows(mini, "quotes"));
  });

  it("prints one JSONL table", async () => {
    const r = await run(["export", "-f", "jsonl", "--table", "mentions", "-d", MINI]);
    expect(r.stdout).toBe(toJsonl(mini, "mentions"));
    const rows = fromJsonl(r.stdout) as { entity: string; span_text: string; span_start: number }[];
    expect(rows.find((m) => m.span_text === "Kim" && m.span_start === 184)?.entity).toBe("kim-jong-un");
  });

  it("needs --table for csv and jsonl without --out", async () => {
    const r = await run(["export", "--format", "csv", "-d", MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format csv to stdout needs one table.\nhint: pass --table <table>");
  });

  it("prints Web Annotations whose quote selectors match the text", async () => {
    const r = await run(["export", "--format", "webannotation", "-d", MINI]);
    expect(r.code).toBe(0);
    const collection = JSON.parse(r.stdout);
    const exacts = JSON.stringify(collection);
    expect(exacts).toContain('"exact":"a new and high level of alliance."');
    expect(exacts).toContain("http://www.w3.org/ns/anno.jsonld");
  });

  it("prints JSON-LD with --base, and Markdown", async () => {
    const ld = await run(["export", "--format", "jsonld", "--base", "https://example.org/mini", "-d", MINI]);
    expect(ld.code).toBe(0);
    expect(JSON.stringify(JSON.parse(ld.stdout))).toContain("https://example.org/mini");
    const md = await run(["export", "--format", "markdown", "-d", MINI]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("Kim Jong Un");
    expect(md.stdout).toContain("n-troops");
  });

  it("refuses options that do not apply, and unknown formats or tables, with exit 2", async () => {
    const cases: [string[], string][] = [
      [["--format", "xml"], "--format must be one of csv, jsonl, datapackage, webannotation, jsonld, markdown"],
      [[], "claimset export needs --format."],
      [
        ["--format", "csv", "--table", "people"],
        "--table must be one of sources, entities, mentions, quotes, quote_spans, claims, notes, retired",
      ],
      [["--format", "markdown", "--table", "quotes"], "--table applies to csv and jsonl only"],
      [["--format", "csv", "--table", "quotes", "--base", "x"], "--base applies to webannotation and jsonld only"],
      [["--format", "datapackage"], "--format datapackage writes several files.\nhint: pass --out <dir>"],
      [["--format", "markdown", "--force"], "--force applies only with --out"],
      [["--format", "jsonld", "--base", "not a base"], '--base: base IRI "not a base" is not an absolute http(s) IRI'],
      [["--format", "webannotation", "--base", "https://x.example/#a"], "--base: base IRI"],
      [["--format", "jsonl", "--table", "claims", "--spreadsheet-safe"], "--spreadsheet-safe applies to csv only"],
    ];
    for (const [args, message] of cases) {
      const r = await run(["export", ...args, "-d", MINI]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});

describe("claimset export --format csv --spreadsheet-safe", () => {
  it("quotes every text cell and escapes those a spreadsheet would run; removing the apostrophe gives the records", async () => {
    const folder = miniFolder;
    const fields = (read(folder, "datapackage.json") as Descriptor).resources.find((r) => r.name === "claims-csv")!
      .schema!.fields;
    const r = await run(["export", "--format", "csv", "--table", "claims", "--spreadsheet-safe", "-d", folder]);
    expect(r.code, r.stderr).toBe(0);
    const cells = (parse(r.stdout) as string[][]).slice(1).flat();
    // The mini fixture's "=" comparator, and nothing else, starts with a formula character.
    const formula = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20']/;
    expect(cells.filter((c) => formula.test(c))).toEqual(["'="]);
    // Every text cell is quoted; numbers and booleans are not.
    expect(r.stdout).toContain(',"\'=",');
    expect(r.stdout).toMatch(/,12000,"~",11000,13000,true,true,/);
    const unescapeCell = (c: string) => (c.startsWith("'") && formula.test(c.slice(1)) ? c.slice(1) : c);
    const { header, rows } = csvRows(
      (parse(r.stdout) as string[][]).map((row) => row.map((c) => csvCell(unescapeCell(c)))).join("\r\n"),
      fields,
    );
    expectRowsHoldRecords("claims.csv", header, rows, expectedRows(read(folder, "dataset.json"), "claims"));
    // claimset's own reader takes the escapes off too.
    expect(fromCsv("claims", r.stdout, { spreadsheetSafe: true })).toEqual(flatRows(mini, "claims"));
  });
});

describe("claimset export --out", () => {
  it("writes every table, and only --table when given", async () => {
    const cwd = tempDir();
    const r = await run(["export", "--format", "csv", "--out", "tables", "-d", MINI], { cwd });
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, "tables")).sort()).toEqual(
      ["claims", "entities", "mentions", "notes", "quote_spans", "quotes", "retired", "sources"].map((t) => `${t}.csv`),
    );
    for (const table of TABLES) {
      const printed = await run(["export", "--format", "csv", "--table", table, "-d", MINI]);
      expect(readFileSync(join(cwd, "tables", `${table}.csv`), "utf8"), table).toBe(printed.stdout);
    }
    expect(r.stdout).toContain("8 files written");
    const one = await run(["export", "-f", "jsonl", "--table", "notes", "-o", "one", "-d", MINI], { cwd });
    expect(one.code).toBe(0);
    expect(readdirSync(join(cwd, "one"))).toEqual(["notes.jsonl"]);
  });

  it("writes a Data Package identical to what `claimset build` commits", async () => {
    const { folder } = await builtMini();
    const cwd = tempDir();
    const r = await run(["export", "--format", "datapackage", "--out", "pkg", "-d", MINI, "--json"], { cwd });
    expect(r.code).toBe(0);
    const written = JSON.parse(r.stdout).results.map((f: { path: string }) => f.path);
    expect(written).toContain("pkg/datapackage.json");
    for (const file of ["datapackage.json", "dataset.json", "data/mentions.csv", "data/claims.jsonl"]) {
      expect(readFileSync(join(cwd, "pkg", file), "utf8"), file).toBe(readFileSync(join(folder, file), "utf8"));
    }
    expect(readFileSync(join(cwd, "pkg", "article.txt"), "utf8")).toBe(readFileSync(join(MINI, "article.txt"), "utf8"));
    // The export is a package `verify` accepts: every hash in datapackage.json holds.
    const verified = await run(["verify", "pkg"], { cwd });
    expect(verified.code).toBe(0);
  });

  it("refuses to overwrite without --force, writing nothing at all", async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, "out"));
    writeFileSync(join(cwd, "out", "quotes.csv"), "keep me");
    const r = await run(["export", "--format", "csv", "--out", "out", "-d", MINI], { cwd });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("refusing to overwrite out/quotes.csv; pass --force to replace it");
    expect(readdirSync(join(cwd, "out"))).toEqual(["quotes.csv"]);
    expect(readFileSync(join(cwd, "out", "quotes.csv"), "utf8")).toBe("keep me");
    const forced = await run(["export", "--format", "csv", "--out", "out", "--force", "-d", MINI], { cwd });
    expect(forced.code).toBe(0);
    const printed = await run(["export", "--format", "csv", "--table", "quotes", "-d", MINI]);
    expect(readFileSync(join(cwd, "out", "quotes.csv"), "utf8")).toBe(printed.stdout);
    // No temporary files left beside the outputs.
    expect(readdirSync(join(cwd, "out")).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("refuses an --out outside the current folder or through a symlink", async () => {
    const cwd = tempDir();
    for (const out of ["../x", "a/../../x", tempDir()]) {
      const r = await run(["export", "--format", "markdown", "--out", out, "-d", MINI], { cwd });
      expect(r.code, out).toBe(3);
      expect(r.stderr).toContain("is outside");
    }
    const target = tempDir();
    symlinkSync(target, join(cwd, "link"));
    const linked = await run(["export", "--format", "markdown", "--out", "link", "-d", MINI], { cwd });
    expect(linked.code).toBe(3);
    expect(linked.stderr).toContain("is a symbolic link; refusing to write through it");
    expect(readdirSync(target)).toEqual([]);
    expect(existsSync(join(cwd, "..", "x"))).toBe(false);
  });

  it("names each single-document format's file", async () => {
    const cwd = tempDir();
    for (const [format, file] of [
      ["webannotation", "annotations.jsonld"],
      ["jsonld", "dataset.jsonld"],
      ["markdown", "dataset.md"],
    ] as const) {
      const r = await run(["export", "--format", format, "--out", "o", "-d", MINI], { cwd });
      expect(r.code).toBe(0);
      expect(existsSync(join(cwd, "o", file))).toBe(true);
    }
  });
});
