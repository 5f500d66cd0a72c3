import type { ReadonlyDataset } from "../../query/types.js";
import { FLAT_LAYOUT_VERSION, type FlatTableName } from "../flat/flat-tables.generated.js";
import { eachFlatRow, flatTable } from "../flat/rows.js";
import type { FlatColumn, FlatTable } from "../flat/types.js";
import { parquetSchema } from "./schema.js";

/** Receives a Parquet file's bytes in order, a row group at a time. The array is only valid during the call. */
export type ParquetSink = (bytes: Uint8Array) => void;

export interface ParquetTableOptions {
  /** Most rows per row group: rows are buffered until there are this many, then encoded and handed to the sink. Default 100,000. */
  rowGroupSize?: number;
  /**
   * Most bytes of values per row group (strings counted as UTF-16, with a
   * per-value overhead): whichever of the two limits comes first closes the
   * row group, so a table of long texts (sources, notes) holds no more
   * memory than one of short ones. Default 8 MiB.
   */
  rowGroupBytes?: number;
  /** Leave the `dataset` column out (a Hive partition `dataset=<id>/` carries it, and Spark refuses it twice). Default false. */
  withoutDataset?: boolean;
}

/** Writes one flat table as one Parquet file, a dataset at a time, holding at most one row group of rows. */
export interface ParquetTableWriter {
  readonly table: FlatTableName;
  /** Adds the dataset's rows of the table; writes a row group whenever enough rows are buffered. */
  append(dataset: ReadonlyDataset): void;
  /** Writes the buffered rows and the footer. Returns the number of rows written. */
  finish(): number;
}

type HyparquetWriter = typeof import("hyparquet-writer");

/** The flat table a Parquet file holds: every column, or every column but `dataset`. */
export function parquetTable(name: FlatTableName, withoutDataset = false): FlatTable {
  const table = flatTable(name);
  return withoutDataset ? { ...table, columns: table.columns.filter((c) => c.value.kind !== "dataset") } : table;
}

const INT32 = 2 ** 31;

/** A column buffer that checks each value as it is added, so that a bad value is reported with its place. */
function columnBuffer(column: FlatColumn): { values: unknown[]; push(value: unknown, where: () => string): void } {
  const values: unknown[] = [];
  const fail = (value: unknown, where: () => string, expected: string) => {
    throw new RangeError(`${where()}, column ${column.name}: expected ${expected}, found ${JSON.stringify(value)}`);
  };
  const check = (value: unknown, where: () => string) => {
    if (value === null) {
      if (!column.nullable) fail(value, where, "a value (the column is not nullable)");
      return;
    }
    switch (column.type) {
      case "integer":
        if (!Number.isInteger(value) || (value as number) < -INT32 || (value as number) >= INT32) {
          fail(value, where, "an integer that fits 32 bits");
        }
        return;
      case "number":
        if (typeof value !== "number") fail(value, where, "a number");
        return;
      case "boolean":
        if (typeof value !== "boolean") fail(value, where, "true or false");
        return;
      case "string":
        if (typeof value !== "string") fail(value, where, "a string");
        return;
      case "string-list":
        if (!Array.isArray(value)) fail(value, where, "a list of strings");
        return;
    }
  };
  return {
    values,
    push(value, where) {
      check(value, where);
      values.push(value);
    },
  };
}

/**
 * Creates a writer of one flat table as Parquet, streaming: rows are
 * buffered up to `rowGroupSize` rows or `rowGroupBytes`, then encoded as one
 * row group (dictionary and snappy, by hyparquet-writer) and handed to
 * `sink`, so memory holds one row group whatever the size of the corpus. Load `hyparquet-writer` first
 * (`await import("hyparquet-writer")`): it is an ES module only.
 */
export function createParquetTableWriter(
  hyparquet: HyparquetWriter,
  name: FlatTableName,
  sink: ParquetSink,
  options: ParquetTableOptions = {},
): ParquetTableWriter {
  const table = parquetTable(name, options.withoutDataset === true);
  const rowGroupSize = options.rowGroupSize ?? 100_000;
  const rowGroupBytes = options.rowGroupBytes ?? 8 * 2 ** 20;
  const all = flatTable(name).columns;
  const keep = all.map((c) => table.columns.includes(c));
  const output = new hyparquet.ByteWriter(1 << 20);
  const flushBytes = () => {
    if (output.index > 0) sink(new Uint8Array(output.buffer, 0, output.index));
    output.index = 0;
  };
  Object.assign(output, { flush: flushBytes, finish: flushBytes });
  const writer = new hyparquet.ParquetWriter({
    writer: output,
    // The schema elements are the Parquet format's own (see schema.ts); hyparquet's types name the same fields.
    schema: parquetSchema(table) as never,
    statistics: true,
    // Whole ids in the min/max statistics (ids are at most 120 characters): row groups are written
    // dataset by dataset, so an engine can skip every row group of the other datasets.
    statisticsTruncateLength: 128,
    kvMetadata: [
      { key: "claimset.table", value: name },
      { key: "claimset.layout", value: FLAT_LAYOUT_VERSION },
    ],
    createdBy: "claimset (hyparquet-writer)",
  });
  let buffers = table.columns.map(columnBuffer);
  let buffered = 0;
  let bufferedBytes = 0;
  let written = 0;
  const writeGroup = () => {
    if (buffered === 0) return;
    const columnData = table.columns.map((c, i) => ({ name: c.name, data: buffers[i]!.values as never }));
    writer.write({ columnData, rowGroupSize: buffered });
    written += buffered;
    buffered = 0;
    bufferedBytes = 0;
    buffers = table.columns.map(columnBuffer);
  };
  return {
    table: name,
    append(dataset) {
      let n = 0;
      const where = () => `${name} of ${dataset.id}, row ${n}`;
      eachFlatRow(dataset, name, (row) => {
        n++;
        let j = 0;
        for (let i = 0; i < row.length; i++) {
          if (!keep[i]) continue;
          const value = row[i];
          buffers[j++]!.push(value, where);
          // An estimate of what the value holds in memory: enough to bound the buffer, cheap to keep.
          bufferedBytes +=
            typeof value === "string" ? 16 + 2 * value.length : Array.isArray(value) ? 16 + 32 * value.length : 8;
        }
        if (++buffered >= rowGroupSize || bufferedBytes >= rowGroupBytes) writeGroup();
      });
    },
    finish() {
      writeGroup();
      writer.finish();
      return written;
    },
  };
}
