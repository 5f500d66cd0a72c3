// @claimset/core: the browser-safe entry. Every name here is public API,
// bound by semver and recorded in the API report (api/core.api.md); the
// modules behind it hold more, which is internal. Validation (and with it
// zod) is only pulled into a bundle by importing loadDataset or
// validateDataset.

// Corpora: many datasets queried as one
export type { Corpus, CorpusAnnotation, CorpusHit, CorpusKey, CorpusMention } from "./corpus/corpus.js";
export { createCorpus } from "./corpus/corpus.js";
// Diffs and release levels
export { diffDatasets } from "./diff/diff.js";
export { compareLevels, maxLevel } from "./diff/level.js";
export type { MarkdownOptions } from "./diff/markdown.js";
export { diffToMarkdown } from "./diff/markdown.js";
export { summarizeDiff } from "./diff/summary.js";
export type {
  DatasetDiff,
  DatasetHead,
  DiffLevel,
  DiffPath,
  DiffReason,
  FieldChange,
  RecordChange,
  RetiredResolution,
  SourceDiff,
  SourceTextChange,
  TableDiff,
  TableRecords,
  ValueChange,
} from "./diff/types.js";
// Errors: one error type with one issue shape
export type { ErrorCode } from "./errors/errors.js";
export {
  AuthoringError,
  ClaimsetError,
  DatasetReadError,
  DatasetValidationError,
  FileSafetyError,
  IriError,
} from "./errors/errors.js";
export type { FormatIssueOptions, FormatIssuesOptions, Issue } from "./errors/issue.js";
export { countIssues, formatIssue, formatIssues, formatPath } from "./errors/issue.js";
export { closest, didYouMean, editDistance } from "./errors/suggest.js";
// Exports
export type { PackageFile } from "./export/datapackage.js";
export { toDataPackage } from "./export/datapackage.js";
export { FLAT_LAYOUT_VERSION, FLAT_TABLES, type FlatTableName } from "./export/flat/flat-tables.generated.js";
export type { FlatCell, FlatRow } from "./export/flat/rows.js";
export { datasetsFromFlatRows, eachFlatRow, flatRows, flatTable } from "./export/flat/rows.js";
export type {
  FlatColumn,
  FlatForeignKey,
  FlatRows,
  FlatTable,
  FlatType,
  FlatValue,
  FlatWhen,
} from "./export/flat/types.js";
export { formatAssertedBy, formatBounds, formatInterval, formatNumber, formatUnit } from "./export/format.js";
export { checkBase } from "./export/iri.js";
export type {
  ArticleNode,
  ClaimNode,
  DatasetNode,
  EntityNode,
  JsonLdDocument,
  JsonLdNode,
  JsonLdOptions,
  NodeRef,
  PropertyValueNode,
  QuotationNode,
  SchemaOrgType,
} from "./export/json-ld.js";
export { toJsonLd } from "./export/json-ld.js";
export { toMarkdown } from "./export/markdown.js";
export type { CsvOptions, ExportTable } from "./export/tables.js";
export { EXPORT_TABLES, fromCsv, fromJsonl, toCsv, toJsonl } from "./export/tables.js";
export type {
  AnnotationBody,
  SpanTarget,
  TextPositionSelector,
  TextQuoteSelector,
  WebAnnotation,
  WebAnnotationCollection,
  WebAnnotationOptions,
} from "./export/web-annotation.js";
export { toWebAnnotations, WEB_ANNOTATION_CONTEXT } from "./export/web-annotation.js";
// Queries: the names of the light entry @claimset/core/query, every one
export * from "./query/index.js";
// Text
export { lineOf } from "./text/anchor.js";
export { canonicalJson, contentHash } from "./text/canonical.js";
export { createOffsetConverter } from "./text/offsets.js";
export { sha256 } from "./text/sha256.js";
export type { ValidationIssue } from "./validate/issue.js";
// Validation
export type { ValidateOptions, ValidationResult } from "./validate/validate.js";
export { loadDataset, loadDatasetAsync, validateDataset, validateDatasetAsync } from "./validate/validate.js";
