// @claimset/core/query: the index over one dataset's records, on its own, for
// tools that look records up without loading the exports, the diff or
// validation (the `claimset` binary is one: `validate` never needs them).
// The same names are exported by the package root.
export type { DatasetIndex } from "./create-index.js";
export { createIndex } from "./create-index.js";
export type { ResolvedRecord, ResolveRecordOptions } from "./resolve-record.js";
export { resolveRecord } from "./resolve-record.js";
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
