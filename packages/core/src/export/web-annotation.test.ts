import { describe, expect, it } from "vitest";
import { buildFixture, FIXTURE_TEXT, spanOf } from "../query/fixture.test-helper.js";
import { createOffsetConverter } from "../text/offsets.js";
import { type SpanTarget, toWebAnnotations, type WebAnnotation } from "./web-annotation.js";

const dataset = buildFixture();
const collection = toWebAnnotations(dataset);
const items = collection.first.items;
const spanTargetOf = (a: WebAnnotation): SpanTarget | null =>
  typeof a.target === "object" && !Array.isArray(a.target) ? a.target : null;

describe("toWebAnnotations", () => {
  it("is an AnnotationCollection in the W3C context holding one page of annotations", () => {
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.first.type).toBe("AnnotationPage");
    expect(collection.first.partOf).toBe(collection.id);
    expect(collection.total).toBe(items.length);
    // The object is plain JSON: serializing loses nothing.
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection);
  });

  it("has one annotation per mention, quote span, claim and note, with unique ids", () => {
    const mentions = dataset.entities.reduce((n, e) => n + e.mentions.length, 0);
    const quoteSpans = dataset.quotes.reduce((n, q) => n + q.spans.length, 0);
    expect(items).toHaveLength(mentions + quoteSpans + dataset.claims.length + dataset.notes.length);
    expect(new Set(items.map((a) => a.id)).size).toBe(items.length);
    expect(items.filter((a) => a.motivation === "identifying")).toHaveLength(mentions);
    expect(items.filter((a) => a.motivation === "commenting")).toHaveLength(dataset.notes.length);
  });

  it("resolves every selector back to its span: code points, exact text, prefix and suffix", () => {
    const offsets = createOffsetConverter(FIXTURE_TEXT);
    const spanned = items.map(spanTargetOf).filter((t) => t !== null);
    expect(spanned.length).toBe(items.length - 2); // two notes have no passage
    let shifted = 0;
    for (const { source, selector } of spanned) {
      expect(source).toBe("urn:claimset:fixture-parade:source");
      const [position, quote] = selector;
      const start = offsets.toUtf16(position.start);
      const end = offsets.toUtf16(position.end);
      expect(FIXTURE_TEXT.slice(start, end)).toBe(quote.exact);
      // The same slice by code points, as a non-JavaScript reader would take it.
      expect([...FIXTURE_TEXT].slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(FIXTURE_TEXT.slice(start - (quote.prefix ?? "").length, start)).toBe(quote.prefix ?? "");
      expect(FIXTURE_TEXT.slice(end, end + (quote.suffix ?? "").length)).toBe(quote.suffix ?? "");
      expect((quote.prefix ?? "").length).toBeLessThanOrEqual(32);
      expect((quote.suffix ?? "").length).toBeLessThanOrEqual(32);
      if (position.start !== start) shifted++;
    }
    // The emoji before every span makes code points and UTF-16 units differ.
    expect(shifted).toBe(spanned.length);
  });

  it("keeps context whole: a prefix never starts inside a surrogate pair", () => {
    const victory = items.find((a) => spanTargetOf(a)?.selector[1].exact === "Victory Day");
    const quote = spanTargetOf(victory!)!.selector[1];
    expect(quote.prefix).toBe("🇰🇵🎉 ");
    const short = toWebAnnotations(dataset, { context: 2 }).first.items.find(
      (a) => spanTargetOf(a)?.selector[1].exact === "Victory Day",
    );
    // Two code units back is the middle of 🎉, so the prefix shrinks to the space.
    expect(spanTargetOf(short!)!.selector[1].prefix).toBe(" ");
  });

  it("identifies mentions with the entity record and Wikidata, and tags records by table and kind", () => {
    const kim = items.find(
      (a) => spanTargetOf(a)?.selector[1].exact === "Kim Jong Un" && a.motivation === "identifying",
    );
    // Ids carry code point offsets: "Kim Jong Un" starts at UTF-16 unit 38, code point 35.
    expect(spanOf("Kim Jong Un").start).toBe(38);
    expect(kim?.id).toBe("urn:claimset:fixture-parade:kim-jong-un:35-46");
    expect(kim?.motivation).toBe("identifying");
    expect(kim?.body).toContainEqual({
      type: "SpecificResource",
      source: "urn:claimset:fixture-parade:kim-jong-un",
      purpose: "identifying",
    });
    expect(kim?.body).toContainEqual({
      type: "SpecificResource",
      source: "http://www.wikidata.org/entity/Q56226",
      purpose: "identifying",
    });
    expect(kim?.body).toContainEqual({
      type: "TextualBody",
      value: "entity:person",
      purpose: "tagging",
      format: "text/plain",
    });
    const claim = items.find((a) =>
      a.body.some((b) => b.type === "SpecificResource" && b.source.endsWith(":n-corps-losses")),
    );
    expect(claim?.motivation).toBe("describing");
    expect(claim?.body).toContainEqual(expect.objectContaining({ value: "claim:count", purpose: "tagging" }));
    expect(claim?.body).toContainEqual(
      expect.objectContaining({ purpose: "describing", value: expect.stringContaining("~24 (20–28) men (person)") }),
    );
  });

  it("targets the record a passage-less note is about, or the article when it is about the whole", () => {
    const show = items.find((a) => a.id === "urn:claimset:fixture-parade:note-show:annotation");
    // A single target is one IRI, not a list of one (WADM 3.1, and the W3C test suite's target checks).
    expect(show?.target).toBe("urn:claimset:fixture-parade:q-show");
    const article = items.find((a) => a.id === "urn:claimset:fixture-parade:note-article:annotation");
    expect(article?.target).toBe("urn:claimset:fixture-parade:source");
    expect(article?.body).toContainEqual(
      expect.objectContaining({ purpose: "commenting", value: "A made-up article\nfor tests." }),
    );
    // The annotation is not its own body: the body links the note record.
    expect(article?.body).toContainEqual({
      type: "SpecificResource",
      source: "urn:claimset:fixture-parade:note-article",
      purpose: "identifying",
    });
    const twoTargets = buildFixture();
    twoTargets.notes = twoTargets.notes.map((n) =>
      n.id === "note-show" ? { ...n, targets: ["q-show", "russians"] } : n,
    );
    const both = toWebAnnotations(twoTargets).first.items.find((a) => a.id.endsWith(":note-show:annotation"));
    expect(both?.target).toEqual(["urn:claimset:fixture-parade:q-show", "urn:claimset:fixture-parade:russians"]);
  });

  it("names its one page as both first and last", () => {
    expect(collection.last).toBe(collection.first.id);
    expect(collection.first.id).toBe("urn:claimset:fixture-parade:annotations:page-1");
  });

  it("uses the article URL as source and a base for ids when given", () => {
    const withUrl = buildFixture({ url: "https://news.example/parade" });
    const out = toWebAnnotations(withUrl, { base: "https://data.example/parade" });
    expect(out.id).toBe("https://data.example/parade#annotations");
    const first = out.first.items.map(spanTargetOf).find((t) => t !== null);
    expect(first?.source).toBe("https://news.example/parade");
    expect(out.first.items.every((a) => a.id.startsWith("https://data.example/parade#"))).toBe(true);
    expect(() => toWebAnnotations(dataset, { base: "https://data.example/#x" })).toThrow(/fragment/);
    expect(() => toWebAnnotations(dataset, { base: "not a base" })).toThrow(/not an absolute http\(s\) IRI/);
    expect(() => toWebAnnotations(dataset, { source: "article.txt" })).toThrow(/not an absolute IRI/);
    // Without a URL, the article is the same IRI the JSON-LD export gives it.
    const minted = toWebAnnotations(dataset, { base: "https://data.example/parade" });
    expect(minted.first.items.map(spanTargetOf).find((t) => t !== null)?.source).toBe(
      "https://data.example/parade#source",
    );
  });

  it("lists annotations in text order", () => {
    const starts = items.map((a) => spanTargetOf(a)?.selector[0].start ?? -1);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});
