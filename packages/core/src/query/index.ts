export type { DatasetIndex } from "./create-index.js";
export { createIndex } from "./create-index.js";
export { foldForSearch } from "./search.js";
export type {
  DatasetRecord,
  DeepReadonly,
  ReadonlyClaim,
  ReadonlyDataset,
  ReadonlyEntity,
  ReadonlyMention,
  ReadonlyNote,
  ReadonlyQuote,
  ReadonlyRetiredId,
  ReadonlySpan,
  ResolvedId,
  SearchResult,
  SpanAnnotation,
} from "./types.js";
