import { describe, expect, it } from "vitest";
import { buildFixture } from "../query/fixture.test-helper.js";
import { type JsonLdNode, toJsonLd } from "./json-ld.js";

const dataset = buildFixture();

/** Every `{ "@id": ... }` reference object anywhere under `value` (nodes themselves excluded). */
function references(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) references(v, out);
  else if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === "@id") out.push((value as { "@id": string })["@id"]);
    else for (const v of Object.values(value)) references(v, out);
  }
  return out;
}

function nulls(value: unknown, path = "$"): string[] {
  if (value === null) return [path];
  if (typeof value !== "object") return [];
  return Object.entries(value as object).flatMap(([k, v]) => nulls(v, `${path}.${k}`));
}

const byId = (graph: JsonLdNode[], id: string) =>
  graph.find((n) => n["@id"] === id) as Record<string, unknown> | undefined;

describe("toJsonLd", () => {
  const doc = toJsonLd(dataset);
  const graph = doc["@graph"];
  const urn = (id: string) => `urn:claimset:fixture-parade:${id}`;

  it("is a schema.org graph whose references all resolve to nodes in it", () => {
    expect(doc["@context"]).toBe("https://schema.org/");
    const ids = graph.map((n) => n["@id"]);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = references(graph);
    expect(refs.length).toBeGreaterThan(10);
    for (const id of refs) expect(ids).toContain(id);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it("omits unknown metadata instead of writing null", () => {
    expect(nulls(doc)).toEqual([]);
    const article = byId(graph, urn("source"));
    expect(article?.["@type"]).toBe("NewsArticle");
    expect(article).not.toHaveProperty("headline");
    expect(article).not.toHaveProperty("author");
    expect(article?.datePublished).toBe("2025-05-09");
    expect(article?.identifier).toEqual({
      "@type": "PropertyValue",
      name: "sha256 of the article text (UTF-8)",
      value: dataset.source.sha256,
    });
  });

  it("types entities by schema.org class and links Wikidata", () => {
    const types = Object.fromEntries(dataset.entities.map((e) => [e.id, byId(graph, urn(e.id))?.["@type"]]));
    expect(types).toEqual({
      "kim-jong-un": "Person",
      "the-times": "Organization",
      "second-army-corps": "Organization",
      russians: "Thing",
      pyongyang: "Place",
      "victory-day": "Event",
    });
    // The Wikidata entity IRI, as in the Web Annotation export.
    expect(byId(graph, urn("kim-jong-un"))?.sameAs).toBe("http://www.wikidata.org/entity/Q56226");
    expect(byId(graph, urn("kim-jong-un"))?.identifier).toEqual({
      "@type": "PropertyValue",
      name: "claimset record id",
      value: "kim-jong-un",
    });
    expect(byId(graph, urn("russians"))).not.toHaveProperty("sameAs");
    expect(byId(graph, urn("the-times"))?.alternateName).toEqual(["Times"]);
  });

  it("attributes quotations to their speakers and claims to whoever asserts them", () => {
    const quote = byId(graph, urn("q-kim-losses"));
    expect(quote?.["@type"]).toBe("Quotation");
    expect(quote?.spokenByCharacter).toEqual({ "@id": urn("kim-jong-un") });
    expect(quote?.isPartOf).toEqual({ "@id": urn("source") });
    expect(byId(graph, urn("q-show"))).not.toHaveProperty("spokenByCharacter");

    const viaQuote = byId(graph, urn("n-corps-losses"));
    expect(viaQuote?.["@type"]).toBe("Claim");
    expect(viaQuote?.text).toBe("about 24");
    expect(viaQuote?.author).toEqual({ "@id": urn("kim-jong-un") });
    expect(viaQuote?.appearance).toEqual([{ "@id": urn("source") }, { "@id": urn("q-kim-losses") }]);
    // The publisher's own voice and unnamed sources have no author node.
    expect(byId(graph, urn("n-russian-casualties"))).not.toHaveProperty("author");
    expect(byId(graph, urn("n-tanks"))).not.toHaveProperty("author");
    expect(byId(graph, urn("n-russian-casualties"))?.description).toBe(
      "> 771,000 soldiers (person): Russian soldiers killed | wounded",
    );
  });

  it("has a node per entity, quote and claim besides the article and the dataset", () => {
    const count = (type: string) => graph.filter((n) => n["@type"] === type).length;
    expect(graph).toHaveLength(2 + dataset.entities.length + dataset.quotes.length + dataset.claims.length);
    expect(count("Quotation")).toBe(dataset.quotes.length);
    expect(count("Claim")).toBe(dataset.claims.length);
    expect(byId(graph, urn(""))).toBeUndefined();
    expect(byId(graph, "urn:claimset:fixture-parade")?.version).toBe("1.2.0");
    expect(byId(graph, "urn:claimset:fixture-parade")?.schemaVersion).toBe(
      `https://claimset.dev/schema/${dataset.schemaVersion}/dataset.schema.json`,
    );
  });

  it("names only a person or an organization as a quotation's speaker or a claim's author", () => {
    // "russians" is a group: schema.org's Thing, outside the range of spokenByCharacter, creator and author.
    const byGroup = buildFixture();
    byGroup.quotes = byGroup.quotes.map((q) => (q.id === "q-kim-missiles" ? { ...q, speaker: "russians" } : q));
    byGroup.claims = byGroup.claims.map((c) =>
      c.id === "n-tanks" ? { ...c, assertedBy: { type: "entity", id: "russians" } } : c,
    );
    const g = toJsonLd(byGroup)["@graph"];
    const quote = byId(g, urn("q-kim-missiles"));
    expect(quote).not.toHaveProperty("spokenByCharacter");
    expect(quote).not.toHaveProperty("creator");
    expect(quote?.description).toBe("Attributed to Russians (group)");
    expect(byId(g, urn("n-tanks"))).not.toHaveProperty("author");
    expect(byId(g, urn("q-kim-losses"))?.creator).toEqual({ "@id": urn("kim-jong-un") });
  });

  it("mints ids from a base, and uses the article URL as its id when known", () => {
    const withBase = toJsonLd(buildFixture({ url: "https://news.example/parade", title: "Parade" }), {
      base: "https://data.example/parade",
    });
    expect(withBase["@context"]).toBe("https://schema.org/");
    const g = withBase["@graph"];
    expect(byId(g, "https://data.example/parade#kim-jong-un")?.["@type"]).toBe("Person");
    expect(byId(g, "https://news.example/parade")?.headline).toBe("Parade");
    expect(byId(g, "https://data.example/parade")?.["@type"]).toBe("Dataset");
    const ids = g.map((n) => n["@id"]);
    for (const id of references(g)) expect(ids).toContain(id);
    // Without a URL the article is a fragment of the base, as in the Web Annotation export.
    expect(
      byId(toJsonLd(dataset, { base: "https://data.example/parade" })["@graph"], "https://data.example/parade#source"),
    ).toBeDefined();
  });

  it.each([
    ["https://x.example/#y", /fragment/],
    ["not a base", /not an absolute http\(s\) IRI/],
    ["ftp://x.example/data", /not an absolute http\(s\) IRI/],
    ["https://x.example/a b", /not an absolute http\(s\) IRI/],
    ["", /not an absolute http\(s\) IRI/],
  ])("refuses the base %j", (base, message) => {
    expect(() => toJsonLd(dataset, { base })).toThrow(message);
  });
});
