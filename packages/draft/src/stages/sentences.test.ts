import { describe, expect, it } from "vitest";
import { paragraphsOf, splitSentences, tokenize } from "./sentences.js";

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
});
