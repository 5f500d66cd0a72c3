// Hand-checked spot checks of tricky records, against the committed dataset.json.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createIndex, loadDataset } from "@claimset/core";
import { compileFolder, lintFolder } from "@claimset/core/node";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const json = JSON.parse(readFileSync(join(root, "dataset.json"), "utf8"));
const dataset = loadDataset(json, { source: "dataset.json" });
const index = createIndex(dataset);
const article = readFileSync(join(root, "article.txt"), "utf8");
const claim = (id: string) => dataset.claims.find((c) => c.id === id)!;
const entity = (id: string) => dataset.entities.find((e) => e.id === id)!;

describe("the article", () => {
  it("is the source text byte for byte", () => {
    const bytes = readFileSync(join(root, "article.txt"));
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(
      "a7abe70066e9ad22d0cb95c5a50a5862057b9aeb0a78a57fb97897a8e167408b",
    );
    expect(dataset.source.text).toBe(article);
    expect(article.length).toBe(9429);
  });

  it("has no metadata the text does not give", () => {
    expect(dataset.source).toMatchObject({ title: null, publisher: null, url: null, publishedAt: null, authors: null });
  });

  it("dates the text only in an editorial note marked as an inference", () => {
    const dating = dataset.notes.filter((n) => n.kind === "inference" && n.targets.length === 0 && /80th/.test(n.text));
    expect(dating.length).toBeGreaterThan(0);
  });
});

describe("dataset.json", () => {
  it("is what the authored files build to", () => {
    const built = compileFolder(root);
    expect(json).toEqual(built);
  });

  it("keeps every span on the text, curly quotes, dashes and the ellipsis included", () => {
    const spans = [
      ...dataset.entities.flatMap((e) => e.mentions),
      ...dataset.quotes.flatMap((q) => q.spans),
      ...dataset.claims.map((c) => c.span),
    ];
    for (const s of spans) expect(article.slice(s.start, s.end)).toBe(s.text);
    expect(spans.some((s) => /[“”’–…]/.test(s.text))).toBe(true);
  });
});

describe("the authored files", () => {
  it("lints clean", () => {
    const result = lintFolder(root);
    expect(result.issues).toEqual([]);
    // The conventions the headers state are checked, not only written down.
    expect(result.conventions.map((c) => `${c.file} ${c.rule}`)).toEqual([
      "quotes.yml continuation-speaker-text",
      "claims.yml claim-span-unit",
      "claims.yml asserted-by-form",
    ]);
    expect(result.ran).toEqual([
      "asserted-by-form",
      "continuation-speaker-text",
      "claim-span-unit",
      "stated-conventions",
    ]);
  });
});

describe("spot checks", () => {
  it("the 771,000 casualty figure is more-than, asserted by the article itself with no source", () => {
    const c = claim("n-russian-casualties");
    expect(c).toMatchObject({
      span: { text: "more than 771,000" },
      value: 771000,
      comparator: ">",
      bounds: { low: 771000, high: null, lowInclusive: false },
      qualifier: { text: "more than" },
      assertedBy: { type: "publisher" },
    });
    expect(index.notesFor("n-russian-casualties").some((n) => n.kind === "fact-check")).toBe(true);
  });

  it("every Leopard quote resolves to one speaker", () => {
    const quotes = dataset.quotes.filter((q) =>
      q.spans.some((s) => /meat grinder|Meter by meter|don't use drones/.test(s.text)),
    );
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["leopard"]));
    expect(index.quotesBy("leopard").length).toBeGreaterThanOrEqual(5);
    expect(entity("leopard").type).toBe("person");
  });

  it("'about 12,000' is approximate, with bounds around the value", () => {
    const c = claim("n-initial-force-12000");
    expect(c).toMatchObject({ value: 12000, comparator: "~", qualifier: { text: "about" } });
    expect(c.bounds.low).toBeLessThan(12000);
    expect(c.bounds.high).toBeGreaterThan(12000);
  });

  it("'about two dozen men' carries bounds, and its span runs to the unit noun", () => {
    const c = claim("n-men-two-dozen");
    expect(c).toMatchObject({ span: { text: "about two dozen men" }, value: 24, comparator: "~" });
    expect(c.bounds.low).not.toBeNull();
    expect(c.bounds.high).not.toBeNull();
  });

  it("vague quantities have no value but have bounds", () => {
    for (const id of ["n-north-koreans-few-hundred", "n-helmets-dozens", "n-north-korean-guns-dozens"]) {
      expect(claim(id)).toMatchObject({ value: null, comparator: "vague" });
      expect(claim(id).bounds.low).not.toBeNull();
    }
  });

  it("'nearly a quarter of a century' is a duration below 25 years", () => {
    expect(claim("n-putin-rule-quarter-century")).toMatchObject({ kind: "duration", value: 25, comparator: "<" });
  });

  it("descriptive coreferences are nominal mentions of Putin", () => {
    const putin = entity("vladimir-putin").mentions;
    for (const text of ["a madman", "the mad dictator"]) {
      expect(putin.find((m) => m.text === text)?.kind).toBe("nominal");
    }
  });

  it("the Yars launchers are recorded with their translation artefact", () => {
    expect(entity("yars").mentions.some((m) => m.text.includes("Yaris"))).toBe(true);
    expect(index.notesFor("yars").some((n) => n.kind === "translation")).toBe(true);
  });

  it("the outlets are the addressees of what was said to them", () => {
    expect(dataset.quotes.some((q) => q.addressee === "the-times" && q.speaker === "vitaly")).toBe(true);
    expect(dataset.quotes.some((q) => q.addressee === "nhk")).toBe(true);
  });

  it("a reader clicking the casualty figure sees the claim and the note on it", () => {
    const at = index.at(article.indexOf("771,000"));
    expect(at.some((a) => a.type === "claim" && a.claim.id === "n-russian-casualties")).toBe(true);
    expect(at.some((a) => a.type === "note")).toBe(true);
  });
});
