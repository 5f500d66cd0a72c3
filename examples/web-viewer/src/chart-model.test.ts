import type { ReadonlyClaim } from "@claimset/core";
import { describe, expect, it } from "vitest";
import { chartRows, decades, logDomain, logScale } from "./chart-model.js";

const span = (text: string) => ({ start: 0, end: text.length, text });

function claim(id: string, over: Partial<ReadonlyClaim>): ReadonlyClaim {
  return {
    id,
    kind: "count",
    span: span("12,000"),
    value: 12000,
    comparator: "=",
    bounds: { low: 12000, high: 12000, lowInclusive: true, highInclusive: true },
    qualifier: null,
    unit: { text: null, normalized: "person" },
    about: { text: id, entities: [] },
    assertedBy: { type: "publisher" },
    iso: null,
    timeRef: null,
    ...over,
  };
}

describe("chartRows", () => {
  const more = claim("n-more", {
    span: span("more than 771,000"),
    value: 771000,
    comparator: ">",
    bounds: { low: 771000, high: null, lowInclusive: false, highInclusive: true },
    qualifier: span("more than"),
  });
  const dozens = claim("n-dozens", {
    span: span("Dozens of"),
    value: null,
    comparator: "vague",
    bounds: { low: 24, high: null, lowInclusive: true, highInclusive: true },
  });
  const year = claim("n-year", { kind: "year", value: 1945 });
  const zero = claim("n-zero", { value: 0, bounds: { low: 0, high: 0, lowInclusive: true, highInclusive: true } });

  it("keeps positive counts only, largest first, with their hedge", () => {
    const rows = chartRows([dozens, year, zero, more, claim("n-exact", {})]);
    expect(rows.map((r) => r.id)).toEqual(["n-more", "n-exact", "n-dozens"]);
    expect(rows[0]).toMatchObject({ hedge: "more than", valueText: "> 771,000", low: 771000, high: null });
    expect(rows[0]!.lowInclusive).toBe(false);
    // No hedge words: the comparator stands in; an exact value has no hedge.
    expect(rows[2]).toMatchObject({ hedge: "vague", value: null, low: 24 });
    expect(rows[1]!.hedge).toBeNull();
  });

  it("spans whole decades, with a spare decade for open bounds", () => {
    const rows = chartRows([more, dozens]);
    expect(logDomain(rows)).toEqual([10, 1e7]);
    expect(
      logDomain(
        chartRows([claim("n-a", { value: 7, bounds: { low: 7, high: 7, lowInclusive: true, highInclusive: true } })]),
      ),
    ).toEqual([1, 10]);
    expect(logDomain([])).toEqual([1, 10]);
    expect(decades([10, 1e4])).toEqual([10, 100, 1000, 10000]);
  });

  it("maps powers of ten to equal steps", () => {
    const x = logScale([1, 1000], 0, 300);
    expect(x(1)).toBe(0);
    expect(x(10)).toBeCloseTo(100);
    expect(x(1000)).toBeCloseTo(300);
  });
});
