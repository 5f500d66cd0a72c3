import { describe, expect, it } from "vitest";
import { findWholeWord, lineOf, resolveAnchor } from "./anchor.js";

const text =
  "Putin said “Russia is ready.” Russian troops – and Putin’s men… marched.\nKim 👋Kim met Putin in Pyongyang; Kim said it.";

describe("findWholeWord", () => {
  it("ignores matches inside longer words", () => {
    expect(findWholeWord(text, "Russia")).toEqual([text.indexOf("Russia ")]);
  });

  it("treats punctuation and emoji as boundaries", () => {
    expect(findWholeWord(text, "Kim")).toHaveLength(3);
    expect(findWholeWord(text, "Putin")).toHaveLength(3);
  });

  it("matches text that starts or ends with punctuation anywhere", () => {
    expect(findWholeWord(text, "“Russia")).toEqual([text.indexOf("“")]);
  });
});

describe("resolveAnchor", () => {
  it("resolves a unique text to its span", () => {
    const result = resolveAnchor(text, { text: "Pyongyang" });
    expect(result.ok && result.spans[0]).toEqual({
      start: text.indexOf("Pyongyang"),
      end: text.indexOf("Pyongyang") + 9,
      text: "Pyongyang",
    });
  });

  it("reports ambiguity with the number of matches and their line:column, in UTF-16 units past an emoji", () => {
    const result = resolveAnchor(text, { text: "Kim" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe("ambiguous");
      expect(result.message).toMatch(/matches 3 times \(at 2:1, 2:7, 2:35\)/);
    }
  });

  it("disambiguates by prefix, suffix and occurrence", () => {
    const byPrefix = resolveAnchor(text, { text: "Kim", prefix: "👋" });
    expect(byPrefix.ok && byPrefix.spans[0]!.start).toBe(text.indexOf("👋Kim") + 2);
    const bySuffix = resolveAnchor(text, { text: "Kim", suffix: " said" });
    expect(bySuffix.ok && bySuffix.spans[0]!.start).toBe(text.lastIndexOf("Kim"));
    const byOccurrence = resolveAnchor(text, { text: "Putin", occurrence: [1, 3] });
    expect(byOccurrence.ok && byOccurrence.spans.map((s) => s.start)).toEqual([0, text.lastIndexOf("Putin")]);
    const all = resolveAnchor(text, { text: "Kim", occurrence: "all" });
    expect(all.ok && all.spans).toHaveLength(3);
  });

  it("reports a missing text and an occurrence out of range", () => {
    const missing = resolveAnchor(text, { text: "Russia is ready.”", prefix: "'" });
    expect(!missing.ok && missing.reason).toBe("not-found");
    const tooFar = resolveAnchor(text, { text: "Putin", occurrence: 4 });
    expect(!tooFar.ok && tooFar.message).toMatch(/occurrence 4 .* matches 3 times/);
  });

  it("distinguishes curly from straight quotes", () => {
    expect(resolveAnchor(text, { text: "Putin's" }).ok).toBe(false);
    expect(resolveAnchor(text, { text: "Putin’s" }).ok).toBe(true);
  });

  it("searches only inside a scope when given one", () => {
    const line2 = { start: text.indexOf("\n") + 1, end: text.length };
    const result = resolveAnchor(text, { text: "Putin" }, line2);
    expect(result.ok && result.spans[0]!.start).toBe(text.lastIndexOf("Putin"));
  });
});

describe("lineOf", () => {
  it("counts lines from 1", () => {
    expect(lineOf(text, 0)).toBe(1);
    expect(lineOf(text, text.indexOf("Kim"))).toBe(2);
  });
});
