// Browser-safe entry. Validation (and with it zod) is only pulled into a
// bundle by importing loadDataset or validateDataset.

export * from "./diff/index.js";
export * from "./export/index.js";
export * from "./query/index.js";
export type { AnchorQuery, AnchorResult } from "./text/anchor.js";
export { findWholeWord, lineOf, resolveAnchor } from "./text/anchor.js";
export { canonicalJson, contentHash, hashedContent, sortKeys } from "./text/canonical.js";
export { createOffsetConverter, splitsSurrogatePair } from "./text/offsets.js";
export { sha256 } from "./text/sha256.js";
export type { Rule, RuleContext, ValidateOptions, ValidationIssue, ValidationResult } from "./validate/index.js";
export {
  DatasetValidationError,
  formatIssue,
  formatPath,
  loadDataset,
  rules,
  validateDataset,
} from "./validate/index.js";
