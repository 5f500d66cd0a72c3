/** One problem found in a dataset. */
export interface ValidationIssue {
  /** The rule that found it, e.g. `schema`, `span-text`, `reference`. */
  rule: string;
  /** JSON path to the offending value, e.g. `["quotes", 3, "speaker"]`. */
  path: (string | number)[];
  /** Id of the record the problem is in, when there is one. */
  recordId: string | null;
  /** What is wrong, in words. */
  message: string;
  /** What was expected, when that can be said briefly. */
  expected?: string;
  /** What was found instead. */
  found?: string;
}

/** Formats a JSON path the way people write it: `quotes[3].speaker`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || "(root)";
}

/** One line per issue: `quotes[3].speaker (q-foo) [reference]: ... (expected X, found Y)`. */
export function formatIssue(issue: ValidationIssue): string {
  const where = formatPath(issue.path) + (issue.recordId ? ` (${issue.recordId})` : "");
  const detail = [
    issue.expected !== undefined ? `expected ${issue.expected}` : null,
    issue.found !== undefined ? `found ${issue.found}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return `${where} [${issue.rule}]: ${issue.message}${detail ? ` (${detail})` : ""}`;
}

/** Thrown by `loadDataset` with every problem found, not just the first. */
export class DatasetValidationError extends Error {
  override name = "DatasetValidationError";
  readonly issues: readonly ValidationIssue[];
  /** Where the dataset came from (a file path), when known. */
  readonly source: string | undefined;

  constructor(issues: readonly ValidationIssue[], options: { source?: string; cause?: unknown } = {}) {
    const head = `${options.source ? `${options.source}: ` : ""}invalid dataset: ${issues.length} problem${issues.length === 1 ? "" : "s"}`;
    const shown = issues.slice(0, 20).map((issue) => `  - ${formatIssue(issue)}`);
    if (issues.length > 20) shown.push(`  … and ${issues.length - 20} more`);
    super([head, ...shown].join("\n"), options.cause === undefined ? undefined : { cause: options.cause });
    this.issues = issues;
    this.source = options.source;
  }
}
