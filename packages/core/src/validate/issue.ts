import type { Issue } from "../errors/issue.js";

/**
 * One problem found in a dataset.
 * @deprecated Use `Issue`: every check reports the same shape.
 */
export type ValidationIssue = Issue;
