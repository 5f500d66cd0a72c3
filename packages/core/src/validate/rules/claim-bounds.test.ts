import type { NumericClaim } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { at, checkAlone, claim, dataset, issuesOf } from "../tests/fixture.js";
import { claimBounds } from "./claim-bounds.js";

const TEXT = "About 40 boats 🚤 sailed — more than 771,000 were lost, at most 9 returned… exactly 3 sank.";

const bounds = (low: number | null, high: number | null, lowInclusive = true, highInclusive = true) => ({
  low,
  high,
  lowInclusive,
  highInclusive,
});

const approx = () =>
  claim("n-boats", at(TEXT, "About 40 boats"), 40, {
    comparator: "~",
    bounds: bounds(35, 45),
    qualifier: at(TEXT, "About"),
  });
const moreThan = () =>
  claim("n-lost", at(TEXT, "more than 771,000"), 771000, {
    comparator: ">",
    bounds: bounds(771000, null, false),
    qualifier: at(TEXT, "more than"),
  });
const atMost = () =>
  claim("n-returned", at(TEXT, "at most 9"), 9, {
    comparator: "<=",
    bounds: bounds(null, 9),
    qualifier: at(TEXT, "at most"),
  });
const exact = () => claim("n-sank", at(TEXT, "exactly 3"), 3, { qualifier: at(TEXT, "exactly") });

/** The issues of one claim, alone in a dataset. */
const of = (c: NumericClaim) => issuesOf(claimBounds, dataset(TEXT, { claims: [c] }));

describe("claim-bounds", () => {
  it("accepts values inside their bounds, at a closed or open end, and unbounded sides", () => {
    expect(issuesOf(claimBounds, dataset(TEXT, { claims: [approx(), moreThan(), atMost(), exact()] }))).toEqual([]);
    for (const value of [35, 45]) expect(of({ ...approx(), value }), String(value)).toEqual([]);
    expect(of({ ...approx(), value: null, comparator: "vague" })).toEqual([]);
    expect(of({ ...approx(), bounds: bounds(null, null) })).toEqual([]);
    expect(of({ ...approx(), bounds: bounds(40, 40) })).toEqual([]);
    // Unbounded below: any value up to the upper bound, negative ones and negative bounds included.
    expect(of({ ...atMost(), value: -5 })).toEqual([]);
    expect(of({ ...atMost(), value: -5, bounds: bounds(null, -3) })).toEqual([]);
  });

  it("reports numbers that are not finite, at their paths", () => {
    // The schema refuses these before any rule runs; the rule refuses them on its own too.
    const c = { ...approx(), value: Number.NaN, bounds: bounds(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY) };
    const issues = checkAlone(claimBounds, dataset(TEXT, { claims: [c] }));
    const finite = issues.filter((i) => i.message === "number is not finite");
    expect(finite).toEqual(
      [
        [["claims", 0, "value"], "NaN"],
        [["claims", 0, "bounds", "low"], "-Infinity"],
        [["claims", 0, "bounds", "high"], "Infinity"],
      ].map(([path, found]) => ({
        rule: "claim-bounds",
        path,
        recordId: "n-boats",
        message: "number is not finite",
        expected: "a finite number or null",
        found,
      })),
    );
    expect(checkAlone(claimBounds, dataset(TEXT, { claims: [approx()] }))).toEqual([]);
  });

  it("reports inverted bounds", () => {
    expect(of({ ...approx(), value: null, comparator: "range", bounds: bounds(45, 35) })).toEqual([
      {
        rule: "claim-bounds",
        path: ["claims", 0, "bounds"],
        recordId: "n-boats",
        message: "bounds are inverted",
        expected: "low <= high",
        found: "low 45, high 35",
      },
    ]);
  });

  it("reports a value below or above its bounds, naming the interval", () => {
    expect(of({ ...approx(), value: 34 })).toEqual([
      {
        rule: "claim-bounds",
        path: ["claims", 0, "value"],
        recordId: "n-boats",
        message: "value lies outside its bounds",
        expected: "a value in [35, 45]",
        found: "34",
      },
    ]);
    expect(of({ ...approx(), value: 46 }).map((i) => i.found)).toEqual(["46"]);
    expect(of({ ...moreThan(), value: 770999 }).map((i) => i.expected)).toEqual(["a value in [771000, ∞]"]);
    expect(of({ ...atMost(), value: 10 }).map((i) => i.expected)).toEqual(["a value in [-∞, 9]"]);
  });

  it("requires an exact claim to have a value equal to both bounds", () => {
    const issue = (value: number | null, low: number | null, high: number | null) => ({
      rule: "claim-bounds",
      path: ["claims", 0, "bounds"],
      recordId: "n-sank",
      message: "an exact claim (=) must have a value and low = high = value",
      expected: `low = high = ${value}`,
      found: `low ${low}, high ${high}`,
    });
    expect(of({ ...exact(), value: null })).toEqual([issue(null, 3, 3)]);
    expect(of({ ...exact(), bounds: bounds(2, 3) })).toEqual([issue(3, 2, 3)]);
    expect(of({ ...exact(), bounds: bounds(3, 4) })).toEqual([issue(3, 3, 4)]);
    expect(of({ ...exact(), bounds: bounds(null, null) })).toEqual([issue(3, null, null)]);
    // No value at all, even with bounds as empty as the value.
    expect(of({ ...exact(), value: null, bounds: bounds(null, null) })).toEqual([issue(null, null, null)]);
    // The same bounds are fine for a claim that is not exact.
    expect(of({ ...exact(), comparator: "~", bounds: bounds(2, 4) })).toEqual([]);
  });

  it("reports a qualifier that starts before or ends after the claim's span", () => {
    const c = exact();
    const outside = (start: number, end: number) => ({
      rule: "claim-bounds",
      path: ["claims", 0, "qualifier"],
      recordId: "n-sank",
      message: "qualifier lies outside the claim's span",
      expected: `within ${c.span.start}..${c.span.end}`,
      found: `${start}..${end}`,
    });
    const before = {
      start: c.span.start - 2,
      end: c.span.start + 7,
      text: TEXT.slice(c.span.start - 2, c.span.start + 7),
    };
    expect(of({ ...c, qualifier: before })).toEqual([outside(before.start, before.end)]);
    const after = { start: c.span.start + 8, end: c.span.end + 1, text: TEXT.slice(c.span.start + 8, c.span.end + 1) };
    expect(of({ ...c, qualifier: after })).toEqual([outside(after.start, after.end)]);
    expect(of({ ...c, qualifier: c.span })).toEqual([]);
  });

  it("reports each problem of each claim", () => {
    const d = dataset(TEXT, {
      claims: [{ ...approx(), value: 50 }, exact(), { ...atMost(), bounds: bounds(10, 9), value: 9 }],
    });
    expect(issuesOf(claimBounds, d).map((i) => [i.recordId, i.message])).toEqual([
      ["n-boats", "value lies outside its bounds"],
      ["n-returned", "bounds are inverted"],
      ["n-returned", "value lies outside its bounds"],
    ]);
  });
});
