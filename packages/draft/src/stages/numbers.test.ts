import { describe, expect, it } from "vitest";
import { analyze } from "../pipeline.js";
import { approximateBounds, isoDuration, normalizeUnit, numbers } from "./numbers.js";
import { sentences } from "./sentences.js";

const claims = (text: string) => {
  const doc = analyze(text, [sentences, numbers]);
  return doc.claims.map((c) => ({
    text: text.slice(c.span.start, c.span.end),
    kind: c.kind,
    value: c.value,
    comparator: c.comparator,
    bounds: [c.bounds.low, c.bounds.high, c.bounds.lowInclusive, c.bounds.highInclusive],
    qualifier: c.qualifier ? text.slice(c.qualifier.start, c.qualifier.end) : null,
    unit: c.unit.normalized,
    iso: c.iso,
  }));
};

describe("numbers", () => {
  it("reads hedges into comparators and bounds", () => {
    const out = claims("About 12,000 troops, more than 771,000 casualties, at least 20 seconds and nearly 40 tanks.");
    expect(out.map((c) => [c.text, c.comparator, c.bounds, c.qualifier])).toEqual([
      ["About 12,000", "~", [11000, 13000, true, true], "About"],
      ["more than 771,000", ">", [771000, null, false, true], "more than"],
      ["at least 20 seconds", ">=", [20, null, true, true], "at least"],
      ["nearly 40", "<", [null, 40, true, false], "nearly"],
    ]);
    expect(out.map((c) => c.unit)).toEqual(["person", "person", "second", "tank"]);
  });

  it("reads vague quantities, ranges and fractions", () => {
    const out = claims(
      "Dozens of drones hit a few hundred homes; between 3,000 and 4,000 fled, two or three weeks after half of the town burned.",
    );
    expect(out.map((c) => [c.text, c.comparator, c.value, c.bounds.slice(0, 2)])).toEqual([
      ["Dozens of", "vague", null, [24, null]],
      ["a few hundred", "vague", null, [200, 999]],
      ["between 3,000 and 4,000", "range", null, [3000, 4000]],
      ["two or three weeks", "range", null, [2, 3]],
      ["half of", "=", 0.5, [0.5, 0.5]],
    ]);
    expect(out[3]!.kind).toBe("duration");
  });

  it("tells ages, years, dates, durations, ordinals, money and percentages apart", () => {
    const out = claims(
      "Anna Kovacs, 35, an 80-year-old veteran and the first convoy left on May 9, 1945, for nearly a quarter of a century; $1.5 billion and 8 percent rose in the 1990s.",
    );
    expect(out.map((c) => [c.text, c.kind, c.value])).toEqual([
      ["35", "age", 35],
      ["80-year-old", "age", 80],
      ["first", "ordinal", 1],
      ["May 9, 1945", "date", 9],
      ["nearly a quarter of a century", "duration", 25],
      ["$1.5 billion", "money", 1.5e9],
      ["8 percent", "percent", 8],
      ["1990s", "year", null],
    ]);
    expect(out[3]!.iso).toBe("1945-05-09");
    expect(out[4]!.iso).toBe("P25Y");
    expect(out[5]!.unit).toBe("usd");
  });

  it("leaves numbers inside names, codes and times alone", () => {
    expect(claims("The Boeing 737 flew at 10:30 with a T-90 and COVID-19 rules; no one came.")).toEqual([]);
  });

  it("reads months and relative times as dates", () => {
    const out = claims("Troops arrived in November, and last year the talks stalled.");
    expect(out.map((c) => [c.text, c.kind, c.value, c.iso])).toEqual([
      ["in November", "date", 11, "--11"],
      ["last year", "year", null, null],
    ]);
  });

  it("computes bounds and ISO durations that stay finite", () => {
    expect(approximateBounds(20)).toEqual({ low: 18, high: 22, lowInclusive: true, highInclusive: true });
    expect(approximateBounds(0.5).low).toBeCloseTo(0.45);
    expect(isoDuration(20, "second")).toBe("PT20S");
    expect(isoDuration(2, "week")).toBe("P2W");
    expect(normalizeUnit("countries")).toBe("country");
    expect(normalizeUnit("soldiers")).toBe("person");
  });

  it("drops a number too large to be finite", () => {
    expect(claims(`They counted ${"9".repeat(400)} stars.`)).toEqual([]);
  });

  it("reads a distributive “one by one” as one expression, and leaves dimensions in digits as two numbers", () => {
    const out = claims("The houses fell one by one… 😀 Pairs walked two by two — the room was 3 by 4 metres.");
    expect(out.map((c) => [c.text, c.kind, c.value])).toEqual([
      ["one by one", "other", 1],
      ["two by two", "other", 2],
      ["3", "count", 3],
      ["4", "count", 4],
    ]);
  });

  it("reads “in May” as a month, but not the verb or a name", () => {
    const out = claims("The talks resume in May, officials said. They may end by June. Theresa May spoke.");
    expect(out.map((c) => [c.text, c.kind, c.iso])).toEqual([
      ["in May", "date", "--05"],
      ["by June", "date", "--06"],
    ]);
  });
});
