export type {
  Doc,
  EntityRecord,
  Links,
  MentionRecord,
  NumberClaim,
  QuoteRecord,
  Range,
  Sentence,
  Stage,
  Token,
} from "./doc.js";
export { createDoc } from "./doc.js";
export type { DraftOptions, DraftResult } from "./draft.js";
export { draft, UNKNOWN_RIGHTS } from "./draft.js";
export type { GazetteerEntry } from "./lexicon/gazetteer.js";
export { GAZETTEER } from "./lexicon/gazetteer.js";
export type { MergeResult } from "./merge.js";
export { appendRecords, draftMissing, MergeError } from "./merge.js";
export { analyze, PIPELINE } from "./pipeline.js";
export { DRAFTER_NAME, DRAFTER_TOOL, DRAFTER_VERSION } from "./version.js";
export type { DraftRecord, DraftTables } from "./write/authoring.js";
