// schema.org JSON-LD: the article, its entities, quotations and numeric
// claims as one @graph with stable @ids, for search engines and linked-data
// tools. Unknown metadata is left out rather than written as null.
import type { EntityType } from "@claimset/schema";
import type { ReadonlyClaim, ReadonlyDataset, ReadonlyEntity, ReadonlyQuote } from "../query/types.js";
import { formatBounds, formatUnit } from "./format.js";
import { sourceIri } from "./iri.js";

export interface JsonLdOptions {
  /**
   * Base IRI of the published dataset. With it, records get relative ids
   * (`#<record-id>`) resolved against `@base`; without it, absolute
   * `urn:claimset:<dataset-id>:<record-id>` ids.
   */
  base?: string;
}

export type JsonLdNode = { "@id": string; "@type": string } & Record<string, unknown>;

export interface JsonLdDocument {
  "@context": "https://schema.org/" | ["https://schema.org/", { "@base": string }];
  "@graph": JsonLdNode[];
}

/** The schema.org type of each entity type; schema.org has no closer match for the Thing ones. */
export const SCHEMA_ORG_TYPES: Readonly<Record<EntityType, string>> = {
  person: "Person",
  organization: "Organization",
  "media-outlet": "Organization",
  "military-unit": "Organization",
  location: "Place",
  facility: "Place",
  event: "Event",
  artifact: "Thing",
  weapon: "Thing",
  group: "Thing",
  other: "Thing",
};

const ref = (id: string) => ({ "@id": id });

/** Drops null, undefined and empty-array properties, so every property left states something. */
function compact(node: Record<string, unknown>): JsonLdNode {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as JsonLdNode;
}

/** The dataset as a schema.org JSON-LD document. */
export function toJsonLd(dataset: ReadonlyDataset, options: JsonLdOptions = {}): JsonLdDocument {
  const { base } = options;
  if (base?.includes("#")) {
    throw new Error(
      `JSON-LD base ${JSON.stringify(base)} has a fragment; expected a base without "#" (ids become fragments)`,
    );
  }
  const idOf = (recordId: string) => (base === undefined ? `urn:claimset:${dataset.id}:${recordId}` : `#${recordId}`);
  const source = dataset.source;
  const articleId = source.url ?? (base === undefined ? sourceIri(dataset) : "#source");
  const datasetId = base ?? `urn:claimset:${dataset.id}`;
  const speakerOf = new Map(dataset.quotes.map((q) => [q.id, q.speaker]));

  const article = compact({
    "@id": articleId,
    "@type": "NewsArticle",
    headline: source.title,
    url: source.url,
    publisher: source.publisher === null ? null : { "@type": "Organization", name: source.publisher },
    author: source.authors?.map((name) => ({ "@type": "Person", name })),
    datePublished: source.publishedAt,
    inLanguage: source.language,
    copyrightNotice: source.rights,
    identifier: { "@type": "PropertyValue", propertyID: "sha256", value: source.sha256 },
  });

  const datasetNode = compact({
    "@id": datasetId,
    "@type": "Dataset",
    name: `claimset ${dataset.id}`,
    identifier: dataset.id,
    version: dataset.version,
    isBasedOn: ref(articleId),
    schemaVersion: dataset.schemaVersion,
  });

  const entity = (e: ReadonlyEntity) =>
    compact({
      "@id": idOf(e.id),
      "@type": SCHEMA_ORG_TYPES[e.type],
      identifier: e.id,
      name: e.name,
      alternateName: [...e.aliases],
      description: e.description,
      sameAs: e.wikidata === null ? null : `https://www.wikidata.org/wiki/${e.wikidata}`,
      subjectOf: ref(articleId),
    });

  const quotation = (q: ReadonlyQuote) =>
    compact({
      "@id": idOf(q.id),
      "@type": "Quotation",
      identifier: q.id,
      text: q.spans.map((s) => s.text).join(" … "),
      spokenByCharacter: q.speaker === null ? null : ref(idOf(q.speaker)),
      creator: q.speaker === null ? null : ref(idOf(q.speaker)),
      isPartOf: q.parent === null ? ref(articleId) : [ref(articleId), ref(idOf(q.parent))],
    });

  const claim = (c: ReadonlyClaim) => {
    const by = c.assertedBy;
    const author = by.type === "entity" ? by.id : by.type === "quote" ? (speakerOf.get(by.id) ?? null) : null;
    return compact({
      "@id": idOf(c.id),
      "@type": "Claim",
      identifier: c.id,
      text: c.span.text,
      description: `${formatBounds(c)} ${formatUnit(c)}: ${c.about.text}`,
      about: c.about.entities.map((id) => ref(idOf(id))),
      author: author === null ? null : ref(idOf(author)),
      appearance: by.type === "quote" ? [ref(articleId), ref(idOf(by.id))] : ref(articleId),
    });
  };

  return {
    "@context": base === undefined ? "https://schema.org/" : ["https://schema.org/", { "@base": base }],
    "@graph": [
      article,
      datasetNode,
      ...dataset.entities.map(entity),
      ...dataset.quotes.map(quotation),
      ...dataset.claims.map(claim),
    ],
  };
}
