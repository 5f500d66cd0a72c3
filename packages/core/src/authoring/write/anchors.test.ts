import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileDataset } from "../compile.js";
import { AnchorIndex } from "./anchors.js";
import { blockList, plain } from "./yaml.js";

const META =
  "id: t\narticle: article.txt\nlanguage: en\ntitle: null\npublisher: null\nurl: null\npublishedAt: null\nauthors: null\nretrievedAt: null\nrights: Test text.\n";

/** Where the authoring compiler puts each mention anchor: the real resolver, through its public entry. */
function resolve(text: string, anchors: unknown[]): { start: number; end: number }[] | null {
  const entities = blockList([{ id: plain("e"), name: "E", type: plain("other"), mentions: anchors as never }]);
  const result = compileDataset({
    files: { "dataset.yml": META, "entities.yml": entities, "quotes.yml": "[]", "claims.yml": "[]", "notes.yml": "[]" },
    article: text,
    version: "0.0.0",
  });
  return result.ok ? result.dataset.entities[0]!.mentions.map((m) => ({ start: m.start, end: m.end })) : null;
}

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
          const found = new AnchorIndex(text).occurrences(needle);
          // "all" takes every whole-word match the compiler finds: they must be the ones counted here.
          const resolved = resolve(text, [{ text: needle, occurrence: plain("all") }]) ?? [];
          expect(resolved).toEqual(found.map((start) => ({ start, end: start + needle.length })));
        },
      ),
      { numRuns: 300, seed: 11 },
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
        expect(resolve(text, [anchor])).toEqual([{ start, end }]);
      }),
      { numRuns: 300, seed: 13 },
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
