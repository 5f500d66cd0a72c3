export type { ErrorCode } from "./errors.js";
export { AuthoringError, ClaimsetError, DatasetReadError, DatasetValidationError, FileSafetyError } from "./errors.js";
export type { FormatIssuesOptions, Issue } from "./issue.js";
export { countIssues, formatIssue, formatIssues, formatPath } from "./issue.js";
