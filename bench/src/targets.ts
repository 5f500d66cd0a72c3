import type { CorpusExportFigures, CorpusIndexFigures } from "./suites/corpus.js";
import type { DraftFigures } from "./suites/draft.js";
import type { LoadFigures, TableImport } from "./suites/load.js";
import type { QueryFigures } from "./suites/queries.js";
import type { ScaleFigures } from "./suites/scale.js";
import type { StartupFigures } from "./suites/startup.js";
import type { ValidationFigures } from "./suites/validation.js";
import type { ViewerFigures } from "./suites/viewer.js";

export interface Target {
  name: string;
  /** The limit, as people read it. */
  limit: string;
  /** What was measured, as people read it. */
  measured: string;
  pass: boolean;
}

export interface Results {
  validation: ValidationFigures[];
  queries: QueryFigures[];
  load: LoadFigures[];
  table: TableImport;
  scale: ScaleFigures[];
  /** The CLI's startup; missing when BENCH_STARTUP=0. */
  startup?: StartupFigures;
  corpusExport: CorpusExportFigures[];
  corpusIndex: CorpusIndexFigures[];
  bundles: { name: string; gzip: number; budget: number | null; problems: string[] }[];
  /** Null when no Chromium was found to run the viewer in. */
  viewer: ViewerFigures | null;
  /** The drafter; missing when BENCH_DRAFT=0. */
  draft?: DraftFigures;
}

const x = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)}×`;

/** Every target of the benchmarks issue, judged against the results. */
export function judge(r: Results): Target[] {
  const targets: Target[] = [];
  for (const v of r.validation.filter((v) => v.articles >= 100)) {
    targets.push({
      name: `Full validation at ${v.articles} articles vs JSON.parse of the same bytes (every check, both hashes)`,
      limit: "≤ 2×",
      measured: x(v.vsParse),
      pass: v.vsParse <= 2,
    });
    targets.push({
      name: `Full validation at ${v.articles} articles vs the ajv structural check`,
      limit: "≤ 1× (as fast per byte)",
      measured: x(v.vsAjv),
      pass: v.vsAjv <= 1,
    });
  }
  const largest = Math.max(...r.queries.map((q) => q.articles));
  for (const q of r.queries.filter((q) => q.articles === largest)) {
    targets.push({
      name: `\`${q.query}\` indexed vs linear scan at ${q.articles} articles`,
      limit: "≥ 100× faster",
      measured: x(q.speedup),
      pass: q.speedup >= 100,
    });
  }
  for (const c of r.startup?.commands ?? []) {
    const limit = c.name.includes("validate") ? 2 : 1.3;
    targets.push({
      name: `\`${c.name}\`, whole process, vs an empty Node process (\`node -e 0\`)`,
      limit: `≤ ${limit}×`,
      measured: `${x(c.vsNode)} (${c.ms.toFixed(0)} ms vs ${r.startup!.nodeMs.toFixed(0)} ms)`,
      pass: c.vsNode <= limit,
    });
  }
  const s100 = r.scale.find((s) => s.articles === 100);
  const s1000 = r.scale.find((s) => s.articles === 1000);
  if (s100 && s1000) {
    targets.push({
      name: "`claimset validate`: 1,000 articles vs 100, time",
      limit: "≤ 12×",
      measured: x(s1000.ms / s100.ms),
      pass: s1000.ms / s100.ms <= 12,
    });
    targets.push({
      name: "`claimset validate`: peak memory at 1,000 articles vs 100 (does not hold the corpus)",
      limit: "≤ 1.25× (the corpus grows 10×)",
      measured: `${x(s1000.peakMiB / s100.peakMiB)} (${s100.peakMiB.toFixed(0)} → ${s1000.peakMiB.toFixed(0)} MiB; corpus ${(s100.bytes / 2 ** 20).toFixed(0)} → ${(s1000.bytes / 2 ** 20).toFixed(0)} MiB)`,
      pass: s1000.peakMiB <= s100.peakMiB * 1.25,
    });
  }
  for (const e of r.corpusExport) {
    targets.push({
      name: `\`claimset export --format parquet\` at ${e.articles.toLocaleString("en-US")} articles vs \`claimset validate\` of the same files`,
      limit: "≤ 2×",
      measured: x(e.vsValidate),
      pass: e.vsValidate <= 2,
    });
  }
  const small = r.corpusExport.find((e) => e.articles === 1000);
  const large = r.corpusExport.find((e) => e.articles === 10000);
  if (small && large) {
    targets.push({
      name: "Parquet export: peak memory at 10,000 articles vs 1,000 (does not hold the corpus)",
      limit: "≤ 1.25× (the corpus grows 10×)",
      measured: `${x(large.exportPeakMiB / small.exportPeakMiB)} (${small.exportPeakMiB.toFixed(0)} → ${large.exportPeakMiB.toFixed(0)} MiB)`,
      pass: large.exportPeakMiB <= small.exportPeakMiB * 1.25,
    });
  }
  const largestExport = r.corpusExport.reduce<CorpusExportFigures | undefined>(
    (a, e) => (!a || e.articles > a.articles ? e : a),
    undefined,
  );
  for (const q of largestExport?.queries ?? []) {
    targets.push({
      name: `DuckDB \`${q.name}\` over the Parquet tables of ${largestExport!.articles.toLocaleString("en-US")} articles`,
      limit: "≤ 0.5 s",
      measured: `${(q.ms / 1000).toFixed(3)} s`,
      pass: q.ms <= 500,
    });
  }
  const largestIndex = r.corpusIndex.reduce<CorpusIndexFigures | undefined>(
    (a, e) => (!a || e.articles > a.articles ? e : a),
    undefined,
  );
  if (largestIndex) {
    targets.push({
      name: `\`createCorpus(…).quotesBy(qid)\` vs a scan of every dataset at ${largestIndex.articles.toLocaleString("en-US")} articles`,
      limit: "≥ 1000× faster",
      measured: x(largestIndex.speedup),
      pass: largestIndex.speedup >= 1000,
    });
  }
  const others = r.table.loaded.filter((m) => m !== "dist/quotes.js");
  targets.push({
    name: "Importing one table (`…/quotes`) loads no other table's module",
    limit: "only dist/quotes.js",
    measured: r.table.loaded.join(", ") || "nothing",
    pass: others.length === 0 && r.table.loaded.length === 1,
  });
  if (r.viewer) {
    targets.push({
      name: `Web viewer: time to interactive at ${r.viewer.times}× the seed vs the seed, same Chromium`,
      limit: "≤ 3×",
      measured: x(r.viewer.ttiRatio),
      pass: r.viewer.ttiRatio <= 3,
    });
  }
  for (const b of r.bundles) {
    targets.push({
      name: `Bundle: ${b.name}`,
      limit:
        b.budget === null ? "a budget" : `≤ ${b.budget} B min+gzip${b.problems.length ? "" : ", no foreign inputs"}`,
      measured: `${b.gzip} B${b.problems.length ? `; ${b.problems.join("; ")}` : ""}`,
      pass: b.budget !== null && b.gzip <= b.budget && b.problems.length === 0,
    });
  }
  if (r.draft) targets.push(...judgeDraft(r.draft));
  return targets;
}

const f3 = (n: number | null) => (n === null ? "–" : n.toFixed(3));

/** The drafter's targets, against the published seed dataset, overlap matching. */
export function judgeDraft(d: DraftFigures): Target[] {
  const r = d.report;
  const t: Target[] = [];
  const pair = (name: string, rec: number | null, prec: number | null, minR: number, minP: number) =>
    t.push({
      name: `Drafter on the seed: ${name}, recall / precision (overlap)`,
      limit: `≥ ${minR} / ≥ ${minP}`,
      measured: `${f3(rec)} / ${f3(prec)}`,
      pass: (rec ?? 0) >= minR && (prec ?? 0) >= minP,
    });
  const one = (name: string, value: number | null, min: number, what = "") =>
    t.push({
      name: `Drafter on the seed: ${name}`,
      limit: `≥ ${min}`,
      measured: `${f3(value)}${what}`,
      pass: (value ?? 0) >= min,
    });
  const m = r.detection.quoteGroups.marked.overlap;
  pair("quotation-marked quotes (direct, mixed, scare)", m.recall, m.precision, 0.98, 0.95);
  const sp = r.fields.quotes.speakerMarked;
  one("their speaker right (where the reference has one)", sp.accuracy, 0.9, ` (${sp.correct}/${sp.total})`);
  const ind = r.detection.quoteGroups.indirect.overlap;
  pair("indirect quotes", ind.recall, ind.precision, 0.7, 0.7);
  const c = r.detection.claims.overlap;
  pair("numeric claims", c.recall, c.precision, 0.98, 0.95);
  const vbc = r.fields.claims.valueBoundsComparator;
  one("claims' value, bounds and comparator right", vbc.accuracy, 0.95, ` (${vbc.correct}/${vbc.total})`);
  one("claims' kind right", r.fields.claims.kind.accuracy, 0.9);
  const n = r.detection.mentionGroups.named.overlap;
  pair("named mentions", n.recall, n.precision, 0.9, 0.9);
  one("named mentions' entity type right", r.fields.mentions.entityType.accuracy, 0.85);
  one("mention grouping, pairwise F1", r.grouping.pairwise.f1, 0.85);
  const desc = r.detection.mentionGroups.descriptive.overlap;
  t.push({
    name: "Drafter on the seed: nominal and pronominal mentions, precision (recall as it comes)",
    limit: "≥ 0.8",
    measured: `${f3(desc.precision)} (recall ${f3(desc.recall)})`,
    pass: (desc.precision ?? 0) >= 0.8,
  });
  t.push({
    name: "Drafts that compile, on the seed and on mutated texts",
    limit: "100%",
    measured: `${d.compiled.ok}/${d.compiled.cases}${d.compiled.failures.length ? `; ${d.compiled.failures.join("; ")}` : ""}`,
    pass: d.compiled.ok === d.compiled.cases,
  });
  t.push({
    name: `Drafter speed, one article of the seed's size (${d.units} UTF-16 units), Node, one core`,
    limit: "≤ 10 ms",
    measured: `${d.cpuMs.toFixed(2)} ms of CPU time (median wall time ${d.ms.toFixed(2)} ms)`,
    pass: d.cpuMs <= 10,
  });
  t.push({
    name: "Drafter time per unit of text at 8× the seed's length vs 1× (linear in length)",
    limit: "≤ 1.25×",
    measured: `${d.linearity.toFixed(2)}×`,
    pass: d.linearity <= 1.25,
  });
  return t;
}
