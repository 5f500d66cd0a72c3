import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ClaimsetError } from "../errors/errors.js";
import { readDatasetFile } from "../node/read.js";
import { buildFixture } from "../query/fixture.test-helper.js";
import { createCorpus } from "./corpus.js";

// The seed article and a second, made-up one (the query fixture: a flag and an emoji before every span)
// that shares Kim Jong Un (Q56226) and The Times (Q50008) with it under the same ids, and Pyongyang.
const seed = readDatasetFile(
  join(import.meta.dirname, "../../../../datasets/north-korea-victory-day-parade/dataset.json"),
);
const second = buildFixture();
const corpus = createCorpus([seed, second]);
const textOf = (dataset: string) => corpus.dataset(dataset)!.source.text;

describe("createCorpus", () => {
  it("finds every quote by an entity across datasets by its Wikidata id, each with its dataset, key and spans", () => {
    const hits = corpus.quotesBy("Q56226");
    const expected = [
      ...seed.quotes.filter((q) => q.speaker === "kim-jong-un").map((q) => `${seed.id}:${q.id}`),
      ...second.quotes.filter((q) => q.speaker === "kim-jong-un").map((q) => `${second.id}:${q.id}`),
    ];
    expect(hits.map((h) => h.key)).toEqual(expected);
    expect(new Set(hits.map((h) => h.dataset))).toEqual(new Set([seed.id, second.id]));
    for (const h of hits) {
      expect(h.key).toBe(`${h.dataset}:${h.record.id}`);
      for (const span of h.spans) expect(textOf(h.dataset).slice(span.start, span.end)).toBe(span.text);
    }
  });

  it("resolves an entity by QID, corpus key, id in every dataset, or name and alias", () => {
    expect(corpus.entities("Q56226").map((h) => h.key)).toEqual([`${seed.id}:kim-jong-un`, `${second.id}:kim-jong-un`]);
    expect(corpus.entities(`${second.id}:kim-jong-un`).map((h) => h.dataset)).toEqual([second.id]);
    expect(corpus.entities("kim-jong-un").map((h) => h.dataset)).toEqual([seed.id, second.id]);
    expect(corpus.entities("the times").map((h) => h.key)).toEqual([`${seed.id}:the-times`, `${second.id}:the-times`]);
    // An alias in one dataset only.
    expect(corpus.entities("Vladimir Putin").map((h) => h.key)).toEqual([`${seed.id}:vladimir-putin`]);
    expect(corpus.entities("Q1")).toEqual([]);
    expect(corpus.entities("nobody")).toEqual([]);
    expect(corpus.entities("no-such-dataset:kim-jong-un")).toEqual([]);
  });

  it("answers claims about an entity, claims it asserts, and its mentions, from every dataset", () => {
    const aboutRussia = corpus.claimsAbout("Q159");
    expect(aboutRussia.map((h) => h.record.id)).toEqual(
      seed.claims.filter((c) => c.about.entities.includes("russia")).map((c) => c.id),
    );
    const asserted = corpus.claimsAssertedBy("Q56226");
    expect(
      asserted
        .filter((h) => h.dataset === second.id)
        .map((h) => h.record.id)
        .sort(),
    ).toEqual(["n-corps-losses", "n-corps-number", "n-missiles"]);
    const mentions = corpus.mentionsOf("Q18808");
    expect(mentions.length).toBe(
      seed.entities.find((e) => e.id === "pyongyang")!.mentions.length +
        second.entities.find((e) => e.id === "pyongyang")!.mentions.length,
    );
    for (const m of mentions) {
      expect(m.entity.wikidata).toBe("Q18808");
      expect(textOf(m.dataset).slice(m.record.start, m.record.end)).toBe(m.record.text);
    }
  });

  it("answers by kind and type, and searches every dataset", () => {
    expect(corpus.quotesByKind("scare").map((h) => h.key)).toEqual([
      ...seed.quotes.filter((q) => q.kind === "scare").map((q) => `${seed.id}:${q.id}`),
      `${second.id}:q-show`,
    ]);
    expect(corpus.claimsByKind("year").length).toBe(
      [...seed.claims, ...second.claims].filter((c) => c.kind === "year").length,
    );
    expect(corpus.entitiesByType("media-outlet").length).toBe(
      [...seed.entities, ...second.entities].filter((e) => e.type === "media-outlet").length,
    );
    const found = corpus.search("won't stop");
    expect(found.quotes.map((h) => h.key)).toEqual([`${second.id}:q-kim-losses`]);
  });

  it("gives a record by corpus key, and the annotations at a place in one dataset", () => {
    const found = corpus.record(`${second.id}:n-tanks`);
    expect(found?.table).toBe("claims");
    expect(found?.spans[0]?.text).toBe("between 20 and 28");
    expect(corpus.record(`${seed.id}:n-tanks`)).toBeUndefined();
    expect(corpus.record("n-tanks")).toBeUndefined();
    const offset = second.source.text.indexOf("24 men");
    const here = corpus.at(second.id, offset);
    expect(here.map((a) => a.key)).toEqual([
      `${second.id}:n-corps-losses`,
      `${second.id}:q-kim-losses`,
      `${second.id}:note-line-context`,
    ]);
    expect(here.every((a) => a.dataset === second.id)).toBe(true);
  });

  it("builds each dataset's index once, on first use, and reuses it", () => {
    const fresh = createCorpus([seed, second]);
    const index = fresh.index(second.id);
    fresh.quotesBy("Q56226");
    expect(fresh.index(second.id)).toBe(index);
  });

  it("refuses two datasets with one id, and names an unknown dataset", () => {
    expect(() => createCorpus([seed, second, seed])).toThrow(ClaimsetError);
    expect(() => createCorpus([seed, seed])).toThrow(/two datasets have the id "north-korea-victory-day-parade"/);
    expect(() => corpus.index("nope")).toThrow(/no dataset "nope" in the corpus/);
  });
});
