// `npm run bench`: generates the corpus, runs every suite, and writes
// BENCHMARKS.md at the repository root. BENCH_SIZES=1,10 runs a quick subset.
// `npm run bench:render` rewrites BENCHMARKS.md from the last run's
// results (bench/.corpus/results.json) and the current notes, measuring nothing.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureAll, readBudgets } from "./budgets/main.js";
import { DEFAULT_SEED, writeCorpus } from "./corpus/corpus.js";
import { type RunInfo, renderReport } from "./report.js";
import { benchCorpusExport, benchCorpusIndex } from "./suites/corpus.js";
import { benchDraft } from "./suites/draft.js";
import { benchLoad, importOneTable, writePackages } from "./suites/load.js";
import { benchQueries, loadMerged } from "./suites/queries.js";
import { benchScale, nodeBaseline } from "./suites/scale.js";
import { benchStartup } from "./suites/startup.js";
import { benchValidation } from "./suites/validation.js";
import { benchViewer } from "./suites/viewer.js";
import { judge, type Results, type Target } from "./targets.js";

const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(benchDir, "..");
const work = join(benchDir, ".corpus");
const sizes = (process.env.BENCH_SIZES ?? "1,10,100,1000").split(",").map(Number);
// The corpus suites (Parquet export, DuckDB, createCorpus): BENCH_CORPUS_SIZES=100,1000 runs a quick subset.
const corpusSizes = (process.env.BENCH_CORPUS_SIZES ?? "1000,10000").split(",").map(Number);
const indexSizes = (process.env.BENCH_INDEX_SIZES ?? "1000,10000").split(",").map(Number);
const log = (text: string) => process.stderr.write(`${text}\n`);
/** Fewer repetitions as the corpus grows, so that the whole run stays within minutes. */
const reps = (n: number, small: number, large: number) =>
  n >= 1000 ? large : n >= 100 ? Math.ceil((small + large) / 3) : small;

if (process.argv.includes("--render")) {
  const last = JSON.parse(readFileSync(join(work, "results.json"), "utf8")) as { results: Results; info: RunInfo };
  writeReport(last.results, last.info);
  process.exit(0);
}

function writeReport(results: Results, info: RunInfo): Target[] {
  const targets = judge(results);
  const report = renderReport(results, targets, info, readFileSync(join(benchDir, "notes.md"), "utf8"));
  writeFileSync(join(root, "BENCHMARKS.md"), report);
  writeFileSync(join(work, "results.json"), `${JSON.stringify({ results, targets, info }, null, 2)}\n`);
  return targets;
}

const started = performance.now();
mkdirSync(work, { recursive: true });
const articles = Math.max(...sizes, ...corpusSizes, ...indexSizes);
log(`generating ${articles} articles…`);
const corpus = writeCorpus(join(work, "articles"), articles, DEFAULT_SEED);
const corpusSeconds = (performance.now() - started) / 1000;
log(`  ${corpusSeconds.toFixed(1)} s`);
const firstBytes = (n: number) => corpus.bytes.slice(0, n).reduce((a, b) => a + b, 0);

const results: Results = {
  validation: [],
  queries: [],
  load: [],
  table: { importMs: 0, loaded: [] },
  scale: [],
  corpusExport: [],
  corpusIndex: [],
  bundles: [],
  viewer: null,
};

for (const n of sizes) {
  log(`validation, ${n} articles…`);
  results.validation.push(await benchValidation(corpus.files.slice(0, n), reps(n, 30, 3)));
}
for (const n of sizes) {
  log(`queries, ${n} articles…`);
  results.queries.push(...(await benchQueries(loadMerged(corpus.files.slice(0, n)), n, reps(n, 20, 3))));
}
log("writing dataset packages…");
const packages = writePackages(corpus.files.slice(0, Math.max(...sizes)), join(work, "packages"));
for (const n of sizes) {
  log(`load, ${n} articles…`);
  results.load.push(benchLoad(packages.slice(0, n), join(work, "packages.json"), reps(n, 5, 2)));
}
results.table = importOneTable(packages[0]!);
const usage = join(work, "usage.json");
const floor = nodeBaseline(usage);
log(`an empty node process: ${floor.ms.toFixed(0)} ms, ${floor.peakMiB.toFixed(0)} MiB`);
for (const n of sizes) {
  log(`claimset validate, ${n} articles…`);
  results.scale.push(benchScale(corpus.files.slice(0, n), firstBytes(n), reps(n, 3, 2), usage));
}
if (process.env.BENCH_STARTUP !== "0") {
  log("claimset startup, against node -e 0…");
  results.startup = benchStartup(Number(process.env.BENCH_STARTUP_RUNS ?? 11));
}
log("web viewer, the seed and 20 times its size…");
results.viewer = await benchViewer(DEFAULT_SEED);
if (!results.viewer) log("  skipped: no Chromium");
if (process.env.BENCH_DRAFT !== "0") {
  log("drafter…");
  results.draft = await benchDraft(30, 300);
}
for (const n of corpusSizes) {
  log(`claimset export --format parquet and DuckDB, ${n} articles…`);
  results.corpusExport.push(
    await benchCorpusExport(corpus.files.slice(0, n), firstBytes(n), n >= 10000 ? 1 : 2, usage),
  );
}
for (const n of indexSizes) {
  log(`createCorpus, ${n} articles…`);
  results.corpusIndex.push(await benchCorpusIndex(corpus.files.slice(0, n), n >= 10000 ? 3 : 5));
}
// The generated articles take gigabytes at 10,000: they go as soon as every suite has read them.
rmSync(join(work, "articles"), { recursive: true, force: true });
log("bundles…");
const budgets = readBudgets();
results.bundles = (await measureAll()).map((m) => ({
  name: m.name,
  gzip: m.gzip,
  budget: (m.budget ?? budgets.find((b) => b.name === m.name))?.gzip ?? null,
  problems: m.problems,
}));

const targets = writeReport(results, {
  command: "npm run bench",
  seed: DEFAULT_SEED,
  date: new Date().toISOString().slice(0, 10),
  totalSeconds: (performance.now() - started) / 1000,
  corpusSeconds,
});
for (const t of targets) log(`${t.pass ? "pass" : "MISS"}  ${t.name}: ${t.measured} (limit ${t.limit})`);
log(`wrote BENCHMARKS.md in ${((performance.now() - started) / 1000).toFixed(0)} s`);
