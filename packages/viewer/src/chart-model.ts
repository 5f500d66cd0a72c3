import { formatBounds, type ReadonlyClaim } from "@claimset/core";

/** One numeric claim as the chart draws it: a point for the stated value and a bar for its bounds. */
export interface ChartRow {
  readonly id: string;
  /** What is counted ("total Russian casualties"). */
  readonly label: string;
  /** The hedge as written ("more than"), or the comparator when the text has no hedge words. */
  readonly hedge: string | null;
  /** The value with its hedge in symbols ("> 771,000"). */
  readonly valueText: string;
  readonly value: number | null;
  /** Where the bar starts and ends; null where the bounds are open on that side. */
  readonly low: number | null;
  readonly high: number | null;
  readonly lowInclusive: boolean;
  readonly highInclusive: boolean;
}

/** Numbers of one kind in one unit: they share an axis, and nothing else does. */
export interface ChartGroup {
  readonly key: string;
  readonly kind: string;
  readonly unit: string;
  readonly rows: readonly ChartRow[];
  /** Powers of ten that enclose every stated end and value. */
  readonly domain: readonly [number, number];
}

/** Kinds that are amounts, and so can share a scale; years, dates and ordinals are not. */
const AMOUNTS = new Set(["count", "duration", "age", "money", "percent", "other"]);

const positive = (n: number | null) => (n !== null && n > 0 ? n : null);

function rowOf(c: ReadonlyClaim): ChartRow {
  return {
    id: c.id,
    label: c.about.text,
    hedge: c.qualifier?.text ?? (c.comparator === "=" ? null : c.comparator),
    valueText: formatBounds(c),
    value: positive(c.value),
    low: positive(c.bounds.low),
    high: positive(c.bounds.high),
    lowInclusive: c.bounds.lowInclusive,
    highInclusive: c.bounds.highInclusive,
  };
}

function magnitude(row: ChartRow): number {
  return row.value ?? row.low ?? row.high ?? 0;
}

/**
 * The amounts of a dataset on log scales, one group per kind and unit (people
 * apart from countries apart from tanks), largest group first. Only positive
 * numbers can sit on a log scale, so a zero or negative bound counts as open.
 */
export function chartGroups(claims: readonly ReadonlyClaim[]): ChartGroup[] {
  const groups = new Map<string, { kind: string; unit: string; rows: ChartRow[] }>();
  for (const c of claims) {
    if (!AMOUNTS.has(c.kind)) continue;
    if ((positive(c.value) ?? positive(c.bounds.low) ?? positive(c.bounds.high)) === null) continue;
    const key = `${c.kind}:${c.unit.normalized}`;
    const group = groups.get(key) ?? { kind: c.kind, unit: c.unit.normalized, rows: [] };
    group.rows.push(rowOf(c));
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => ({
      key,
      kind: g.kind,
      unit: g.unit,
      rows: g.rows.sort((a, b) => magnitude(b) - magnitude(a) || (a.id < b.id ? -1 : 1)),
      domain: logDomain(g.rows),
    }))
    .sort((a, b) => b.rows.length - a.rows.length || (a.key < b.key ? -1 : 1));
}

/**
 * Powers of ten that enclose every stated value and bound: [10^a, 10^b], a < b.
 * An open side adds nothing: it is drawn as an open stub, not as a bar to the edge.
 */
export function logDomain(rows: readonly ChartRow[]): [number, number] {
  const values = rows.flatMap((r) => [r.value, r.low, r.high]).filter((v): v is number => v !== null);
  if (values.length === 0) return [1, 10];
  const lo = Math.floor(Math.log10(Math.min(...values)));
  const hi = Math.ceil(Math.log10(Math.max(...values)));
  return [10 ** lo, 10 ** Math.max(hi, lo + 1)];
}

/** Maps a positive number to [0, 100] (percent of the axis) on a log scale over `domain`. */
export function logPercent(domain: readonly [number, number]): (v: number) => number {
  const a = Math.log10(domain[0]);
  const b = Math.log10(domain[1]);
  return (v) => ((Math.log10(v) - a) / (b - a)) * 100;
}

/** The powers of ten from one end of the domain to the other, for gridlines. */
export function decades(domain: readonly [number, number]): number[] {
  const out: number[] = [];
  for (let p = Math.round(Math.log10(domain[0])); p <= Math.round(Math.log10(domain[1])); p++) out.push(10 ** p);
  return out;
}

/** A tick label: 1, 10, 100, 1k, 10k, 1M, 1B. */
export function tickLabel(v: number): string {
  if (v >= 1e9) return `${v / 1e9}B`;
  if (v >= 1e6) return `${v / 1e6}M`;
  if (v >= 1e3) return `${v / 1e3}k`;
  return String(v);
}
