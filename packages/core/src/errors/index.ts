// @claimset/core/errors: the one error type and issue shape, and the
// "did you mean" helpers their hints use, on their own, for tools that report
// claimset's errors without loading the rest.
export type { ErrorCode } from "./errors.js";
export {
  AuthoringError,
  ClaimsetError,
  DatasetReadError,
  DatasetValidationError,
  FileSafetyError,
  IriError,
} from "./errors.js";
export type { FormatIssueOptions, FormatIssuesOptions, Issue } from "./issue.js";
export { countIssues, formatIssue, formatIssues, formatPath } from "./issue.js";
export { closest, didYouMean, editDistance } from "./suggest.js";
