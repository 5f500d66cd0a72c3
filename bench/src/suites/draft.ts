// The drafter: its speed per article and in length (the seed's text 1, 2, 4
// and 8 times over), its scores against the published seed dataset
// (`evaluateDatasets`, the same report as `claimset eval`), and whether its
// drafts compile, on the seed and on mutated texts.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { compileDataset } from "@claimset/core/authoring";
import { type EvalReport, evaluateDatasets } from "@claimset/core/eval";
import { draft } from "@claimset/draft";
import type { Dataset } from "@claimset/schema";
import { AuthoredEntity } from "@claimset/schema/authoring";
import { measure } from "../measure.js";

const DATASET = "@claimset/dataset-north-korea-victory-day-parade";
const TAKES_PROVENANCE = "provenance" in AuthoredEntity.shape;

export interface DraftFigures {
  /** UTF-16 units of the seed article. */
  units: number;
  /** `draft(text)` on the seed article, median wall ms. */
  ms: number;
  /** CPU time of this process per `draft(text)` of the seed article, over 40 runs: what one core spends, however busy the machine. */
  cpuMs: number;
  /** The same on the text repeated `factor` times. */
  lengths: { factor: number; units: number; ms: number; perUnitVs1x: number }[];
  /** ms at 8× over 8 × ms at 1×: 1 is linear. */
  linearity: number;
  /** The eval report of the draft against the published seed dataset. */
  report: EvalReport;
  compiled: { cases: number; ok: number; failures: string[] };
}

/** Drafts compile as they are, or with provenance removed while the schema predates it. */
function compiles(text: string): { ok: true; dataset: Dataset } | { ok: false; reason: string } {
  const { files } = draft(text, { provenance: TAKES_PROVENANCE });
  const result = compileDataset({ files, article: text, version: "0.0.0" });
  return result.ok ? { ok: true, dataset: result.dataset } : { ok: false, reason: result.issues[0]?.message ?? "?" };
}

/** Seeded mutations of a text: quote marks dropped or doubled, control and astral characters, long runs, huge numbers. */
function mutations(text: string, count: number, seed: number): string[] {
  let state = seed >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const inserts = [
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "\u0000",
    "\u0085",
    "\u2028",
    "👋",
    "\uD800",
    "9".repeat(330),
    "word ".repeat(400),
    "\n",
    "—",
    "…",
  ];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let t = text;
    const edits = 1 + Math.floor(next() * 12);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(next() * (t.length + 1));
      const kind = next();
      if (kind < 0.4) t = t.slice(0, at) + t.slice(at + 1 + Math.floor(next() * 40));
      else t = t.slice(0, at) + inserts[Math.floor(next() * inserts.length)]! + t.slice(at);
    }
    out.push(t.length ? t : "x");
  }
  return out;
}

export async function benchDraft(reps: number, fuzzCases: number): Promise<DraftFigures> {
  const require = createRequire(import.meta.url);
  const reference = JSON.parse(readFileSync(require.resolve(`${DATASET}/dataset.json`), "utf8")) as Dataset;
  const text = reference.source.text;
  const factors = [1, 2, 4, 8];
  const texts = factors.map((k) => Array.from({ length: k }, () => text).join("\n"));
  const timings = await measure(Object.fromEntries(texts.map((t, i) => [`${factors[i]}x`, () => draft(t)])), {
    iterations: reps,
    warmup: 3,
  });
  const base = timings["1x"]!.ms;
  const lengths = factors.map((k, i) => ({
    factor: k,
    units: texts[i]!.length,
    ms: timings[`${k}x`]!.ms,
    perUnitVs1x: timings[`${k}x`]!.ms / (k * base),
  }));

  const before = process.cpuUsage();
  for (let i = 0; i < 40; i++) draft(text);
  const used = process.cpuUsage(before);
  const cpuMs = (used.user + used.system) / 1000 / 40;

  const seed = compiles(text);
  if (!seed.ok) throw new Error(`the draft of the seed article does not compile: ${seed.reason}`);
  const report = evaluateDatasets(seed.dataset, reference);

  const cases = [text, ...mutations(text, fuzzCases, 20260501)];
  const failures: string[] = [];
  let ok = 0;
  for (const t of cases) {
    const r = compiles(t);
    if (r.ok) ok++;
    else if (failures.length < 5) failures.push(r.reason);
  }
  return {
    units: text.length,
    ms: base,
    cpuMs,
    lengths,
    linearity: lengths[lengths.length - 1]!.perUnitVs1x,
    report,
    compiled: { cases: cases.length, ok, failures },
  };
}
