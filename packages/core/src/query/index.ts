export type { DatasetIndex } from "./create-index.js";
export { createIndex } from "./create-index.js";
export type { ResolvedRecord, ResolveRecordOptions } from "./resolve-record.js";
export { resolveRecord, retiredIdWarning } from "./resolve-record.js";
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
