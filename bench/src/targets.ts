import type { LoadFigures, TableImport } from "./suites/load.js";
import type { QueryFigures } from "./suites/queries.js";
import type { ScaleFigures } from "./suites/scale.js";
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
  bundles: { name: string; gzip: number; budget: number | null; problems: string[] }[];
  /** Null when no Chromium was found to run the viewer in. */
  viewer: ViewerFigures | null;
}

const x = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)}×`;

/** Every target of the benchmarks issue, judged against the results. */
export function judge(r: Results): Target[] {
  const targets: Target[] = [];
  for (const v of r.validation.filter((v) => v.articles >= 100)) {
    targets.push({
      name: `Full validation at ${v.articles} articles vs JSON.parse of the same bytes`,
      limit: "≤ 3×",
      measured: x(v.vsParse),
      pass: v.vsParse <= 3,
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
    targets.push({
      name: `\`${q.query}\` index build at ${q.articles} articles, in linear scans`,
      limit: "≤ 1 scan",
      measured: `${q.buildInScans.toFixed(1)} scans`,
      pass: q.buildInScans <= 1,
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
  return targets;
}
