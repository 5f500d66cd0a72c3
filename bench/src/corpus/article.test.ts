import { validateDataset } from "@claimset/core";
import { describe, expect, it } from "vitest";
import { generateArticle } from "./article.js";
import { SHAPE } from "./shape.js";

const count = <T>(items: readonly T[], key: (item: T) => string) => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};
const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

describe("generateArticle", () => {
  it("makes datasets that pass the schema and every integrity rule", () => {
    for (const index of [1, 2, 3, 17, 999]) {
      const result = validateDataset(generateArticle(index));
      expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
    }
  });

  it("is deterministic for an index and seed, and varies with either", () => {
    expect(JSON.stringify(generateArticle(5))).toBe(JSON.stringify(generateArticle(5)));
    expect(generateArticle(5).source.text).not.toBe(generateArticle(6).source.text);
    expect(generateArticle(5, 2).source.text).not.toBe(generateArticle(5).source.text);
  });

  it("has the record mix of the real article, per table and kind", () => {
    const d = generateArticle(3);
    expect(count(d.entities, (e) => e.type)).toEqual(nonZero(SHAPE.entityTypes));
    expect(count(d.quotes, (q) => q.kind)).toEqual(nonZero(SHAPE.quoteKinds));
    expect(count(d.claims, (c) => c.kind)).toEqual(nonZero(SHAPE.claimKinds));
    expect(count(d.claims, (c) => c.comparator)).toEqual(nonZero(SHAPE.comparators));
    expect(count(d.claims, (c) => c.assertedBy.type)).toEqual(SHAPE.asserters);
    expect(count(d.notes, (n) => n.kind)).toEqual(nonZero(SHAPE.noteKinds));
    expect(
      count(
        d.entities.flatMap((e) => e.mentions),
        (m) => m.kind,
      ),
    ).toEqual(SHAPE.mentionKinds);
    expect(d.quotes.filter((q) => q.speaker === null)).toHaveLength(SHAPE.quotesWithoutSpeaker);
    expect(d.notes.filter((n) => n.span !== null)).toHaveLength(SHAPE.notesWithSpan);
  });

  it("writes about as much text as the real article, with its typography and an astral character", () => {
    for (const index of [1, 2, 50]) {
      const { text } = generateArticle(index).source;
      expect(Math.abs(text.length - SHAPE.textLength)).toBeLessThan(SHAPE.textLength * 0.03);
      for (const ch of ["“", "”", "’", "–", "…", "🎖"]) expect(text).toContain(ch);
    }
    // The astral character sits inside a quote span, so that span's length counts two code units for it.
    const d = generateArticle(1);
    const span = d.quotes.flatMap((q) => q.spans).find((s) => s.text.includes("🎖"));
    expect(span && span.end - span.start).toBe(span?.text.length);
    expect(span && [...span.text].length).toBe((span?.text.length ?? 0) - 1);
  });
});
