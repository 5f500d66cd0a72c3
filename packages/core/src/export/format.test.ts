import type { NumericClaim } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { createIndex } from "../query/create-index.js";
import { buildFixture } from "../query/fixture.test-helper.js";
import { formatAssertedBy, formatBounds, formatInterval, formatNumber, formatUnit } from "./format.js";

const dataset = buildFixture();
const index = createIndex(dataset);
const claim = (id: string) => dataset.claims.find((c) => c.id === id)!;
const withClaim = (patch: Partial<NumericClaim>): NumericClaim => ({ ...claim("n-corps-losses"), ...patch });
const open = { low: null, high: null, lowInclusive: true, highInclusive: true };

describe("formatNumber", () => {
  it("groups thousands except in years, dates and ordinals", () => {
    expect(formatNumber(771000, "count")).toBe("771,000");
    expect(formatNumber(1945, "year")).toBe("1945");
    expect(formatNumber(12.5, "percent")).toBe("12.5");
    expect(formatNumber(-1200)).toBe("-1,200");
  });
});

describe("formatInterval", () => {
  it("writes closed, open, half-open and one-sided intervals", () => {
    expect(formatInterval({ low: 20, high: 28, lowInclusive: true, highInclusive: true })).toBe("20–28");
    expect(formatInterval({ low: 20, high: 28, lowInclusive: false, highInclusive: true })).toBe("> 20 and ≤ 28");
    expect(formatInterval({ ...open, low: 5 })).toBe("≥ 5");
    expect(formatInterval({ ...open, high: 5, highInclusive: false })).toBe("< 5");
    expect(formatInterval({ ...open, low: 7, high: 7 })).toBe("7");
    expect(formatInterval(open)).toBe("");
  });
});

describe("formatBounds", () => {
  it("renders the fixture's claims with their hedges", () => {
    expect(formatBounds(claim("n-russian-casualties"))).toBe("> 771,000");
    expect(formatBounds(claim("n-corps-losses"))).toBe("~24 (20–28)");
    expect(formatBounds(claim("n-tanks"))).toBe("20–28");
    expect(formatBounds(claim("n-missiles"))).toBe("vague (≥ 24)");
    expect(formatBounds(claim("n-war-end"))).toBe("1945");
  });

  it("renders every comparator, with and without a stated value", () => {
    expect(formatBounds(withClaim({ comparator: ">=", value: 5 }))).toBe("≥ 5");
    expect(formatBounds(withClaim({ comparator: "<", value: 5 }))).toBe("< 5");
    expect(formatBounds(withClaim({ comparator: "<=", value: 5 }))).toBe("≤ 5");
    expect(formatBounds(withClaim({ comparator: "~", value: 24, bounds: open }))).toBe("~24");
    expect(formatBounds(withClaim({ comparator: "range", value: 24 }))).toBe("24 (20–28)");
    expect(formatBounds(withClaim({ comparator: "vague", value: null, bounds: open }))).toBe("vague");
    expect(formatBounds(withClaim({ comparator: "vague", value: 100, bounds: { ...open, low: 100 } }))).toBe(
      "vague: 100 (≥ 100)",
    );
  });
});

describe("formatUnit and formatAssertedBy", () => {
  it("shows the unit as written with its normalized form", () => {
    expect(formatUnit(claim("n-corps-losses"))).toBe("men (person)");
    expect(formatUnit(claim("n-war-end"))).toBe("year");
  });

  it("names the publisher, a quote's speaker, an entity and an unnamed source", () => {
    expect(formatAssertedBy(claim("n-russian-casualties"), index)).toBe("the article itself (no source given)");
    expect(formatAssertedBy(claim("n-corps-losses"), index)).toBe("Kim Jong Un (quote q-kim-losses)");
    expect(formatAssertedBy(claim("n-tanks"), index)).toBe("unnamed source: “People familiar with the matter”");
    expect(formatAssertedBy(withClaim({ assertedBy: { type: "entity", id: "the-times" } }), index)).toBe("The Times");
    expect(formatAssertedBy(withClaim({ assertedBy: { type: "quote", id: "q-show" } }), index)).toBe(
      "no named speaker (quote q-show)",
    );
  });
});
