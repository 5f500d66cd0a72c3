// The Web Annotation export checked against the W3C Web Annotation Data
// Model (https://www.w3.org/TR/annotation-model/). No npm package ships the
// W3C test suite's assertion schemas, so each MUST (and SHOULD) of the model
// that the export relies on is a test case of its own, citing its section.
// The output is also expanded and converted to RDF by jsonld (the JSON-LD
// processor) in safe mode, which fails on any term the context does not
// define and on any IRI that is not absolute.
import type { ReadonlyDataset } from "@claimset/schema";
import jsonld, { type Options } from "jsonld";
import { describe, expect, it } from "vitest";
import type { SpanTarget, WebAnnotation, WebAnnotationCollection } from "../../src/export/web-annotation.js";
import { toWebAnnotations } from "../../src/export/web-annotation.js";
import { ANNO_CONTEXT, ANNO_TERMS, CONTEXT_URL, OA } from "./anno-context.js";
import { allDatasets } from "./datasets.js";
import { declaredTerms, vocabulary } from "./vocabularies.js";

const documentLoader = async (url: string) => {
  if (url !== CONTEXT_URL) throw new Error(`no network: refusing to load ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: ANNO_CONTEXT };
};

describe("the anno.jsonld terms used by the tests", () => {
  it("map to IRIs the Web Annotation, ActivityStreams, Dublin Core, RDF and RDFS vocabularies declare", () => {
    const declared = new Set([
      ...declaredTerms(vocabulary("oa")),
      ...[...declaredTerms(vocabulary("as"))].map((iri) => iri.replace(/^https:/, "http:")),
      ...declaredTerms(vocabulary("dc11")),
      ...declaredTerms(vocabulary("rdf")),
      ...declaredTerms(vocabulary("rdfs")),
    ]);
    const iris = Object.values(ANNO_TERMS)
      .map((t) => (typeof t === "string" ? t : t["@id"]))
      .filter((iri): iri is string => iri !== undefined && !iri.startsWith("@"));
    expect(iris.filter((iri) => !declared.has(iri))).toEqual([]);
  });
});

const isSpan = (t: WebAnnotation["target"]): t is SpanTarget => typeof t === "object" && !Array.isArray(t);
const MOTIVATIONS = [
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
];
const absolute = (iri: string) => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$/.test(iri);

const variants = (dataset: ReadonlyDataset): [string, WebAnnotationCollection][] => [
  ["no base", toWebAnnotations(dataset)],
  ["a base", toWebAnnotations(dataset, { base: "https://data.example/claimset/parade" })],
];

describe.each(allDatasets().map(({ name, dataset }) => [name, dataset] as const))(
  "Web Annotations of %s",
  (_name, dataset) => {
    describe.each(variants(dataset))("with %s", (_variant, collection) => {
      const items = collection.first.items;

      it("expands and converts to RDF with the anno.jsonld context in jsonld's safe mode, losing nothing", async () => {
        const expanded = await jsonld.expand(JSON.parse(JSON.stringify(collection)), {
          documentLoader,
          safe: true,
        } as unknown as Options.Expand);
        expect(expanded).toHaveLength(1);
        const nquads = (await jsonld.toRDF(expanded, {
          format: "application/n-quads",
          safe: true,
        } as Options.ToRdf)) as unknown as string;
        const annotations = nquads.split("\n").filter((l) => l.endsWith(`<${OA}Annotation> .`));
        expect(annotations).toHaveLength(items.length);
        for (const line of nquads.split("\n").filter(Boolean)) {
          for (const [, iri] of line.matchAll(/<([^>]*)>/g)) expect(absolute(iri as string), iri).toBe(true);
        }
      });

      it("§3.1: each annotation has exactly one IRI id, the type Annotation, and one or more targets", () => {
        const ids = items.map((a) => a.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const a of items) {
          expect(typeof a.id === "string" && absolute(a.id), a.id).toBe(true);
          expect(a.type).toBe("Annotation");
          expect(a.target, a.id).toBeDefined();
        }
      });

      it("§3.1: a single target is written as one value, never as a list of one (the test suite's target checks)", () => {
        for (const a of items) if (Array.isArray(a.target)) expect(a.target.length, a.id).toBeGreaterThan(1);
      });

      it("§3.2: every target is an IRI or a Specific Resource; every body a Textual Body or a Specific Resource", () => {
        for (const a of items) {
          const targets = Array.isArray(a.target) ? a.target : [a.target];
          for (const t of targets) {
            if (typeof t === "string") expect(absolute(t), t).toBe(true);
            else expect(absolute(t.source), t.source).toBe(true);
          }
          expect(a.body.length, a.id).toBeGreaterThan(0);
          for (const b of a.body) expect(["TextualBody", "SpecificResource"]).toContain(b.type);
        }
      });

      it("§3.2.4: each Textual Body has exactly one value, a string, and a media type as format", () => {
        for (const a of items) {
          for (const b of a.body) {
            if (b.type !== "TextualBody") continue;
            expect(typeof b.value).toBe("string");
            expect(b.format).toMatch(/^text\//);
          }
        }
      });

      it("§4: each Specific Resource has exactly one source, an IRI, and no body is the annotation itself", () => {
        for (const a of items) {
          for (const b of a.body) {
            if (b.type !== "SpecificResource") continue;
            expect(absolute(b.source), b.source).toBe(true);
            expect(b.source, a.id).not.toBe(a.id);
          }
          if (isSpan(a.target)) expect(absolute(a.target.source)).toBe(true);
        }
      });

      it("§3.3.5: motivations and purposes come from the model's list", () => {
        for (const a of items) {
          expect(MOTIVATIONS).toContain(a.motivation);
          for (const b of a.body) expect(MOTIVATIONS).toContain(b.purpose);
        }
      });

      it("§4.2.4: a Text Quote Selector has exactly one exact, the text it selects, and at most one prefix and suffix", () => {
        const text = dataset.source.text;
        for (const a of items) {
          if (!isSpan(a.target)) continue;
          const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector");
          expect(quote, a.id).toBeDefined();
          if (quote?.type !== "TextQuoteSelector") continue;
          expect(typeof quote.exact).toBe("string");
          // Prefix, exact and suffix are adjacent in the text, as a reader will look for them.
          expect(text.includes(`${quote.prefix ?? ""}${quote.exact}${quote.suffix ?? ""}`), a.id).toBe(true);
        }
      });

      it("§4.2.5: a Text Position Selector has one start and one end, non-negative integers counted in code points", () => {
        const codePoints = [...dataset.source.text];
        for (const a of items) {
          if (!isSpan(a.target)) continue;
          const position = a.target.selector.find((s) => s.type === "TextPositionSelector");
          const quote = a.target.selector.find((s) => s.type === "TextQuoteSelector");
          if (position?.type !== "TextPositionSelector" || quote?.type !== "TextQuoteSelector") {
            throw new Error(`${a.id}: no position or quote selector`);
          }
          expect(Number.isInteger(position.start) && position.start >= 0).toBe(true);
          expect(Number.isInteger(position.end) && position.end >= position.start).toBe(true);
          // A reader that counts code points, not UTF-16 units, gets the same text.
          expect(codePoints.slice(position.start, position.end).join(""), a.id).toBe(quote.exact);
        }
      });

      it("§5.1: the collection has one IRI id, the type AnnotationCollection, a label, its total, and first and last pages", () => {
        expect(collection["@context"]).toBe(CONTEXT_URL);
        expect(absolute(collection.id)).toBe(true);
        expect(collection.type).toBe("AnnotationCollection");
        expect(collection.label.length).toBeGreaterThan(0);
        expect(collection.total).toBe(items.length);
        expect(collection.first.id).toBe(collection.last);
        expect(absolute(collection.last)).toBe(true);
      });

      it("§5.2: the page has one IRI id, the type AnnotationPage, its collection as partOf, and a start index", () => {
        const page = collection.first;
        expect(absolute(page.id)).toBe(true);
        expect(page.type).toBe("AnnotationPage");
        expect(page.partOf).toBe(collection.id);
        expect(page.startIndex).toBe(0);
      });
    });
  },
);
