import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hostileText } from "../tests/hostile.js";
import { nextToken, paragraphsOf, splitSentences, TOKEN, tokenize } from "./sentences.js";

const sentencesOf = (text: string) => {
  const { sentences } = splitSentences(text, paragraphsOf(text));
  return sentences.map((s) => text.slice(s.start, s.end));
};

describe("sentences", () => {
  it("keeps abbreviations, initials and closing quotes inside their sentence", () => {
    const text =
      "Lt. Col. Ivan Petrov said: “We held.” He left at 5 p.m. on Monday. J. K. Smith agreed…  Then the U.S. envoy spoke.";
    expect(sentencesOf(text)).toEqual([
      "Lt. Col. Ivan Petrov said: “We held.”",
      "He left at 5 p.m. on Monday.",
      "J. K. Smith agreed…",
      "Then the U.S. envoy spoke.",
    ]);
  });

  it("splits paragraphs on lines and keeps astral characters whole", () => {
    const text = "First line 👋 here.\n\n  Second – line.  \n";
    expect(paragraphsOf(text).map((p) => text.slice(p.start, p.end))).toEqual([
      "First line 👋 here.",
      "Second – line.",
    ]);
    const tokens = tokenize(text, { start: 0, end: text.length }).map((t) => t.text);
    expect(tokens).toContain("👋");
    expect(tokens).toContain("–");
  });

  it("separates possessives from the names they follow", () => {
    const text = "Russia’s army and Kim's troops.";
    expect(tokenize(text, { start: 0, end: text.length }).map((t) => t.text)).toEqual([
      "Russia",
      "’s",
      "army",
      "and",
      "Kim",
      "'s",
      "troops",
      ".",
    ]);
  });

  it("does not end a sentence before a lowercase word", () => {
    expect(sentencesOf("“Stop!” he shouted. She did.")).toEqual(["“Stop!” he shouted.", "She did."]);
  });

  it("reads tokens by hand exactly as the TOKEN expression matches them", () => {
    const byRegex = (text: string) => [...text.matchAll(new RegExp(TOKEN.source, "gu"))].map((m) => [m.index, m[0]]);
    const byHand = (text: string) => {
      const out: [number, string][] = [];
      for (let m = nextToken(text, 0); m !== null; m = nextToken(text, m.end))
        out.push([m.start, text.slice(m.start, m.end)]);
      return out;
    };
    const fixed = "Kim’s 12,000 U.S.-made guns — al-Assad & AT&T… 𝔸𝔹 😀\u000b\u000c\u00a0e\u0301 \u0301 \ud800x \udc00";
    expect(byHand(fixed)).toEqual(byRegex(fixed));
    fc.assert(
      fc.property(fc.oneof(hostileText(60), fc.string({ unit: "binary", maxLength: 60 })), (text) => {
        expect(byHand(text)).toEqual(byRegex(text));
      }),
      { numRuns: 300, seed: 20261201 },
    );
  });
});
