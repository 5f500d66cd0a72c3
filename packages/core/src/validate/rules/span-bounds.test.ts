import type { Dataset, Span } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { at, claim, dataset, entity, issuesOf, note, quote } from "../tests/fixture.js";
import { spanBounds } from "./span-bounds.js";

// The emoji is two UTF-16 code units: an offset between them splits it.
const TEXT = "Ana 🦊 said “we sail at dawn” – about 40 boats… Ana agreed.";
const FOX = TEXT.indexOf("🦊");

/** A dataset with a span in every span field the table description lists. */
function full(): Dataset {
  return dataset(TEXT, {
    entities: [entity("ana", [at(TEXT, "Ana"), at(TEXT, "Ana", 2)])],
    quotes: [
      quote("q-dawn", [at(TEXT, "we sail at dawn")], "ana", {
        speakerText: at(TEXT, "Ana"),
        cue: at(TEXT, "said"),
      }),
    ],
    claims: [
      claim("n-boats", at(TEXT, "about 40 boats"), 40, {
        comparator: "~",
        bounds: { low: 35, high: 45, lowInclusive: true, highInclusive: true },
        qualifier: at(TEXT, "about"),
        assertedBy: { type: "unnamed", span: at(TEXT, "Ana", 2) },
      }),
    ],
    notes: [note("note-dawn", { span: at(TEXT, "dawn") })],
  });
}

const issue = (path: (string | number)[], recordId: string, message: string, expected: string, found: string) => ({
  rule: "span-bounds",
  path,
  recordId,
  message,
  expected,
  found,
});

describe("span-bounds", () => {
  it("accepts spans inside the text, empty ones, one ending at the very end, and one around the emoji", () => {
    const d = full();
    d.notes[0]!.span = { start: FOX, end: FOX + 2, text: "🦊" };
    d.claims[0]!.qualifier = { start: d.claims[0]!.span.start, end: d.claims[0]!.span.start, text: "" };
    d.entities[0]!.mentions.push({ start: TEXT.length, end: TEXT.length, text: "", kind: "named" });
    expect(issuesOf(spanBounds, d)).toEqual([]);
    const end = dataset(TEXT, { notes: [note("note-end", { span: at(TEXT, "agreed.") })] });
    expect(end.notes[0]!.span!.end).toBe(TEXT.length);
    expect(issuesOf(spanBounds, end)).toEqual([]);
  });

  it("reports an inverted span in every span field, at its path", () => {
    const d = full();
    const invert = (s: Span) => {
      [s.start, s.end] = [s.end, s.start];
    };
    invert(d.entities[0]!.mentions[1]!);
    invert(d.quotes[0]!.spans[0]!);
    invert(d.quotes[0]!.speakerText!);
    invert(d.quotes[0]!.cue!);
    invert(d.claims[0]!.span);
    invert(d.claims[0]!.qualifier!);
    if (d.claims[0]!.assertedBy.type === "unnamed") invert(d.claims[0]!.assertedBy.span);
    invert(d.notes[0]!.span!);
    const found = issuesOf(spanBounds, d);
    expect(found.map((i) => [i.recordId, i.path])).toEqual([
      ["ana", ["entities", 0, "mentions", 1]],
      ["q-dawn", ["quotes", 0, "spans", 0]],
      ["q-dawn", ["quotes", 0, "speakerText"]],
      ["q-dawn", ["quotes", 0, "cue"]],
      ["n-boats", ["claims", 0, "span"]],
      ["n-boats", ["claims", 0, "qualifier"]],
      ["n-boats", ["claims", 0, "assertedBy", "span"]],
      ["note-dawn", ["notes", 0, "span"]],
    ]);
    const cue = d.quotes[0]!.cue!;
    expect(found[3]).toEqual(
      issue(["quotes", 0, "cue"], "q-dawn", "span is inverted", "start <= end", `start ${cue.start}, end ${cue.end}`),
    );
  });

  it("reports a span that runs past the end of the text, by one code unit or more", () => {
    for (const over of [1, 1000]) {
      const d = full();
      d.notes[0]!.span = { start: 0, end: TEXT.length + over, text: TEXT };
      expect(issuesOf(spanBounds, d)).toEqual([
        issue(
          ["notes", 0, "span"],
          "note-dawn",
          "span runs past the end of the text",
          `end <= ${TEXT.length}`,
          `end ${TEXT.length + over}`,
        ),
      ]);
    }
  });

  it("reports an inverted span once, even when it also runs past the end", () => {
    const d = full();
    d.notes[0]!.span = { start: TEXT.length + 9, end: TEXT.length + 3, text: "" };
    expect(issuesOf(spanBounds, d).map((i) => i.message)).toEqual(["span is inverted"]);
  });

  it("reports a span that starts or ends inside the emoji's surrogate pair", () => {
    for (const [start, end] of [
      [FOX + 1, FOX + 2],
      [0, FOX + 1],
      [FOX + 1, FOX + 1],
    ] as const) {
      const d = full();
      d.notes[0]!.span = { start, end, text: TEXT.slice(start, end) };
      expect(issuesOf(spanBounds, d), `${start}..${end}`).toEqual([
        issue(
          ["notes", 0, "span"],
          "note-dawn",
          "span splits a surrogate pair (offsets are UTF-16 code units)",
          "offsets on code point boundaries",
          `start ${start}, end ${end}`,
        ),
      ]);
    }
  });

  it("reports every bad span, not only the first", () => {
    const d = full();
    d.entities[0]!.mentions[0]!.end = TEXT.length + 1;
    d.notes[0]!.span = { start: FOX + 1, end: FOX + 2, text: "" };
    expect(issuesOf(spanBounds, d).map((i) => i.path)).toEqual([
      ["entities", 0, "mentions", 0],
      ["notes", 0, "span"],
    ]);
  });
});
