import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCorpus, type ReadonlyDataset } from "@claimset/core";
import { DuckDBInstance } from "@duckdb/node-api";
import { claimsAbout, files, numbersByKind, quotedMost } from "corpus-sql/queries";
import { createRandom } from "../corpus/random.js";
import { measure } from "../measure.js";
import { cliBin, runCli } from "./scale.js";

export interface CorpusExportFigures {
  articles: number;
  bytes: number;
  /** `claimset validate <files>`: median wall time and peak memory. */
  validateMs: number;
  validatePeakMiB: number;
  /** `claimset export --format parquet --out <dir> <files>`: median wall time and peak memory. */
  exportMs: number;
  exportPeakMiB: number;
  /** Bytes of the Parquet files written. */
  parquetBytes: number;
  /** exportMs / validateMs. */
  vsValidate: number;
  /** The three cross-article DuckDB queries of examples/corpus-sql over the files: median ms each. */
  queries: { name: string; ms: number; rows: number }[];
}

export interface CorpusIndexFigures {
  articles: number;
  /** `createCorpus` plus the first lookup by Wikidata id (which builds the corpus-wide QID index). */
  buildMs: number;
  /** `quotesBy(qid)` with the index built: ms per lookup. */
  lookupMs: number;
  /** What a program without the corpus index does: every dataset's quotes, their speakers' Wikidata ids. */
  scanMs: number;
  speedup: number;
}

const folderBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );

function plainCount(value: unknown): number {
  return typeof value === "bigint" ? Number(value) : (value as number);
}

/**
 * `claimset validate` and `claimset export --format parquet` over the same
 * files in child processes (time and peak memory, `runs` runs each,
 * alternating), then the example's three DuckDB queries over the files.
 */
export async function benchCorpusExport(
  files_: readonly string[],
  bytes: number,
  runs: number,
  usageFile: string,
): Promise<CorpusExportFigures> {
  const out = mkdtempSync(join(tmpdir(), "claimset-bench-parquet-"));
  try {
    const validate: { ms: number; peakMiB: number }[] = [];
    const exported: { ms: number; peakMiB: number }[] = [];
    for (let i = 0; i < runs; i++) {
      validate.push(runCli([cliBin(), "validate", ...files_], usageFile));
      // The CLI writes only inside its working folder.
      exported.push(
        runCli([cliBin(), "export", "--format", "parquet", "--out", ".", "--force", ...files_], usageFile, out),
      );
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
    const validateMs = median(validate.map((r) => r.ms));
    const exportMs = median(exported.map((r) => r.ms));
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const from = files(out);
    const [first] = (
      await connection.runAndReadAll(`SELECT wikidata FROM ${from("entities")} WHERE wikidata IS NOT NULL LIMIT 1`)
    ).getRows();
    const qid = String(first?.[0]);
    const sql = {
      quotedMost: quotedMost(from),
      numbersByKind: numbersByKind(from),
      claimsAbout: claimsAbout(from),
    };
    // Timed here, not with measure(): each query is awaited, one at a time, 5 runs after a warm-up.
    const queries: CorpusExportFigures["queries"] = [];
    for (const [name, query] of Object.entries(sql)) {
      const params = name === "claimsAbout" ? { qid } : undefined;
      let count = (await connection.runAndReadAll(query, params)).currentRowCount;
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        count = (await connection.runAndReadAll(query, params)).currentRowCount;
        times.push(performance.now() - start);
      }
      queries.push({ name, ms: median(times), rows: plainCount(count) });
    }
    return {
      articles: files_.length,
      bytes,
      validateMs,
      validatePeakMiB: Math.max(...validate.map((r) => r.peakMiB)),
      exportMs,
      exportPeakMiB: Math.max(...exported.map((r) => r.peakMiB)),
      parquetBytes: folderBytes(out),
      vsValidate: exportMs / validateMs,
      queries,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The linear answer to "quotes by the entity with this Wikidata id", over every dataset. */
function scanQuotesBy(datasets: readonly ReadonlyDataset[], qid: string): number {
  let hits = 0;
  for (const d of datasets) {
    const ids = new Set(d.entities.filter((e) => e.wikidata === qid).map((e) => e.id));
    if (ids.size === 0) continue;
    for (const q of d.quotes) if (q.speaker !== null && ids.has(q.speaker)) hits++;
  }
  return hits;
}

/** `createCorpus` over parsed datasets: build, then 200 seeded lookups by Wikidata id against the scan. */
export async function benchCorpusIndex(files_: readonly string[], reps: number): Promise<CorpusIndexFigures> {
  const datasets = files_.map((f) => JSON.parse(readFileSync(f, "utf8")) as ReadonlyDataset);
  const qids = datasets.flatMap((d) => d.entities.flatMap((e) => (e.wikidata ? [e.wikidata] : [])));
  const random = createRandom(7);
  const keys = Array.from({ length: 200 }, () => random.pick(qids));
  const built = createCorpus(datasets);
  // Same answers first.
  for (const qid of keys.slice(0, 20)) {
    if (built.quotesBy(qid).length !== scanQuotesBy(datasets, qid))
      throw new Error(`quotesBy(${qid}) differs from the scan`);
  }
  let sink = 0;
  const timings = await measure(
    {
      build: () => {
        sink += createCorpus(datasets).quotesBy(keys[0]!).length;
      },
      lookup: () => {
        for (const qid of keys) sink += built.quotesBy(qid).length;
      },
      scan: () => {
        for (const qid of keys.slice(0, 5)) sink += scanQuotesBy(datasets, qid);
      },
    },
    { iterations: reps },
  );
  if (sink < 0) throw new Error("unreachable");
  const lookupMs = timings.lookup!.ms / keys.length;
  const scanMs = timings.scan!.ms / 5;
  return { articles: files_.length, buildMs: timings.build!.ms, lookupMs, scanMs, speedup: scanMs / lookupMs };
}
