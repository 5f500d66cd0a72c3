import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { FileSafetyError } from "../errors/errors.js";
import { FLAT_TABLE_NAMES, type FlatTableName } from "../export/flat/flat-tables.generated.js";
import { createParquetTableWriter, type ParquetTableWriter } from "../export/parquet/writer.js";
import type { ReadonlyDataset } from "../query/types.js";
import { resolveInside } from "./files.js";

export interface ParquetExportOptions {
  /**
   * Hive-style partitions: `<table>/dataset=<id>/part-0.parquet`, one file
   * per table and dataset, without the `dataset` column (the folder name
   * carries it). Default false: one file per table, `<table>.parquet`, with
   * a `dataset` column.
   */
  partitionByDataset?: boolean;
  /** The tables to write. Default every flat table. */
  tables?: readonly FlatTableName[];
  /** Most rows per row group (unpartitioned files). Default 100,000. */
  rowGroupSize?: number;
  /** Most bytes of values per row group (unpartitioned files), so that long texts bound memory too. Default 8 MiB. */
  rowGroupBytes?: number;
  /** Replace existing files. Without it, nothing is written when any file exists. */
  force?: boolean;
}

/** A Parquet file written, relative to the output folder. */
export interface ParquetFile {
  readonly path: string;
  readonly table: FlatTableName;
  readonly rows: number;
  readonly bytes: number;
}

/** A file written to a temporary name beside its target, renamed over it once the whole export is written. */
interface PendingFile {
  readonly path: string;
  readonly full: string;
  readonly temp: string;
  readonly fd: number;
  bytes: number;
  closed: boolean;
}

const exists = (path: string) => {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
};

/**
 * Writes datasets as Parquet tables (entities, mentions, quotes,
 * quote_spans, claims, notes, sources, retired), reading `datasets` one at
 * a time: pass a generator that loads each dataset when asked, and the
 * corpus is never in memory, only one row group per table. Files are
 * written under temporary names and renamed into place at the end, so a
 * failure (a bad dataset, a duplicate id, an existing file) leaves nothing
 * half-written. The schema of each table is
 * `@claimset/core/parquet/<table>.schema.json`.
 */
export async function writeParquetTables(
  datasets: Iterable<ReadonlyDataset> | AsyncIterable<ReadonlyDataset>,
  outDir: string,
  options: ParquetExportOptions = {},
): Promise<ParquetFile[]> {
  const hyparquet = await import("hyparquet-writer");
  const tables = options.tables ?? FLAT_TABLE_NAMES;
  const force = options.force === true;
  const pending: PendingFile[] = [];
  const open = (path: string): PendingFile => {
    const full = resolveInside(outDir, path);
    if (!force && exists(full)) {
      throw new FileSafetyError(`${full} already exists`, {
        file: full,
        rule: "exists",
        hint: "pass --force to overwrite it",
      });
    }
    mkdirSync(dirname(full), { recursive: true });
    const temp = join(dirname(full), `.${randomBytes(6).toString("hex")}.tmp`);
    const file = { path, full, temp, fd: openSync(temp, "wx"), bytes: 0, closed: false };
    pending.push(file);
    return file;
  };
  const sinkOf = (file: PendingFile) => (bytes: Uint8Array) => {
    let done = 0;
    while (done < bytes.length) done += writeSync(file.fd, bytes, done, bytes.length - done);
    file.bytes += bytes.length;
  };
  const results: { file: PendingFile; table: FlatTableName; writer: ParquetTableWriter }[] = [];
  const finished: ParquetFile[] = [];
  const finish = (entry: (typeof results)[number]) => {
    const rows = entry.writer.finish();
    fsyncSync(entry.file.fd);
    closeSync(entry.file.fd);
    entry.file.closed = true;
    finished.push({ path: entry.file.path, table: entry.table, rows, bytes: entry.file.bytes });
  };
  try {
    const partitioned = options.partitionByDataset === true;
    if (!partitioned) {
      for (const table of tables) {
        const file = open(`${table}.parquet`);
        const writerOptions = {
          ...(options.rowGroupSize === undefined ? {} : { rowGroupSize: options.rowGroupSize }),
          ...(options.rowGroupBytes === undefined ? {} : { rowGroupBytes: options.rowGroupBytes }),
        };
        results.push({ file, table, writer: createParquetTableWriter(hyparquet, table, sinkOf(file), writerOptions) });
      }
    }
    const seen = new Set<string>();
    for await (const dataset of datasets) {
      if (seen.has(dataset.id)) {
        throw new FileSafetyError(`two datasets have the id ${JSON.stringify(dataset.id)}; a corpus needs each once`, {
          rule: "duplicate-dataset",
          hint: "export each version of an article separately, or give the copy its own id",
        });
      }
      seen.add(dataset.id);
      if (partitioned) {
        for (const table of tables) {
          const file = open(`${table}/dataset=${dataset.id}/part-0.parquet`);
          const entry = {
            file,
            table,
            writer: createParquetTableWriter(hyparquet, table, sinkOf(file), { withoutDataset: true }),
          };
          entry.writer.append(dataset);
          finish(entry);
        }
      } else {
        for (const { writer } of results) writer.append(dataset);
      }
    }
    for (const entry of results) finish(entry);
  } catch (error) {
    for (const file of pending) {
      if (!file.closed) closeSync(file.fd);
      rmSync(file.temp, { force: true });
    }
    throw error;
  }
  for (const file of pending) renameSync(file.temp, file.full);
  return finished;
}
