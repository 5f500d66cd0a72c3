import { describe, expect, it } from "vitest";
import { at, dataset, entity, issuesOf, note, quote } from "../tests/fixture.js";
import { spanText } from "./span-text.js";

const TEXT =
  "Ana 🦊 said “we sail at dawn, whatever the weather, whatever the wind, whatever the tide” – and left… Ana agreed.";

const base = () =>
  dataset(TEXT, {
    entities: [entity("ana", [at(TEXT, "Ana"), at(TEXT, "Ana", 2)])],
    quotes: [
      quote("q-dawn", [at(TEXT, "we sail at dawn, whatever the weather, whatever the wind, whatever the tide")], "ana"),
    ],
    notes: [note("note-fox", { span: at(TEXT, "🦊") })],
  });

describe("span-text", () => {
  it("accepts spans whose text is the source's slice, the emoji and an empty span included", () => {
    const d = base();
    d.entities[0]!.mentions.push({ start: 4, end: 4, text: "", kind: "named" });
    expect(issuesOf(spanText, d)).toEqual([]);
  });

  it("reports an offset shifted by one, with both texts", () => {
    const d = base();
    const m = d.entities[0]!.mentions[1]!;
    m.start += 1;
    m.end += 1;
    expect(issuesOf(spanText, d)).toEqual([
      {
        rule: "span-text",
        path: ["entities", 0, "mentions", 1, "text"],
        recordId: "ana",
        message: `span text does not match the source at ${m.start}..${m.end}`,
        expected: '"na "',
        found: '"Ana"',
      },
    ]);
  });

  it("reports a text longer or shorter than its offsets, even when the source starts with it", () => {
    for (const text of ["Ana 🦊", "An"]) {
      const d = base();
      d.entities[0]!.mentions[0]!.text = text;
      expect(
        issuesOf(spanText, d).map((i) => [i.path, i.found]),
        text,
      ).toEqual([[["entities", 0, "mentions", 0, "text"], JSON.stringify(text)]]);
    }
  });

  it("shortens long texts in the report to 60 characters", () => {
    const d = base();
    const s = d.quotes[0]!.spans[0]!;
    s.text = s.text.replace("tide", "moon");
    const [issue] = issuesOf(spanText, d);
    expect(issue?.path).toEqual(["quotes", 0, "spans", 0, "text"]);
    expect(issue?.expected).toBe(`${JSON.stringify(TEXT.slice(s.start, s.end)).slice(0, 58)}…"`);
    expect(issue?.expected).toHaveLength(60);
    expect(issue?.found).toBe(`${JSON.stringify(s.text).slice(0, 58)}…"`);
  });

  it("reports an empty span that carries text, and a wrong text at the very end of the source", () => {
    const d = base();
    d.entities[0]!.mentions.push({ start: 4, end: 4, text: "🦊", kind: "named" });
    const end = TEXT.length;
    d.notes[0]!.span = { start: end - 7, end, text: "agreed!" };
    expect(issuesOf(spanText, d).map((i) => [i.path, i.expected, i.found])).toEqual([
      [["entities", 0, "mentions", 2, "text"], '""', '"🦊"'],
      [["notes", 0, "span", "text"], '"agreed."', '"agreed!"'],
    ]);
  });

  it("shows a text of exactly 60 characters as JSON whole", () => {
    const d = base();
    const s = d.quotes[0]!.spans[0]!;
    // 58 characters and two quotation marks.
    s.end = s.start + 58;
    s.text = TEXT.slice(s.start, s.end).replace("w", "W");
    const [issue] = issuesOf(spanText, d);
    expect(issue?.expected).toBe(JSON.stringify(TEXT.slice(s.start, s.end)));
    expect(issue?.found).toBe(JSON.stringify(s.text));
    expect(issue?.found).toHaveLength(60);
  });

  it("leaves inverted and out-of-range spans to span-bounds", () => {
    const d = base();
    d.notes[0]!.span = { start: 9, end: 2, text: "x" };
    d.entities[0]!.mentions[1]!.end = TEXT.length + 1;
    expect(issuesOf(spanText, d)).toEqual([]);
  });
});
