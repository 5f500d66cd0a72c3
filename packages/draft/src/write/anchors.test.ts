import { findWholeWord, resolveAnchor } from "@claimset/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AnchorIndex } from "./anchors.js";

const alphabet = [
  "Kim",
  "Kim's",
  "Kimchi",
  " ",
  "said",
  "“",
  "”",
  "’",
  "-",
  "\n",
  "👋",
  "é",
  "_",
  "e\u0301",
  ".",
  "1",
  "12,000",
];
const texts = fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }).map((parts) => parts.join(""));

describe("anchors", () => {
  it("counts whole-word matches exactly as the compiler does", () => {
    fc.assert(
      fc.property(
        texts,
        fc.constantFrom(...alphabet.filter((a) => a.trim() !== ""), "Kim said", "said “"),
        (text, needle) => {
          expect(new AnchorIndex(text).occurrences(needle)).toEqual(findWholeWord(text, needle));
        },
      ),
      { numRuns: 800, seed: 11 },
    );
  });

  it("builds an anchor that the compiler resolves back to the same span", () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const index = new AnchorIndex(text);
        const start = Math.min(a, b) % (text.length + 1);
        const end = Math.min(text.length, start + (Math.max(a, b) % 12));
        const anchor = index.anchor({ start, end });
        if (anchor === null) return;
        const result = resolveAnchor(text, typeof anchor === "string" ? { text: anchor } : anchor);
        expect(result.ok && result.spans).toEqual([{ start, end, text: text.slice(start, end) }]);
      }),
      { numRuns: 800, seed: 13 },
    );
  });

  it("prefers the plain text, then a prefix, then a suffix, then an occurrence", () => {
    const text = "Kim said no. Then Kim left. Kim.";
    const index = new AnchorIndex(text);
    expect(index.anchor({ start: 0, end: 3 })).toEqual({ text: "Kim", suffix: " said" });
    expect(index.anchor({ start: 18, end: 21 })).toEqual({ text: "Kim", prefix: "Then " });
    expect(index.anchor({ start: 4, end: 8 })).toBe("said");
  });
});
