// `npm run bench`: generates the corpus, runs every suite, and writes
// BENCHMARKS.md at the repository root. BENCH_SIZES=1,10 runs a quick subset.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measureAll, readBudgets } from "./budgets/main.js";
import { DEFAULT_SEED, writeCorpus } from "./corpus/corpus.js";
import { renderReport } from "./report.js";
import { benchDraft } from "./suites/draft.js";
import { benchLoad, importOneTable, writePackages } from "./suites/load.js";
import { benchQueries, loadMerged } from "./suites/queries.js";
import { benchScale, nodeBaseline } from "./suites/scale.js";
import { benchValidation } from "./suites/validation.js";
import { benchViewer } from "./suites/viewer.js";
import { judge, type Results } from "./targets.js";

const benchDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(benchDir, "..");
const work = join(benchDir, ".corpus");
const sizes = (process.env.BENCH_SIZES ?? "1,10,100,1000").split(",").map(Number);
const log = (text: string) => process.stderr.write(`${text}\n`);
/** Fewer repetitions as the corpus grows, so that the whole run stays within minutes. */
const reps = (n: number, small: number, large: number) =>
  n >= 1000 ? large : n >= 100 ? Math.ceil((small + large) / 3) : small;

const started = performance.now();
mkdirSync(work, { recursive: true });
log(`generating ${Math.max(...sizes)} articles…`);
const corpus = writeCorpus(join(work, "articles"), Math.max(...sizes), DEFAULT_SEED);
const corpusSeconds = (performance.now() - started) / 1000;
log(`  ${corpusSeconds.toFixed(1)} s`);
const firstBytes = (n: number) => corpus.bytes.slice(0, n).reduce((a, b) => a + b, 0);

const results: Results = {
  validation: [],
  queries: [],
  load: [],
  table: { importMs: 0, loaded: [] },
  scale: [],
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
const packages = writePackages(corpus.files, join(work, "packages"));
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
log("web viewer, the seed and 20 times its size…");
results.viewer = await benchViewer(DEFAULT_SEED);
if (!results.viewer) log("  skipped: no Chromium");
if (process.env.BENCH_DRAFT !== "0") {
  log("drafter…");
  results.draft = await benchDraft(30, 300);
}
log("bundles…");
const budgets = readBudgets();
results.bundles = (await measureAll()).map((m) => ({
  name: m.name,
  gzip: m.gzip,
  budget: (m.budget ?? budgets.find((b) => b.name === m.name))?.gzip ?? null,
  problems: m.problems,
}));

const targets = judge(results);
const report = renderReport(
  results,
  targets,
  {
    command: "npm run bench",
    seed: DEFAULT_SEED,
    date: new Date().toISOString().slice(0, 10),
    totalSeconds: (performance.now() - started) / 1000,
    corpusSeconds,
  },
  readFileSync(join(benchDir, "notes.md"), "utf8"),
);
writeFileSync(join(root, "BENCHMARKS.md"), report);
writeFileSync(join(work, "results.json"), `${JSON.stringify({ results, targets }, null, 2)}\n`);
for (const t of targets) log(`${t.pass ? "pass" : "MISS"}  ${t.name}: ${t.measured} (limit ${t.limit})`);
log(`wrote BENCHMARKS.md in ${((performance.now() - started) / 1000).toFixed(0)} s`);
