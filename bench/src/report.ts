import { cpus, totalmem } from "node:os";
import type { Results, Target } from "./targets.js";

export interface RunInfo {
  command: string;
  seed: number;
  date: string;
  totalSeconds: number;
  corpusSeconds: number;
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toPrecision(2));
const ratio = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB memory, Node ${process.version} (${process.platform} ${process.arch})`;
}

const p3 = (n: number | null) => (n === null ? "–" : n.toFixed(3));

/** The drafter's section: speed, and its scores against the seed dataset under both matchings. */
function draftSection(d: NonNullable<Results["draft"]>): string[] {
  const r = d.report;
  const row = (
    name: string,
    x: { exact: import("@claimset/core/eval").Prf; overlap: import("@claimset/core/eval").Prf },
  ) =>
    `| ${name} | ${x.overlap.tp + x.overlap.fn} | ${x.overlap.tp + x.overlap.fp} | ${p3(x.exact.precision)} / ${p3(x.exact.recall)} / ${p3(x.exact.f1)} | ${p3(x.overlap.precision)} / ${p3(x.overlap.recall)} / ${p3(x.overlap.f1)} |`;
  const acc = (name: string, a: import("@claimset/core/eval").Accuracy) =>
    `| ${name} | ${p3(a.accuracy)} | ${a.correct}/${a.total} |`;
  return [
    "## Drafter",
    "",
    `\`draft(text)\` from \`@claimset/draft\` in this process (one core), on the seed article (${d.units} UTF-16 units) and on its text repeated 2, 4 and 8 times; then \`evaluateDatasets\` (the report of \`claimset eval\`) of the seed's draft against the published seed dataset. The drafter never reads that dataset: it sees the article text only.`,
    "",
    `CPU time per draft of the seed article, over 40 runs: ${ms(d.cpuMs)} ms (the process's user and system time, which includes the garbage collector's threads; the wall times below are medians and grow with the machine's load).`,
    "",
    "| text | UTF-16 units | draft (ms) | time per unit vs 1× |",
    "| --- | ---: | ---: | ---: |",
    ...d.lengths.map((l) => `| ${l.factor}× the seed | ${l.units} | ${ms(l.ms)} | ${ratio(l.perUnitVs1x)} |`),
    "",
    "Detection, precision / recall / F1. Exact: the same offsets; overlap: at least one shared character, one-to-one, largest overlap first.",
    "",
    "| records | reference | draft | exact P / R / F1 | overlap P / R / F1 |",
    "| --- | ---: | ---: | --- | --- |",
    row("quotes, quotation-marked (direct, mixed, scare)", r.detection.quoteGroups.marked),
    row("quotes, indirect", r.detection.quoteGroups.indirect),
    row("numeric claims", r.detection.claims),
    row("mentions, named", r.detection.mentionGroups.named),
    row("mentions, nominal and pronominal", r.detection.mentionGroups.descriptive),
    row("entities (by shared mentions)", r.detection.entities),
    "",
    "Fields, on overlap-matched pairs:",
    "",
    "| field | accuracy | pairs |",
    "| --- | ---: | ---: |",
    acc("quote speaker, quotation-marked quotes", r.fields.quotes.speakerMarked),
    acc("quote speaker, all quotes", r.fields.quotes.speaker),
    acc("quote kind", r.fields.quotes.kind),
    acc("quote cue (same span)", r.fields.quotes.cue),
    acc("claim value, bounds and comparator", r.fields.claims.valueBoundsComparator),
    acc("claim kind", r.fields.claims.kind),
    acc("claim unit (normalized)", r.fields.claims.unit),
    acc("claim assertedBy", r.fields.claims.assertedBy),
    acc("entity type of named mentions", r.fields.mentions.entityType),
    acc("entity Wikidata id", r.fields.entities.wikidata),
    "",
    `Mention grouping over ${r.grouping.mentions} shared mentions: pairwise P / R / F1 ${p3(r.grouping.pairwise.precision)} / ${p3(r.grouping.pairwise.recall)} / ${p3(r.grouping.pairwise.f1)}; B³ ${p3(r.grouping.bcubed.precision)} / ${p3(r.grouping.bcubed.recall)} / ${p3(r.grouping.bcubed.f1)}.`,
    "",
    `Drafts that compile: ${d.compiled.ok} of ${d.compiled.cases} (the seed and ${d.compiled.cases - 1} seeded mutations of it: quote marks dropped and added, control, astral and lone-surrogate characters, 330-digit numbers, 2,000-character lines).`,
    "",
  ];
}

/** The CLI's startup: whole processes against an empty Node process. */
function startupSection(s: NonNullable<Results["startup"]>): string[] {
  return [
    "## Startup: `claimset`",
    "",
    `The built CLI (\`packages/cli/dist/bin.js\`) as a whole process, spawn to exit, ${s.runs} runs of each command, each run after a run of \`node -e 0\` (an empty Node process: ${ms(s.nodeMs)} ms, median), so that the machine's load weighs on both alike. What each command loads is checked without timing by \`packages/cli/test/startup.test.ts\`.`,
    "",
    "| command | time (ms) | ÷ node -e 0 |",
    "| --- | ---: | ---: |",
    ...s.commands.map((c) => `| \`${c.name}\` | ${ms(c.ms)} | ${ratio(c.vsNode)} |`),
    "",
  ];
}

/** BENCHMARKS.md, written by `npm run bench`. */
export function renderReport(r: Results, targets: readonly Target[], info: RunInfo, notes: string): string {
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  push(
    "# Benchmarks",
    "",
    "<!-- generated by `npm run bench` (bench/src/main.ts): do not edit the figures by hand; the notes come from bench/notes.md -->",
    "",
    `- **Machine:** ${machine()}`,
    `- **Command:** \`${info.command}\` (${info.date}; whole run ${info.totalSeconds.toFixed(0)} s, of which generating the corpus ${info.corpusSeconds.toFixed(0)} s)`,
    `- **Corpus:** synthetic articles from \`bench/src/corpus\` (seed ${info.seed}), each a valid dataset shaped like the Victory Day parade dataset: ~9,400 UTF-16 units of text with curly quotes, en dashes, ellipses and an astral character; 67 entities with 324 mentions, 51 quotes, 45 numeric claims, 41 notes, in the real mix of kinds. The corpus of N articles is the first N.`,
    "",
    "Each figure is a ratio to a baseline measured in the same process (or, for imports and the CLI, the same kind of fresh process), so it should carry over to other machines better than the times, which are medians and are given for scale.",
    "",
    "## Targets",
    "",
    "| target | limit | measured | |",
    "| --- | --- | --- | --- |",
    ...targets.map((t) => `| ${t.name} | ${t.limit} | ${t.measured} | ${t.pass ? "pass" : "**miss**"} |`),
    "",
    "## Validation",
    "",
    "`validateDataset` (schema and every integrity rule) over each article, already parsed, against `JSON.parse` of the same file's text, and against an ajv 8 validator compiled from `@claimset/schema/dataset.schema.json` (structure only: no spans, hashes or references).",
    "",
    "| articles | bytes | JSON.parse (ms) | validateDataset (ms) | ajv (ms) | validate ÷ parse | validate ÷ ajv |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.validation.map(
      (v) =>
        `| ${v.articles} | ${mib(v.bytes)} MiB | ${ms(v.parseMs)} | ${ms(v.validateMs)} | ${ms(v.ajvMs)} | ${ratio(v.vsParse)} | ${ratio(v.vsAjv)} |`,
    ),
    "",
    "## Queries",
    "",
    "The articles of each corpus merged into one dataset (texts joined, spans moved, ids already unique), then 200 seeded queries of each kind: an indexed lookup (`createIndex(dataset)`, index already built) against the linear scan a consumer without an index writes. Build is a fresh `createIndex` plus the first call, which builds the index that query needs. Results are checked to be identical first.",
    "",
    "| query | articles | records scanned | scan (ms/query) | lookup (ms/query) | build (ms) | speedup | build ÷ scan |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.queries.map(
      (q) =>
        `| \`${q.query}\` | ${q.articles} | ${q.records} | ${ms(q.scanMs)} | ${ms(q.lookupMs)} | ${ms(q.buildMs)} | ${ratio(q.speedup)} | ${ratio(q.buildInScans)} |`,
    ),
    "",
    "## Load",
    "",
    "Importing each article's package entry (`dist/index.js`, which imports every table module that `datasetPackageFiles` writes: `JSON.parse` of a string literal per table) in a fresh Node process, against `readFileSync` and `JSON.parse` of the same articles' `dataset.json` in another fresh process. Both keep what they load.",
    "",
    "| articles | import (ms) | read + JSON.parse (ms) | import ÷ parse |",
    "| ---: | ---: | ---: | ---: |",
    ...r.load.map((l) => `| ${l.articles} | ${ms(l.importMs)} | ${ms(l.parseMs)} | ${ratio(l.vsParse)} |`),
    "",
    `Importing \`dist/quotes.js\` alone took ${ms(r.table.importMs)} ms and loaded: ${r.table.loaded.map((m) => `\`${m}\``).join(", ")}.`,
    "",
    "## Scale: `claimset validate`",
    "",
    "The built CLI (`packages/cli/dist/bin.js validate <files…>`) in a child process: wall time from spawn to exit, and peak resident memory (`process.resourceUsage().maxRSS`, recorded at exit).",
    "",
    "| articles | corpus | time (ms) | ms per article | peak memory |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...r.scale.map(
      (s) =>
        `| ${s.articles} | ${mib(s.bytes)} MiB | ${ms(s.ms)} | ${ms(s.ms / s.articles)} | ${s.peakMiB.toFixed(0)} MiB |`,
    ),
    "",
    ...(r.startup ? startupSection(r.startup) : []),
    ...(r.draft ? draftSection(r.draft) : []),
    "## Web viewer",
    "",
    ...(r.viewer
      ? [
          `The built viewer (\`packages/viewer/dist/site\`) in headless Chromium, one fresh browser context per page load: the seed dataset against ${r.viewer.times} synthetic articles of the corpus merged into one dataset, opened in turn ${r.viewer.rounds} times each (after one untimed round). Time to interactive runs from navigation start to the page's \`claimset:interactive\` mark (mounted, painted, main thread free); a filter change from choosing the entity with most mentions (or "All" again) to the next painted frame, the median of six per page load. Both datasets come from the site's own list, so neither is validated in the page.`,
          "",
          "| dataset | bytes | highlights | time to interactive (ms) | filter change (ms) |",
          "| --- | ---: | ---: | ---: | ---: |",
          ...[r.viewer.seed, r.viewer.large].map(
            (v) => `| ${v.name} | ${mib(v.bytes)} MiB | ${v.highlights} | ${ms(v.ttiMs)} | ${ms(v.filterMs)} |`,
          ),
          `| **${r.viewer.times}× ÷ seed** | | | **${ratio(r.viewer.ttiRatio)}** | **${ratio(r.viewer.filterRatio)}** |`,
        ]
      : ["Not measured: no Chromium at `/usr/bin/chromium` (or `CHROMIUM_PATH`)."]),
    "## Corpus: Parquet export and DuckDB",
    "",
    "`claimset validate <files…>` and `claimset export --format parquet --out <dir> <files…>` over the same dataset files, in alternating child processes (wall time, peak resident memory). Then the three questions of `examples/corpus-sql` (its SQL, imported from it) asked of the Parquet files by DuckDB in this process: median of 5 runs after a warm-up.",
    "",
    "| articles | corpus | validate (ms) | export (ms) | export ÷ validate | validate peak | export peak | Parquet |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...r.corpusExport.map(
      (e) =>
        `| ${e.articles} | ${mib(e.bytes)} MiB | ${ms(e.validateMs)} | ${ms(e.exportMs)} | ${ratio(e.vsValidate)} | ${e.validatePeakMiB.toFixed(0)} MiB | ${e.exportPeakMiB.toFixed(0)} MiB | ${mib(e.parquetBytes)} MiB |`,
    ),
    "",
    "| articles | query | rows | DuckDB (ms) |",
    "| ---: | --- | ---: | ---: |",
    ...r.corpusExport.flatMap((e) =>
      e.queries.map((q) => `| ${e.articles} | \`${q.name}\` | ${q.rows} | ${ms(q.ms)} |`),
    ),
    "",
    "## Corpus: `createCorpus`",
    "",
    "The datasets parsed into memory, then `createCorpus(datasets)`: build is a fresh corpus plus its first `quotesBy(qid)` (which builds the corpus-wide Wikidata index and the per-dataset indexes it needs); lookup is `quotesBy(qid)` for 200 seeded Wikidata ids of the corpus; the scan is what a program without it does (every dataset's entities and quotes). Results are checked to be identical first.",
    "",
    "| articles | build (ms) | lookup (ms) | scan (ms) | speedup |",
    "| ---: | ---: | ---: | ---: | ---: |",
    ...r.corpusIndex.map(
      (c) => `| ${c.articles} | ${ms(c.buildMs)} | ${ms(c.lookupMs)} | ${ms(c.scanMs)} | ${ratio(c.speedup)} |`,
    ),
    "",
    "## Bundles",
    "",
    "Checked on every `npm test` by `npm run check -w @claimset/bench` against `bench/budgets.json` (esbuild, minified, browser, ESM; gzip level 9).",
    "",
    "| import | min+gzip | budget |",
    "| --- | ---: | ---: |",
    ...r.bundles.map((b) => `| ${b.name} | ${b.gzip} B | ${b.budget ?? "none"} B |`),
    "",
    notes.trim(),
    "",
  );
  return lines.join("\n");
}
