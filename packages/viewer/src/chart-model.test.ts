import type { ReadonlyClaim } from "@claimset/core";
import { describe, expect, it } from "vitest";
import { seedDataset } from "../test/datasets.js";
import { chartGroups, decades, logDomain, logPercent, tickLabel } from "./chart-model.js";

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

describe("chartGroups", () => {
  const people = claim("n-people", {});
  const countries = claim("n-countries", {
    value: 28,
    bounds: { low: 28, high: 28, lowInclusive: true, highInclusive: true },
    unit: { text: "countries", normalized: "country" },
  });
  const dozens = claim("n-dozens", {
    span: span("dozens"),
    value: null,
    comparator: "vague",
    bounds: { low: 24, high: null, lowInclusive: true, highInclusive: true },
    unit: { text: null, normalized: "tank" },
  });
  const year = claim("n-year", { kind: "year", value: 2025, unit: { text: null, normalized: "year" } });

  it("gives each unit an axis of its own, and leaves out years, dates and ordinals", () => {
    const groups = chartGroups([people, countries, dozens, year]);
    expect(groups.map((g) => g.key).sort()).toEqual(["count:country", "count:person", "count:tank"]);
    for (const g of groups) expect(g.rows).toHaveLength(1);
  });

  it("does not stretch an axis to make room for an open end", () => {
    const [tanks] = chartGroups([dozens]);
    // "dozens" is at least 24 with no upper bound: the axis ends at 100, not at 10 million.
    expect(tanks!.domain).toEqual([10, 100]);
    expect(tanks!.rows[0]).toMatchObject({ low: 24, high: null, value: null });
  });

  it("groups the seed's counts so that unlike quantities never share an axis", () => {
    const dataset = seedDataset();
    const groups = chartGroups(dataset.claims);
    const units = groups.map((g) => g.key);
    expect(new Set(units).size).toBe(units.length);
    for (const g of groups) {
      for (const row of g.rows) {
        const c = dataset.claims.find((x) => x.id === row.id)!;
        expect(`${c.kind}:${c.unit.normalized}`).toBe(g.key);
      }
    }
    expect(groups.flatMap((g) => g.rows).length).toBeGreaterThan(10);
  });
});

describe("the log scale", () => {
  it("encloses every stated value in powers of ten", () => {
    const rows = chartGroups([claim("a", { value: 3 }), claim("b", { value: 771000 })])[0]!.rows;
    expect(logDomain(rows)).toEqual([1, 1e6]);
    expect(decades([1, 1e6])).toEqual([1, 10, 100, 1000, 1e4, 1e5, 1e6]);
    const x = logPercent([1, 1e6]);
    expect(x(1)).toBe(0);
    expect(x(1e3)).toBeCloseTo(50);
    expect(x(1e6)).toBe(100);
    expect([1, 1e3, 1e6, 2e9].map(tickLabel)).toEqual(["1", "1k", "1M", "2B"]);
  });
});
