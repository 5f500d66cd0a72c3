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

/** Counts on a log scale: positive values only, so zero and negative bounds count as open. */
export function chartRows(claims: readonly ReadonlyClaim[]): ChartRow[] {
  const positive = (n: number | null) => (n !== null && n > 0 ? n : null);
  return claims
    .filter((c) => c.kind === "count")
    .filter((c) => positive(c.value) ?? positive(c.bounds.low) ?? positive(c.bounds.high))
    .map((c) => ({
      id: c.id,
      label: c.about.text,
      hedge: c.qualifier?.text ?? (c.comparator === "=" ? null : c.comparator),
      valueText: formatBounds(c),
      value: positive(c.value),
      low: positive(c.bounds.low),
      high: positive(c.bounds.high),
      lowInclusive: c.bounds.lowInclusive,
      highInclusive: c.bounds.highInclusive,
    }))
    .sort((a, b) => magnitude(b) - magnitude(a) || (a.id < b.id ? -1 : 1));
}

function magnitude(row: ChartRow): number {
  return row.value ?? row.low ?? row.high ?? 0;
}

/**
 * Powers of ten that enclose every value in the rows: [10^a, 10^b], a < b.
 * A decade more on a side where some row is unbounded, so its arrow has room.
 */
export function logDomain(rows: readonly ChartRow[]): [number, number] {
  const values = rows.flatMap((r) => [r.value, r.low, r.high]).filter((v): v is number => v !== null);
  if (values.length === 0) return [1, 10];
  const lo = Math.floor(Math.log10(Math.min(...values))) - (rows.some((r) => r.low === null) ? 1 : 0);
  const hi = Math.ceil(Math.log10(Math.max(...values))) + (rows.some((r) => r.high === null) ? 1 : 0);
  return [10 ** lo, 10 ** Math.max(hi, lo + 1)];
}

/** Maps a positive number to [x0, x1] on a log scale over `domain`. */
export function logScale(domain: [number, number], x0: number, x1: number): (v: number) => number {
  const [a, b] = domain.map(Math.log10) as [number, number];
  return (v) => x0 + ((Math.log10(v) - a) / (b - a)) * (x1 - x0);
}

/** The powers of ten from one end of the domain to the other, for gridlines. */
export function decades(domain: [number, number]): number[] {
  const out: number[] = [];
  for (let p = Math.round(Math.log10(domain[0])); p <= Math.round(Math.log10(domain[1])); p++) out.push(10 ** p);
  return out;
}
