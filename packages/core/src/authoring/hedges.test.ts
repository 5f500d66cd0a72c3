import { describe, expect, it } from "vitest";
import { HEDGES, hedgeComparator } from "./hedges.js";

describe("hedges", () => {
  it("gives each hedge its comparator, whatever its case and spacing", () => {
    expect(hedgeComparator("More  than")).toBe(">");
    expect(hedgeComparator(" at least ")).toBe(">=");
    expect(hedgeComparator("nearly")).toBe("<");
    expect(hedgeComparator("up to")).toBe("<=");
    expect(hedgeComparator("an estimated")).toBe("~");
    expect(hedgeComparator("exactly")).toBeNull();
    expect(hedgeComparator("")).toBeNull();
  });

  it("lists a hedge before every shorter one that ends it, so the longest is found first", () => {
    const phrases = HEDGES.map(([p]) => p);
    expect(new Set(phrases).size).toBe(phrases.length);
    phrases.forEach((p, i) => {
      for (const shorter of phrases.slice(0, i)) expect(p.endsWith(` ${shorter}`), `${p} after ${shorter}`).toBe(false);
    });
  });
});
