/** How much a reported problem matters: a `warning` is for a curator to look at, an `error` stops the build. */
export type Severity = "warning" | "error";

/**
 * One problem found in a dataset, located in the compiled data (`path`,
 * `recordId`) and, when it comes from an authored file, in that file
 * (`file`, `line`, `column`, all 1-based).
 */
export interface LintIssue {
  /** The rule that found it, e.g. `asserted-by-form`; `compile` for authored files that do not build. */
  rule: string;
  severity: Severity;
  /** What is wrong, in words. */
  message: string;
  /** JSON path in the compiled dataset, e.g. `["claims", 12, "assertedBy"]`; empty for a whole file. */
  path: (string | number)[];
  /** Id of the record the problem is in, when there is one. */
  recordId: string | null;
  /** The authored file, e.g. `claims.yml`. */
  file?: string;
  /** Line of the field at fault in `file`. */
  line?: number;
  column?: number;
  /** What was expected, when that can be said briefly. */
  expected?: string;
  /** What was found instead. */
  found?: string;
  /** How to fix it. */
  hint?: string;
}

/**
 * `claims.yml:146:3 warning [asserted-by-form] (n-x): message (expected X, found Y)`,
 * then the hint on its own line when there is one.
 */
export function formatLintIssue(issue: LintIssue): string {
  const place = issue.file
    ? `${issue.file}${issue.line !== undefined ? `:${issue.line}${issue.column !== undefined ? `:${issue.column}` : ""}` : ""}`
    : "(dataset)";
  const detail = [
    issue.expected !== undefined ? `expected ${issue.expected}` : null,
    issue.found !== undefined ? `found ${issue.found}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  const head = `${place} ${issue.severity} [${issue.rule}]${issue.recordId ? ` (${issue.recordId})` : ""}: ${issue.message}${detail ? ` (${detail})` : ""}`;
  return issue.hint ? `${head}\n  hint: ${issue.hint}` : head;
}
