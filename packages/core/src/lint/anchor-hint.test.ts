import { describe, expect, it } from "vitest";
import { resolveAnchor } from "../text/anchor.js";
import { anchorFor, formatAnchor } from "./anchor-hint.js";

// Written for the test: a repeated pronoun, curly quotes and an astral character before the target.
const text = "He said “yes” 🚀.\nHe added: “no”.\nHe left.";
const spanAt = (needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length, text: needle };
};

describe("anchorFor", () => {
  it("gives the text alone when it is unique", () => {
    expect(anchorFor(text, spanAt("left"))).toEqual({ text: "left" });
  });

  it("grows a suffix a word at a time until the anchor picks the target, curly quotes included", () => {
    const target = spanAt("He", text.indexOf("\n"));
    const anchor = anchorFor(text, target);
    expect(anchor).toEqual({ text: "He", suffix: " added:" });
    const resolved = resolveAnchor(text, anchor!);
    expect(resolved.ok && resolved.spans[0]?.start).toBe(target.start);
  });

  it("searches the scope first, as the build does, and falls back to the whole text", () => {
    const target = spanAt("He", text.lastIndexOf("\n"));
    const scope = { start: text.indexOf("\n") + 1, end: text.lastIndexOf("\n") };
    const anchor = anchorFor(text, target, scope);
    expect(anchor).toEqual({ text: "He", suffix: " left." });
  });

  it("gives up rather than return an anchor that picks something else", () => {
    const twice = "ab ab";
    expect(anchorFor(twice, { start: 3, end: 5, text: "ab" })).toEqual({ text: "ab", prefix: "ab " });
    expect(anchorFor("x x", { start: 2, end: 3, text: "y" })).toBeNull();
  });
});

describe("formatAnchor", () => {
  it("writes plain text plain and quotes what YAML would read otherwise", () => {
    expect(formatAnchor({ text: "Putin's puppet" })).toBe("Putin's puppet");
    expect(formatAnchor({ text: "19" })).toBe('"19"');
    expect(formatAnchor({ text: "null" })).toBe('"null"');
    expect(formatAnchor({ text: "a: b" })).toBe('"a: b"');
    expect(formatAnchor({ text: "He", suffix: " added: “I" })).toBe('{ text: He, suffix: " added: “I" }');
  });
});
