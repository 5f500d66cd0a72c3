/**
 * The one document model every stage reads and adds a layer to. Offsets are
 * JavaScript string indices (UTF-16 code units), end-exclusive, as in the
 * claimset schema. Each layer is written by exactly one stage.
 */
import type { ClaimKind, Comparator, EntityType, MentionKind, QuoteKind } from "@claimset/schema";

export interface Range {
  start: number;
  end: number;
}

/** A word, number or punctuation mark. */
export interface Token extends Range {
  text: string;
  /** `text` lowercased, with straight apostrophes: what the lexicons are looked up by. */
  lower: string;
  /** Index of the token's sentence in `Doc.sentences`. */
  sentence: number;
}

export interface Sentence extends Range {
  /** Index of the sentence's paragraph (line) in `Doc.paragraphs`. */
  paragraph: number;
  /** Index of the sentence's first token, and one past its last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface NumberClaim {
  span: Range;
  kind: ClaimKind;
  value: number | null;
  comparator: Comparator;
  bounds: { low: number | null; high: number | null; lowInclusive: boolean; highInclusive: boolean };
  /** The hedge words inside `span`, or null. */
  qualifier: Range | null;
  unit: { text: string | null; normalized: string };
  /** What is counted or dated, in a few words of the text. */
  about: string;
  /** Where `about` was taken from, to find the entities it names. */
  aboutRange: Range | null;
  iso: string | null;
  /** The time the number refers to, as written ("last year"), or null. */
  timeRef: string | null;
  confidence: number;
}

/** A stretch inside quotation marks (marks excluded), or a reported clause. */
export interface QuoteRecord {
  kind: QuoteKind;
  /** The quoted words in text order; several for a quote interrupted by its attribution or running over paragraphs. */
  spans: Range[];
  /** Where the opening mark of the first span and the closing mark of the last span are (marks included). */
  outer: Range;
  /** Index of the quote it is nested in, or null. */
  parent: number | null;
  /** Marked by quotation marks (direct, mixed, scare) or found from a reporting frame (indirect). */
  marked: boolean;
  cue: Range | null;
  /** Where the text names the speaker ("Putin", "he", "the colonel", "officials"). */
  speakerText: Range | null;
  /** Who the words were said to, as written ("The Times"). */
  addresseeText: Range | null;
  /** The speaker was carried over from an earlier quote, not stated next to this one. */
  speakerInherited: boolean;
  confidence: number;
}

export interface MentionRecord extends Range {
  kind: MentionKind;
  /** Index into `Doc.entities`, or -1 while unresolved. */
  entity: number;
  confidence: number;
}

export interface EntityRecord {
  name: string;
  type: EntityType;
  wikidata: string | null;
  description: string | null;
  aliases: string[];
  /** "male" / "female" when the text or a title says so; guides pronoun resolution. */
  gender: "male" | "female" | null;
  /** Role words from titles and appositions ("colonel", "minister"), for nominal mentions. */
  roles: string[];
  /** Age stated next to the name, for "the 35-year-old". */
  age: number | null;
  /** The country this entity leads, from the gazetteer, for "the Russian leader". */
  leads: string | null;
  confidence: number;
}

/** The resolved speaker of a quote and the source of a claim, written by the linking stage. */
export interface Links {
  /** Per quote: the speaker's entity index, or null with a reason. */
  speakers: ({ entity: number } | { reason: string })[];
  /** Per quote: the addressee's entity index, or null. */
  addressees: (number | null)[];
  /** Per claim: who asserts it. */
  claimSources: (
    | { type: "publisher" }
    | { type: "quote"; quote: number }
    | { type: "entity"; entity: number }
    | { type: "unnamed"; span: Range }
  )[];
  /** Per claim: entity indexes named in what it is about. */
  claimEntities: number[][];
}

export interface Doc {
  readonly text: string;
  /** Lines with text on them; a quote running over paragraphs spans several. */
  paragraphs: Range[];
  sentences: Sentence[];
  tokens: Token[];
  claims: NumberClaim[];
  quotes: QuoteRecord[];
  mentions: MentionRecord[];
  entities: EntityRecord[];
  links: Links;
}

export function createDoc(text: string): Doc {
  return {
    text,
    paragraphs: [],
    sentences: [],
    tokens: [],
    claims: [],
    quotes: [],
    mentions: [],
    entities: [],
    links: { speakers: [], addressees: [], claimSources: [], claimEntities: [] },
  };
}

/** One step of the pipeline: reads the layers before it and writes its own. */
export interface Stage {
  name: string;
  /** Which layer it writes, in a few words. */
  description: string;
  run(doc: Doc): void;
}

export const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Range, inner: Range): boolean => outer.start <= inner.start && inner.end <= outer.end;
