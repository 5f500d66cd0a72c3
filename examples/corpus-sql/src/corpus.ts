import { createRequire } from "node:module";
import type { ReadonlyDataset } from "@claimset/core";
import { readDatasetFile, writeParquetTables } from "@claimset/core/node";
import { DuckDBInstance } from "@duckdb/node-api";

const require = createRequire(import.meta.url);

/** The dataset packages this project depends on, each read from its `dataset.json`, one at a time. */
export function* installedDatasets(): Generator<ReadonlyDataset> {
  const pkg = require("../package.json") as { dependencies: Record<string, string> };
  for (const name of Object.keys(pkg.dependencies).filter((n) => n.startsWith("@claimset/dataset-"))) {
    yield readDatasetFile(require.resolve(`${name}/dataset.json`));
  }
}

/** Writes datasets as Parquet into `dir` (one file per table, or Hive partitions). */
export async function exportCorpus(
  datasets: Iterable<ReadonlyDataset>,
  dir: string,
  partitionByDataset = false,
): Promise<void> {
  await writeParquetTables(datasets, dir, { partitionByDataset, force: true });
}

/** Plain JSON values from DuckDB's: lists as arrays, 64-bit counts as numbers. */
function plain(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    if ("items" in value) return plain((value as { items: unknown[] }).items);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  }
  return value;
}

export type Row = Record<string, unknown>;

/** An in-memory DuckDB that runs a query with named parameters and gives plain rows. */
export async function openDuckDb(): Promise<{ query(sql: string, params?: Record<string, string>): Promise<Row[]> }> {
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  return {
    async query(sql, params) {
      const reader = await connection.runAndReadAll(sql, params);
      return plain(reader.getRowObjects()) as Row[];
    },
  };
}
