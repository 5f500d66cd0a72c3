/** One-to-one matching of records by their spans, exact or by overlap. */
import type { Accuracy, Prf } from "./types.js";

export interface Item {
  spans: readonly { start: number; end: number }[];
  kind: string;
}

/** Candidate index → reference index. */
export type Matching = Map<number, number>;

const key = (item: Item) => item.spans.map((s) => `${s.start}:${s.end}`).join(",");

/** Pairs with identical spans. */
export function matchExact(candidate: readonly Item[], reference: readonly Item[]): Matching {
  const byKey = new Map<string, number[]>();
  reference.forEach((r, i) => {
    const k = key(r);
    const list = byKey.get(k);
    if (list) list.push(i);
    else byKey.set(k, [i]);
  });
  const out: Matching = new Map();
  candidate.forEach((c, i) => {
    const list = byKey.get(key(c));
    const j = list?.shift();
    if (j !== undefined) out.set(i, j);
  });
  return out;
}

function overlapLength(a: Item, b: Item): number {
  let n = 0;
  for (const x of a.spans)
    for (const y of b.spans) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

const lengthOf = (item: Item) => item.spans.reduce((n, s) => n + (s.end - s.start), 0);

/**
 * Pairs that share characters, one-to-one, taking the pairs with the largest
 * overlap (as a share of the two spans' union) first. Overlapping pairs are
 * found with a sweep over spans sorted by start, so the work grows with the
 * number of overlapping pairs, not with every pair.
 */
export function matchOverlap(candidate: readonly Item[], reference: readonly Item[]): Matching {
  type Edge = { start: number; end: number; side: 0 | 1; index: number };
  const edges: Edge[] = [];
  candidate.forEach((c, index) => {
    for (const s of c.spans) edges.push({ start: s.start, end: s.end, side: 0, index });
  });
  reference.forEach((r, index) => {
    for (const s of r.spans) edges.push({ start: s.start, end: s.end, side: 1, index });
  });
  edges.sort((a, b) => a.start - b.start || a.end - b.end);
  const pairs = new Map<string, { c: number; r: number }>();
  const open: Edge[][] = [[], []];
  for (const e of edges) {
    for (const side of [0, 1] as const) open[side] = open[side]!.filter((o) => o.end > e.start);
    for (const o of open[1 - e.side]!) {
      if (o.end > e.start && e.end > o.start) {
        const c = e.side === 0 ? e.index : o.index;
        const r = e.side === 1 ? e.index : o.index;
        pairs.set(`${c}:${r}`, { c, r });
      }
    }
    if (e.end > e.start) open[e.side]!.push(e);
  }
  const scored = [...pairs.values()].map(({ c, r }) => {
    const a = candidate[c]!;
    const b = reference[r]!;
    const shared = overlapLength(a, b);
    return { c, r, score: shared / (lengthOf(a) + lengthOf(b) - shared || 1) };
  });
  scored.sort((x, y) => y.score - x.score || x.r - y.r || x.c - y.c);
  const out: Matching = new Map();
  const usedR = new Set<number>();
  for (const { c, r, score } of scored) {
    if (score <= 0 || out.has(c) || usedR.has(r)) continue;
    out.set(c, r);
    usedR.add(r);
  }
  return out;
}

export function prf(tp: number, candidates: number, references: number): Prf {
  const precision = candidates === 0 ? null : tp / candidates;
  const recall = references === 0 ? null : tp / references;
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall);
  return { tp, fp: candidates - tp, fn: references - tp, precision, recall, f1 };
}

/** Detection restricted to candidate records in `cand` and reference records in `ref` (by index). */
export function prfWithin(
  matching: Matching,
  cand: (i: number) => boolean,
  ref: (j: number) => boolean,
  nc: number,
  nr: number,
): { recall: Prf; precision: Prf } {
  let candidates = 0;
  let references = 0;
  let tpC = 0;
  let tpR = 0;
  const matchedR = new Set(matching.values());
  for (let i = 0; i < nc; i++) {
    if (!cand(i)) continue;
    candidates++;
    if (matching.has(i)) tpC++;
  }
  for (let j = 0; j < nr; j++) {
    if (!ref(j)) continue;
    references++;
    if (matchedR.has(j)) tpR++;
  }
  return { precision: prf(tpC, candidates, candidates), recall: prf(tpR, references, references) };
}

export class Tally {
  correct = 0;
  total = 0;
  add(ok: boolean): void {
    this.total++;
    if (ok) this.correct++;
  }
  get value(): Accuracy {
    return { correct: this.correct, total: this.total, accuracy: this.total === 0 ? null : this.correct / this.total };
  }
}
