import { describe, expect, it } from "vitest";
import { contextOf, nearMatches } from "./near.js";

const text = "Ann 😀 said “it’s fine — really…”\nThen  Ann LEFT Pyongyang.";

describe("nearMatches", () => {
  it("finds the article's typography for straight quotes, hyphens, three dots and extra spaces", () => {
    const [match, ...rest] = nearMatches(text, `"it's fine - really..."`);
    expect(rest).toEqual([]);
    expect(match).toEqual({
      start: text.indexOf("“"),
      end: text.indexOf("\n"),
      text: "“it’s fine — really…”",
      line: 1,
      // UTF-16 columns: the emoji is two units.
      column: text.indexOf("“") + 1,
      differs: "typography",
    });
  });

  it("matches across a run of spaces, and ignoring case when the exact case is not there", () => {
    const [match] = nearMatches(text, "Then Ann left");
    expect(match).toMatchObject({ text: "Then  Ann LEFT", line: 2, column: 1, differs: "case" });
  });

  it("suggests words within two edits for a short anchor, nearest first", () => {
    expect(nearMatches(text, "Pyongang").map((m) => [m.text, m.differs])).toEqual([["Pyongyang", "spelling"]]);
    expect(nearMatches(text, "Zebra")).toEqual([]);
  });

  it("returns at most the limit", () => {
    expect(nearMatches("ab ab ab ab", "AB", 2)).toHaveLength(2);
  });
});

describe("contextOf", () => {
  it("shows a few words either side, within the line, the match in brackets", () => {
    const start = text.indexOf("Ann LEFT");
    expect(contextOf(text, start, start + 3)).toBe("Then  [Ann] LEFT Pyongyang.");
    const said = text.indexOf("said");
    expect(contextOf(text, said, said + 4, 1)).toBe("…😀 [said] “it’s…");
  });
});
