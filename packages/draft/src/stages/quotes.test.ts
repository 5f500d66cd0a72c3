import { describe, expect, it } from "vitest";
import { analyze } from "../pipeline.js";
import { quotes } from "./quotes.js";
import { sentences } from "./sentences.js";

const quoted = (text: string) =>
  analyze(text, [sentences, quotes]).quotes.map((q) => ({
    spans: q.spans.map((s) => text.slice(s.start, s.end)),
    kind: q.kind,
    parent: q.parent,
  }));

describe("quotes", () => {
  it("finds curly, straight, single and guillemet quotes, and keeps apostrophes out", () => {
    const out = quoted(
      `He said: “We won’t stop.” She said "fine" and 'Russia’s soldiers’ families wait.' He wrote «Ça suffit».`,
    );
    expect(out.map((q) => q.spans)).toEqual([
      ["We won’t stop."],
      ["fine"],
      ["Russia’s soldiers’ families wait."],
      ["Ça suffit"],
    ]);
  });

  it("joins a quote interrupted by its attribution", () => {
    const out = quoted("“We held the line,” the colonel said, “and we will hold it again… 👋”");
    expect(out).toEqual([
      { spans: ["We held the line,", "and we will hold it again… 👋"], kind: "direct", parent: null },
    ]);
  });

  it("runs a quote over paragraphs that reopen it, and over a paragraph that does not", () => {
    const text = "“First part of it.\n“Second part of it.”\nNext line.\n“Third line opens.\nFourth closes it.”";
    expect(quoted(text).map((q) => q.spans)).toEqual([
      ["First part of it.", "Second part of it."],
      ["Third line opens.", "Fourth closes it."],
    ]);
  });

  it("nests a single quote inside a double one", () => {
    const out = quoted("“They call it ‘a liberation’, but it is not,” she said.");
    expect(out).toEqual([
      { spans: ["They call it ‘a liberation’, but it is not,"], kind: "direct", parent: null },
      { spans: ["a liberation"], kind: "direct", parent: 0 },
    ]);
  });

  it("leaves an unbalanced mark without a quote, and never loops on marks alone", () => {
    expect(quoted("He said “nothing at all")).toEqual([]);
    expect(quoted("“”''\"\"‘’«»")).toEqual([]);
  });

  it("tells an embedded phrase from a whole utterance", () => {
    const out = quoted("The minister called the plan “a disaster for farmers” on Monday.");
    expect(out[0]!.kind).toBe("mixed");
  });

  it("starts a new quote at a double mark that opens a sentence inside an open double quote", () => {
    const text = "“We stayed — all of us… 😀 We had no choice. “Then the shelling stopped,” he said.";
    expect(quoted(text)).toEqual([
      { spans: ["We stayed — all of us… 😀 We had no choice."], kind: "direct", parent: null },
      { spans: ["Then the shelling stopped,"], kind: "direct", parent: null },
    ]);
    // After a comma or a word, a double mark inside a double quote still nests.
    const nested = quoted("“He told us, “Go home now,” and we went,” she said.");
    expect(nested.map((q) => q.parent)).toEqual([null, 0]);
  });
});
