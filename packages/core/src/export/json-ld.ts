// schema.org JSON-LD: the article, its entities, quotations and numeric
// claims as one @graph with stable @ids, for search engines and linked-data
// tools. Unknown metadata is left out rather than written as null.
//
// schema.org's own context reads the string value of every property whose
// range includes URL as an IRI (`identifier`, `schemaVersion`, `sameAs`,
// `url`, …), so such properties get absolute IRIs or structured values,
// never a bare id.
import type { EntityType } from "@claimset/schema";
import { SCHEMA_ID_BASE } from "@claimset/schema";
import type { ReadonlyClaim, ReadonlyDataset, ReadonlyEntity, ReadonlyQuote } from "../query/types.js";
import { formatBounds, formatUnit } from "./format.js";
import { type DatasetIris, datasetIris, wikidataIri } from "./iri.js";

export interface JsonLdOptions {
  /**
   * Base IRI of the published dataset: an absolute http(s) IRI without a
   * fragment. With it, records are `<base>#<record-id>`; without it,
   * `urn:claimset:<dataset-id>:<record-id>`. The same base gives the same
   * IRIs in `toWebAnnotations`.
   */
  base?: string;
}

/** A schema.org type an entity can have. */
export type SchemaOrgType = "Person" | "Organization" | "Place" | "Event" | "Thing";

/** A reference to a node of the graph. */
export interface NodeRef {
  "@id": string;
}

/** A named value: the way schema.org carries an identifier that is not an IRI. */
export interface PropertyValueNode {
  "@type": "PropertyValue";
  name: string;
  value: string;
}

export interface ArticleNode {
  "@id": string;
  "@type": "NewsArticle";
  headline?: string;
  url?: string;
  publisher?: { "@type": "Organization"; name: string };
  author?: { "@type": "Person"; name: string }[];
  datePublished?: string;
  inLanguage: string;
  copyrightNotice: string;
  identifier: PropertyValueNode;
}

export interface DatasetNode {
  "@id": string;
  "@type": "Dataset";
  name: string;
  identifier: PropertyValueNode;
  version: string;
  isBasedOn: NodeRef;
  /** The JSON Schema of the data format version, by URL. */
  schemaVersion: string;
}

export interface EntityNode {
  "@id": string;
  "@type": SchemaOrgType;
  identifier: PropertyValueNode;
  name: string;
  alternateName?: string[];
  description?: string;
  sameAs?: string;
  subjectOf: NodeRef;
}

export interface QuotationNode {
  "@id": string;
  "@type": "Quotation";
  identifier: PropertyValueNode;
  text: string;
  /** Only a Person or an Organization: the range schema.org gives both properties. */
  spokenByCharacter?: NodeRef;
  creator?: NodeRef;
  /** Who the words are attributed to, in words, when the speaker is neither a person nor an organization. */
  description?: string;
  isPartOf: NodeRef | NodeRef[];
}

export interface ClaimNode {
  "@id": string;
  "@type": "Claim";
  identifier: PropertyValueNode;
  text: string;
  description: string;
  about?: NodeRef[];
  /** Only a Person or an Organization, as for quotations. */
  author?: NodeRef;
  appearance: NodeRef | NodeRef[];
}

export type JsonLdNode = ArticleNode | DatasetNode | EntityNode | QuotationNode | ClaimNode;

export interface JsonLdDocument {
  "@context": "https://schema.org/";
  "@graph": JsonLdNode[];
}

/** The schema.org type of each entity type; schema.org has no closer match for the Thing ones. */
export const SCHEMA_ORG_TYPES: Readonly<Record<EntityType, SchemaOrgType>> = {
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

const AGENTS: ReadonlySet<SchemaOrgType> = new Set(["Person", "Organization"]);
const ref = (id: string): NodeRef => ({ "@id": id });
const recordId = (id: string): PropertyValueNode => ({
  "@type": "PropertyValue",
  name: "claimset record id",
  value: id,
});
/** `{ key: value }` when there is a value, else nothing, so every property written states something. */
const when = <K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } =>
  (value === null || value === undefined || (Array.isArray(value) && value.length === 0) ? {} : { [key]: value }) as {
    [P in K]?: V;
  };

/** What every node builder reads: the dataset, its IRIs, and lookups built once. */
export interface GraphContext {
  dataset: ReadonlyDataset;
  iris: DatasetIris;
  entities: ReadonlyMap<string, ReadonlyEntity>;
  speakers: ReadonlyMap<string, string | null>;
}

export function graphContext(dataset: ReadonlyDataset, base?: string): GraphContext {
  return {
    dataset,
    iris: datasetIris(dataset, base),
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    speakers: new Map(dataset.quotes.map((q) => [q.id, q.speaker])),
  };
}

export function articleNode({ dataset, iris }: GraphContext): ArticleNode {
  const s = dataset.source;
  return {
    "@id": iris.article,
    "@type": "NewsArticle",
    ...when("headline", s.title),
    ...when("url", s.url),
    ...when("publisher", s.publisher === null ? null : { "@type": "Organization" as const, name: s.publisher }),
    ...when(
      "author",
      s.authors?.map((name) => ({ "@type": "Person" as const, name })),
    ),
    ...when("datePublished", s.publishedAt),
    inLanguage: s.language,
    copyrightNotice: s.rights,
    identifier: { "@type": "PropertyValue", name: "sha256 of the article text (UTF-8)", value: s.sha256 },
  };
}

export function datasetNode({ dataset, iris }: GraphContext): DatasetNode {
  return {
    "@id": iris.dataset,
    "@type": "Dataset",
    name: `claimset ${dataset.id}`,
    identifier: { "@type": "PropertyValue", name: "claimset dataset id", value: dataset.id },
    version: dataset.version,
    isBasedOn: ref(iris.article),
    // The data format's version is named by the $id of its JSON Schema, which carries the version.
    schemaVersion: `${SCHEMA_ID_BASE.replace(/[^/]+$/, dataset.schemaVersion)}/dataset.schema.json`,
  };
}

export function entityNode(e: ReadonlyEntity, { iris }: GraphContext): EntityNode {
  return {
    "@id": iris.record(e.id),
    "@type": SCHEMA_ORG_TYPES[e.type],
    identifier: recordId(e.id),
    name: e.name,
    ...when("alternateName", [...e.aliases]),
    ...when("description", e.description),
    ...when("sameAs", e.wikidata === null ? null : wikidataIri(e.wikidata)),
    subjectOf: ref(iris.article),
  };
}

/** An entity that schema.org accepts as spokenByCharacter, creator or author: a Person or an Organization. */
const isAgent = (e: ReadonlyEntity | undefined): e is ReadonlyEntity =>
  e !== undefined && AGENTS.has(SCHEMA_ORG_TYPES[e.type]);

export function quotationNode(q: ReadonlyQuote, { iris, entities }: GraphContext): QuotationNode {
  const speaker = q.speaker === null ? undefined : entities.get(q.speaker);
  const agent = isAgent(speaker) ? ref(iris.record(speaker.id)) : null;
  return {
    "@id": iris.record(q.id),
    "@type": "Quotation",
    identifier: recordId(q.id),
    text: q.spans.map((s) => s.text).join(" … "),
    ...when("spokenByCharacter", agent),
    ...when("creator", agent),
    // A group, an artifact (a diary) or another thing said it: stated in words, not as its creator.
    ...when("description", speaker && !agent ? `Attributed to ${speaker.name} (${speaker.type})` : null),
    isPartOf: q.parent === null ? ref(iris.article) : [ref(iris.article), ref(iris.record(q.parent))],
  };
}

export function claimNode(c: ReadonlyClaim, { iris, entities, speakers }: GraphContext): ClaimNode {
  const by = c.assertedBy;
  const asserter = by.type === "entity" ? by.id : by.type === "quote" ? (speakers.get(by.id) ?? null) : null;
  const author = asserter === null ? undefined : entities.get(asserter);
  return {
    "@id": iris.record(c.id),
    "@type": "Claim",
    identifier: recordId(c.id),
    text: c.span.text,
    description: `${formatBounds(c)} ${formatUnit(c)}: ${c.about.text}`,
    ...when(
      "about",
      c.about.entities.map((id) => ref(iris.record(id))),
    ),
    ...when("author", isAgent(author) ? ref(iris.record(author.id)) : null),
    appearance: by.type === "quote" ? [ref(iris.article), ref(iris.record(by.id))] : ref(iris.article),
  };
}

/** The dataset as a schema.org JSON-LD document. */
export function toJsonLd(dataset: ReadonlyDataset, options: JsonLdOptions = {}): JsonLdDocument {
  const context = graphContext(dataset, options.base);
  return {
    "@context": "https://schema.org/",
    "@graph": [
      articleNode(context),
      datasetNode(context),
      ...dataset.entities.map((e) => entityNode(e, context)),
      ...dataset.quotes.map((q) => quotationNode(q, context)),
      ...dataset.claims.map((c) => claimNode(c, context)),
    ],
  };
}
