import type {
  DeepReadonly,
  EditorialNote,
  Entity,
  Mention,
  NumericClaim,
  Quote,
  RetiredId,
  Span,
} from "@claimset/schema";

// One definition, shared with the typed dataset packages.
export type { DeepReadonly, ReadonlyDataset } from "@claimset/schema";
export type ReadonlyEntity = DeepReadonly<Entity>;
export type ReadonlyMention = DeepReadonly<Mention>;
export type ReadonlyQuote = DeepReadonly<Quote>;
export type ReadonlyClaim = DeepReadonly<NumericClaim>;
export type ReadonlyNote = DeepReadonly<EditorialNote>;
export type ReadonlyRetiredId = DeepReadonly<RetiredId>;
export type ReadonlySpan = DeepReadonly<Span>;

/** A live record found by id, tagged with the table it lives in. */
export type DatasetRecord =
  | { readonly table: "entities"; readonly record: ReadonlyEntity }
  | { readonly table: "quotes"; readonly record: ReadonlyQuote }
  | { readonly table: "claims"; readonly record: ReadonlyClaim }
  | { readonly table: "notes"; readonly record: ReadonlyNote };

/**
 * What an id stands for now. A live id resolves to itself; a retired id to
 * the ids that replace it (none when it was removed), with its tombstone so
 * callers can warn; an unknown id to no ids and no tombstone.
 */
export interface ResolvedId {
  readonly ids: readonly string[];
  readonly retired: ReadonlyRetiredId | null;
}

/** One annotation covering a stretch of the text: what a reader clicking there would see. */
export type SpanAnnotation =
  | { readonly type: "mention"; readonly span: ReadonlyMention; readonly entity: ReadonlyEntity }
  | { readonly type: "quote"; readonly span: ReadonlySpan; readonly quote: ReadonlyQuote }
  | { readonly type: "claim"; readonly span: ReadonlySpan; readonly claim: ReadonlyClaim }
  | { readonly type: "note"; readonly span: ReadonlySpan; readonly note: ReadonlyNote };

export interface SearchResult {
  /** Quotes whose words match, in text order. */
  readonly quotes: readonly ReadonlyQuote[];
  /** Claims whose phrase or `about.text` matches, in text order. */
  readonly claims: readonly ReadonlyClaim[];
}
