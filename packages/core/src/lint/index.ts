export type { StatedConvention } from "./conventions.js";
export { parseConventions } from "./conventions.js";
export type { LintIssue, Severity } from "./issue.js";
export type { LintOptions, LintResult } from "./lint.js";
export { lintDataset } from "./lint.js";
export type { AuthoredFile, IssueDetail, LintContext, LintRule, LintScope, Table } from "./rule.js";
export { lintRules } from "./rules/index.js";
