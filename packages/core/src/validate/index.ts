export type { ValidationIssue } from "./issue.js";
export { DatasetValidationError, formatIssue, formatPath } from "./issue.js";
export type { Rule, RuleContext } from "./rules/index.js";
export { rules } from "./rules/index.js";
export type { ValidateOptions, ValidationResult } from "./validate.js";
export { loadDataset, validateDataset } from "./validate.js";
