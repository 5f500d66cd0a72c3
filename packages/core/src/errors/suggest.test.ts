import { describe, expect, it } from "vitest";
import { closest, didYouMean, editDistance } from "./suggest.js";

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });

  it("counts a swap of two neighbours as one edit", () => {
    expect(editDistance("Olso", "Oslo")).toBe(1);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("abc", "ca")).toBe(3);
    expect(editDistance("😀👋", "👋😀")).toBe(1);
  });

  it("counts an astral character as one edit, not two", () => {
    expect(editDistance("a👋b", "ab")).toBe(1);
    expect(editDistance("“x”", "x")).toBe(2);
  });
});

describe("closest", () => {
  const ids = ["kim-jong-un", "russia", "q-kim-alliance", "n-troops", "n-losses"];

  it("puts prefix matches first", () => {
    expect(closest("kim", ids)).toEqual(["kim-jong-un"]);
    expect(closest("n-", ids)).toEqual(["n-losses", "n-troops"]);
  });

  it("finds typos within a few edits and drops far ones", () => {
    expect(closest("rusia", ids)).toEqual(["russia"]);
    expect(closest("n-trops", ids)).toEqual(["n-troops"]);
    expect(closest("zzzzzz", ids)).toEqual([]);
  });

  it("never suggests the input itself", () => {
    expect(closest("russia", ids)).not.toContain("russia");
  });
});

describe("didYouMean", () => {
  it("lists up to three candidates in words", () => {
    expect(didYouMean("rusia", ["russia"])).toBe("did you mean russia?");
    expect(didYouMean("n-", ["n-a", "n-b", "n-c", "n-d"])).toBe("did you mean n-a, n-b or n-c?");
    expect(didYouMean("xyz", ["abcdef"])).toBeUndefined();
  });
});
