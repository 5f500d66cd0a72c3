// The schema.org JSON-LD export, expanded by jsonld (the JSON-LD processor)
// with schema.org's context, and every type, property, domain and range
// checked against the schema.org vocabulary as schema.org publishes it
// (@vocabulary/schema). The Web Annotation export is converted to RDF too,
// to check that both exports give the article and each record one IRI.
import { createRequire } from "node:module";
import type { ReadonlyDataset } from "@claimset/schema";
import jsonld, { type Options } from "jsonld";
import { describe, expect, it } from "vitest";
import { toJsonLd } from "../../src/export/json-ld.js";
import { toWebAnnotations } from "../../src/export/web-annotation.js";
import { ANNO_CONTEXT, CONTEXT_URL } from "./anno-context.js";
import { allDatasets } from "./datasets.js";
import { type Quad, SCHEMA, schemaOrg, schemaOrgContext } from "./vocabularies.js";

const require = createRequire(import.meta.url);
const { NQuads } = require("rdf-canonize") as { NQuads: { parse(input: string): Quad[] } };

const vocab = schemaOrg();
const SCHEMA_CONTEXT = schemaOrgContext(vocab);
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const XSD_STRING = "http://www.w3.org/2001/XMLSchema#string";

/**
 * Resolves the two contexts the exports name, and nothing else: the tests
 * never reach the network. The Web Annotation context is the one its own
 * conformance test verifies term by term.
 */
async function documentLoader(url: string) {
  if (url === "https://schema.org/") return { contextUrl: undefined, documentUrl: url, document: SCHEMA_CONTEXT };
  if (url === CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: ANNO_CONTEXT };
  throw new Error(`no network: refusing to load ${url}`);
}

async function toQuads(doc: unknown): Promise<Quad[]> {
  const options = { documentLoader, safe: true } as unknown as Options.Expand;
  const expanded = await jsonld.expand(JSON.parse(JSON.stringify(doc)), options);
  const nquads = (await jsonld.toRDF(expanded, {
    format: "application/n-quads",
    safe: true,
  } as never)) as unknown as string;
  return NQuads.parse(nquads);
}

/** What the vocabulary says is wrong with a graph: unknown classes and properties, domains and ranges not met. */
function vocabularyProblems(quads: readonly Quad[]): string[] {
  const types = new Map<string, Set<string>>();
  for (const q of quads) {
    if (q.predicate.value !== RDF_TYPE) continue;
    types.set(q.subject.value, (types.get(q.subject.value) ?? new Set()).add(q.object.value));
  }
  const problems: string[] = [];
  const ancestorsOf = (node: string) => new Set([...(types.get(node) ?? [])].flatMap((t) => [...vocab.ancestors(t)]));
  for (const [node, ts] of types) {
    for (const t of ts) if (!vocab.classes.has(t)) problems.push(`${node}: ${t} is not a schema.org class`);
  }
  for (const { subject, predicate, object } of quads) {
    if (predicate.value === RDF_TYPE) continue;
    const p = vocab.properties.get(predicate.value);
    if (!p) {
      problems.push(`${subject.value}: ${predicate.value} is not a schema.org property`);
      continue;
    }
    const domain = ancestorsOf(subject.value);
    if (![...p.domains].some((d) => domain.has(d))) {
      problems.push(`${subject.value}: ${predicate.value} does not apply to ${[...(types.get(subject.value) ?? [])]}`);
    }
    const name = predicate.value.slice(SCHEMA.length);
    if (object.termType === "Literal") {
      const datatype = (object as Quad["object"] & { datatype?: { value: string } }).datatype?.value ?? XSD_STRING;
      // A plain string is Text; a typed literal (the context types dates) must name a range data type.
      const expected = datatype === XSD_STRING ? `${SCHEMA}Text` : datatype;
      const ranges = [...p.ranges].flatMap((r) => [r]);
      const ok = ranges.some(
        (r) => r === expected || (expected === `${SCHEMA}Text` && vocab.ancestors(r).has(`${SCHEMA}Text`)),
      );
      if (!ok)
        problems.push(`${subject.value}: ${name} = ${JSON.stringify(object.value)} (${expected}) is outside its range`);
    } else if (p.ranges.has(`${SCHEMA}URL`)) {
      // Any IRI is a URL, whatever node it names.
    } else if (types.has(object.value)) {
      const range = ancestorsOf(object.value);
      if (![...p.ranges].some((r) => range.has(r))) {
        problems.push(
          `${subject.value}: ${name} → ${object.value} (${[...(types.get(object.value) ?? [])]}) is outside its range`,
        );
      }
    } else if (!p.ranges.has(`${SCHEMA}URL`)) {
      problems.push(
        `${subject.value}: ${name} → ${object.value}, an IRI of no node in the graph, but its range has no URL`,
      );
    }
  }
  return problems;
}

const OA = "http://www.w3.org/ns/oa#";
const BASE = "https://data.example/claimset/parade";

describe("the schema.org context built from the vocabulary", () => {
  it("types the properties the export uses the way schema.org's served context does", () => {
    const context = SCHEMA_CONTEXT["@context"] as Record<string, unknown>;
    expect(context["@vocab"]).toBe("http://schema.org/");
    expect(context.sameAs).toEqual({ "@type": "@id" });
    expect(context.url).toEqual({ "@type": "@id" });
    expect(context.identifier).toEqual({ "@type": "@id" });
    expect(context.datePublished).toEqual({ "@type": "Date" });
    expect(context.text).toBeUndefined();
  });

  it("catches what it must: a Thing as speaker, a bare id in identifier, an unknown property", async () => {
    const bad = {
      "@context": "https://schema.org/",
      "@graph": [
        { "@id": "urn:x:q", "@type": "Quotation", spokenByCharacter: { "@id": "urn:x:t" }, colour: "red" },
        { "@id": "urn:x:t", "@type": "Thing", name: "a group" },
      ],
    };
    const problems = vocabularyProblems(await toQuads(bad));
    expect(problems.some((p) => p.includes("spokenByCharacter → urn:x:t (http://schema.org/Thing) is outside"))).toBe(
      true,
    );
    expect(problems.some((p) => p.includes("http://schema.org/colour is not a schema.org property"))).toBe(true);
    await expect(toQuads({ "@context": "https://schema.org/", "@id": "urn:x:e", identifier: "kim" })).rejects.toThrow();
  });
});

const withUrl = (dataset: ReadonlyDataset) => dataset.source.url !== null;

describe.each(allDatasets().map(({ name, dataset }) => [name, dataset] as const))(
  "schema.org JSON-LD of %s",
  (_name, dataset) => {
    it.each([
      ["no base", undefined],
      ["a base", BASE],
    ])("with %s: expands in safe mode and every type, property, domain and range is schema.org's", async (_v, base) => {
      const quads = await toQuads(toJsonLd(dataset, base === undefined ? {} : { base }));
      expect(vocabularyProblems(quads)).toEqual([]);
      const subjects = new Set(quads.map((q) => q.subject.value));
      expect(subjects.size).toBeGreaterThan(dataset.entities.length + dataset.quotes.length + dataset.claims.length);
    });

    it.each([
      ["no base", undefined],
      ["a base", BASE],
    ])(
      "with %s: names the article, each record and each Wikidata entity as the Web Annotations do",
      async (_v, base) => {
        const options = base === undefined ? {} : { base };
        const ld = await toQuads(toJsonLd(dataset, options));
        const wa = await toQuads(toWebAnnotations(dataset, options));
        const articles = ld.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${SCHEMA}NewsArticle`);
        expect(articles).toHaveLength(1);
        const article = articles[0]?.subject.value;
        if (withUrl(dataset)) expect(article).toBe(dataset.source.url);
        // Every annotated stretch of text has the article as its source.
        const sources = new Set(
          wa.filter((q) => q.predicate.value === "http://www.w3.org/ns/oa#hasSource").map((q) => q.object.value),
        );
        const bySubject = new Map<string, Quad[]>();
        for (const q of ld) bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
        const ldNodes = new Set(ld.filter((q) => q.predicate.value === RDF_TYPE).map((q) => q.subject.value));
        const ldSameAs = new Set(ld.filter((q) => q.predicate.value === `${SCHEMA}sameAs`).map((q) => q.object.value));
        const noteIris = new Set(
          toWebAnnotations(dataset, options)
            .first.items.flatMap((a) => (a.motivation === "commenting" ? [a.body[0]] : []))
            .map((b) => (b?.type === "SpecificResource" ? b.source : "")),
        );
        for (const source of sources) {
          if (source.startsWith("http://www.wikidata.org/entity/")) expect(ldSameAs, source).toContain(source);
          else if (!noteIris.has(source)) expect(ldNodes, source).toContain(source);
        }
        // Every annotated stretch of text, and every note about the whole article, targets the article's IRI.
        const targets = new Set(wa.filter((q) => q.predicate.value === `${OA}hasTarget`).map((q) => q.object.value));
        const targetSources = wa.filter((q) => q.predicate.value === `${OA}hasSource` && targets.has(q.subject.value));
        expect(new Set(targetSources.map((q) => q.object.value))).toEqual(
          new Set(targetSources.length ? [article] : []),
        );
        const aboutArticle = dataset.notes.filter((n) => n.span === null && n.targets.length === 0).length;
        if (aboutArticle) expect(targets).toContain(article);
        for (const e of dataset.entities)
          if (e.wikidata) expect(sources).toContain(`http://www.wikidata.org/entity/${e.wikidata}`);
      },
    );
  },
);
