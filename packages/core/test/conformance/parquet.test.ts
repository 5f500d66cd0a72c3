// The Parquet export read back by two readers that share no code with the
// writer (hyparquet-writer): DuckDB (C++) and parquet-wasm (the Rust
// arrow-rs reader) through apache-arrow. Over every dataset of the
// repository, the authoring fixture, the query fixture (a flag and an emoji
// before every span) and generated datasets: the same rows as the flat
// tables, the datasets rebuilt exactly from them, code point offsets that
// DuckDB's substring cuts to the span text, the committed schema files
// matched exactly, and a Hive layout DuckDB reads as partitions.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import { DuckDBInstance } from "@duckdb/node-api";
import { tableFromIPC } from "apache-arrow";
import * as parquetWasm from "parquet-wasm/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLAT_TABLE_NAMES } from "../../src/export/flat/flat-tables.generated.js";
import { datasetsFromFlatRows, type FlatRow, flatRows, flatTable } from "../../src/export/flat/rows.js";
import { createParquetTableWriter } from "../../src/export/parquet/writer.js";
import { writeParquetTables } from "../../src/node/parquet.js";
import { buildFixture } from "../../src/query/fixture.test-helper.js";
import { allDatasets } from "./datasets.js";

const require = createRequire(import.meta.url);
const datasets: Dataset[] = [...allDatasets().map((d) => d.dataset), buildFixture()];
const work = mkdtempSync(join(tmpdir(), "claimset-parquet-"));
const flat = join(work, "flat");
const hive = join(work, "hive");
let duck: Awaited<ReturnType<Awaited<ReturnType<typeof DuckDBInstance.create>>["connect"]>>;

/** Rows as plain JSON values (DuckDB gives lists as { items }, and 64-bit counts as bigint). */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    if ("items" in value && Object.keys(value).length === 1) return plain((value as { items: unknown[] }).items);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

async function sql(query: string): Promise<Record<string, unknown>[]> {
  const reader = await duck.runAndReadAll(query);
  return plain(reader.getRowObjects()) as Record<string, unknown>[];
}

// JavaScript's TextDecoder drops a leading U+FEFF, and both readers' JavaScript sides decode
// strings with it; the files keep it (checked in SQL below). So DuckDB hands strings over as
// bytes, decoded here with the BOM kept, and the arrow rows are compared with it dropped on both sides.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true, fatal: true });

/** Every row of a flat table's file, as DuckDB reads it, strings exactly. */
async function readTable(table: (typeof FLAT_TABLE_NAMES)[number], from: string): Promise<FlatRow[]> {
  const select = flatTable(table)
    .columns.map((c) =>
      c.type === "string"
        ? `encode("${c.name}") AS "${c.name}"`
        : c.type === "string-list"
          ? `list_transform("${c.name}", x -> encode(x)) AS "${c.name}"`
          : `"${c.name}"`,
    )
    .join(", ");
  const reader = await duck.runAndReadAll(`SELECT ${select} FROM ${from}`);
  const decode = (v: unknown): unknown => {
    if (v && typeof v === "object" && "bytes" in v) return utf8.decode((v as { bytes: Uint8Array }).bytes);
    if (v && typeof v === "object" && "items" in v) return (v as { items: unknown[] }).items.map(decode);
    return typeof v === "bigint" ? Number(v) : v;
  };
  return reader
    .getRowObjects()
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, decode(v)])) as FlatRow);
}

const dropBom = (value: unknown): unknown =>
  typeof value === "string"
    ? value.replace(/^\uFEFF/, "")
    : Array.isArray(value)
      ? value.map(dropBom)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, dropBom(v)]))
        : value;

const expected = (table: (typeof FLAT_TABLE_NAMES)[number]) =>
  JSON.parse(JSON.stringify(datasets.flatMap((d) => flatRows(d, table)))) as FlatRow[];

beforeAll(async () => {
  // Each dataset handed over one at a time, from a generator, as a corpus on disk would be.
  function* oneByOne() {
    yield* datasets;
  }
  await writeParquetTables(oneByOne(), flat, { rowGroupSize: 100 });
  await writeParquetTables(datasets, hive, { partitionByDataset: true });
  duck = await (await DuckDBInstance.create(":memory:")).connect();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("read back by DuckDB", () => {
  it.each(FLAT_TABLE_NAMES)("%s: the same rows, in order, as the flat table", async (table) => {
    const rows = await readTable(table, `'${join(flat, `${table}.parquet`)}'`);
    expect(rows.length).toBe(expected(table).length);
    expect(rows).toEqual(expected(table));
  });

  it("gives back every dataset exactly, records and spans as in dataset.json", async () => {
    const tables: Record<string, FlatRow[]> = {};
    for (const table of FLAT_TABLE_NAMES) {
      tables[table] = await readTable(table, `'${join(flat, `${table}.parquet`)}'`);
    }
    expect(datasetsFromFlatRows(tables)).toEqual(JSON.parse(JSON.stringify(datasets)));
  });

  it("cuts every span's text with substring(text, start_cp + 1, end_cp - start_cp), in every table", async () => {
    let checked = 0;
    for (const table of FLAT_TABLE_NAMES) {
      const starts = flatTable(table).columns.filter((c) => c.name.endsWith("start_cp"));
      for (const start of starts) {
        const prefix = start.name.slice(0, -"start_cp".length);
        const [row] = await sql(`
          SELECT count(*) AS spans,
                 count(*) FILTER (WHERE substring(s.text, t.${prefix}start_cp + 1, t.${prefix}end_cp - t.${prefix}start_cp) = t.${prefix}text) AS exact,
                 count(*) FILTER (WHERE t.${prefix}start_cp <> t.${prefix}start) AS shifted
          FROM '${join(flat, `${table}.parquet`)}' t JOIN '${join(flat, "sources.parquet")}' s USING (dataset)
          WHERE t.${prefix}start_cp IS NOT NULL`);
        expect(row!.exact, `${table}.${prefix}`).toBe(row!.spans);
        checked += row!.spans as number;
      }
    }
    // The query fixture puts astral characters before every span, so code points and UTF-16 units differ there.
    const [shifted] = await sql(
      `SELECT count(*) AS n FROM '${join(flat, "mentions.parquet")}' WHERE dataset = 'fixture-parade' AND span_start_cp < span_start`,
    );
    expect(shifted!.n).toBe(buildFixture().entities.flatMap((e) => e.mentions).length);
    const spans = FLAT_TABLE_NAMES.flatMap((t) =>
      expected(t).flatMap((row) => Object.keys(row).filter((k) => k.endsWith("start_cp") && row[k] !== null)),
    );
    expect(checked).toBe(spans.length);
  });

  it("counts per dataset match each dataset.json", async () => {
    const counts = await sql(`
      SELECT dataset, count(*) AS n FROM '${join(flat, "mentions.parquet")}' GROUP BY dataset ORDER BY dataset`);
    const byDataset = Object.fromEntries(counts.map((r) => [r.dataset, r.n]));
    for (const d of datasets) {
      expect(byDataset[d.id] ?? 0, d.id).toBe(d.entities.reduce((n, e) => n + e.mentions.length, 0));
    }
  });

  it("reads the Hive layout as partitions: dataset=<id>/ becomes the dataset column", async () => {
    for (const table of ["mentions", "claims", "sources"] as const) {
      const rows = await readTable(
        table,
        `read_parquet('${join(hive, table)}/*/*.parquet', hive_partitioning = true, file_row_number = true) ORDER BY dataset, file_row_number`,
      );
      // Sorted by dataset, stably: rows within a dataset keep their order.
      const order = datasets.map((d) => d.id).sort();
      const want = order.flatMap((id) => expected(table).filter((r) => r.dataset === id));
      expect(rows.length, table).toBe(want.length);
      expect(rows).toEqual(want);
    }
    const dirs = readdirSync(join(hive, "mentions")).sort();
    expect(dirs).toEqual(datasets.map((d) => `dataset=${d.id}`).sort());
    const [columns] = await sql(
      `SELECT count(*) AS n FROM parquet_schema('${join(hive, "mentions", `dataset=${datasets[0]!.id}`, "part-0.parquet")}') WHERE name = 'dataset'`,
    );
    expect(columns!.n).toBe(0);
  });
});

describe("read back by parquet-wasm (arrow-rs) and apache-arrow", () => {
  it.each(FLAT_TABLE_NAMES)("%s: the same rows", (table) => {
    const bytes = readFileSync(join(flat, `${table}.parquet`));
    const arrow = tableFromIPC(parquetWasm.readParquet(bytes).intoIPCStream());
    const rows = arrow.toArray().map((row) => {
      const object = row.toJSON() as Record<string, unknown>;
      for (const [k, v] of Object.entries(object)) {
        if (v && typeof v === "object" && "toArray" in v) object[k] = [...(v as { toArray(): unknown[] }).toArray()];
      }
      return object;
    });
    expect(dropBom(rows)).toEqual(dropBom(expected(table)));
  });

  it("keeps a leading U+FEFF, which JavaScript's decoders drop: the file has it (DuckDB counts it)", async () => {
    const withBom = datasets.filter((d) => d.source.text.startsWith("\uFEFF")).map((d) => d.id);
    expect(withBom.length).toBeGreaterThan(0);
    const rows = await sql(
      `SELECT dataset FROM '${join(flat, "sources.parquet")}' WHERE unicode(text) = 65279 ORDER BY dataset`,
    );
    expect(rows.map((r) => r.dataset)).toEqual(withBom.sort());
  });
});

describe("the Parquet schema contract (json/parquet/<table>.schema.json)", () => {
  const contract = (table: string) =>
    JSON.parse(readFileSync(join(import.meta.dirname, "../../json/parquet", `${table}.schema.json`), "utf8"));
  const hyparquet = require("hyparquet") as typeof import("hyparquet");

  it.each(FLAT_TABLE_NAMES)("%s: the file's schema is exactly the committed one", async (table) => {
    const file = join(flat, `${table}.parquet`);
    const bytes = readFileSync(file);
    const meta = hyparquet.parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    const keys = ["name", "type", "repetition_type", "converted_type", "num_children"] as const;
    const pick = (e: Record<string, unknown>) =>
      Object.fromEntries(keys.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]));
    expect(meta.schema.map((e) => pick(e as never))).toEqual(contract(table).parquet.map(pick));
    expect(meta.schema.map((e) => e.logical_type?.type ?? null)).toEqual(
      contract(table).parquet.map((e: { logical_type?: { type: string } }) => e.logical_type?.type ?? null),
    );
    expect(meta.key_value_metadata).toEqual(
      expect.arrayContaining([{ key: "claimset.layout", value: contract(table).layoutVersion }]),
    );
    // DuckDB sees the same columns, types and nullability.
    const duckSchema = await sql(`SELECT name, type, repetition_type, converted_type FROM parquet_schema('${file}')`);
    expect(duckSchema.map((r) => r.name)).toEqual(contract(table).parquet.map((e: { name: string }) => e.name));
  });

  it("uses only standard Parquet types that Spark, Trino and BigQuery read", () => {
    for (const table of FLAT_TABLE_NAMES) {
      for (const element of contract(table).parquet as { type?: string; logical_type?: { type: string } }[]) {
        if (element.type) expect(["BYTE_ARRAY", "INT32", "DOUBLE", "BOOLEAN"]).toContain(element.type);
        if (element.logical_type) expect(["STRING", "LIST"]).toContain(element.logical_type.type);
      }
    }
  });
});

describe("streaming", () => {
  it("hands a row group to the sink as soon as it is full, before the file is finished", async () => {
    const hyparquet = await import("hyparquet-writer");
    const chunks: number[] = [];
    const writer = createParquetTableWriter(hyparquet, "mentions", (bytes) => chunks.push(bytes.length), {
      rowGroupSize: 100,
    });
    const seed = datasets[0]!;
    writer.append(seed);
    const beforeFinish = chunks.length;
    expect(writer.finish()).toBe(seed.entities.reduce((n, e) => n + e.mentions.length, 0));
    // 4 bytes of magic, then one chunk per row group of 100 rows.
    expect(beforeFinish).toBeGreaterThanOrEqual(Math.floor(seed.entities.flatMap((e) => e.mentions).length / 100));
  });

  it("closes a row group at the byte budget too, so long texts hold no more memory than short ones", async () => {
    const hyparquet = await import("hyparquet-writer");
    let chunks = 0;
    const writer = createParquetTableWriter(hyparquet, "sources", () => chunks++, { rowGroupBytes: 1 });
    for (const d of datasets.slice(0, 5)) writer.append(d);
    // One row group per dataset went out (the first with the magic bytes) before the footer.
    expect(chunks).toBe(5);
    expect(writer.finish()).toBe(5);
  });

  it("writes several row groups into one file", async () => {
    const [meta] = await sql(
      `SELECT count(DISTINCT row_group_id) AS groups FROM parquet_metadata('${join(flat, "mentions.parquet")}')`,
    );
    expect(meta!.groups).toBeGreaterThan(1);
  });

  it("writes nothing when it fails half way: a repeated dataset id leaves the folder empty", async () => {
    const out = join(work, "refused");
    await expect(writeParquetTables([datasets[0]!, datasets[1]!, datasets[0]!], out)).rejects.toThrow(
      /two datasets have the id/,
    );
    expect(readdirSync(out)).toEqual([]);
    await writeParquetTables([datasets[0]!], out);
    await expect(writeParquetTables([datasets[0]!], out)).rejects.toThrow(/already exists; pass --force/);
  });
});
