/**
 * One problem found in a dataset, an authored file or an input: the one
 * shape every check in claimset reports, from the schema and the integrity
 * rules to the authoring compiler, the file readers and the lint rules.
 */
export interface Issue {
  /** The check that found it: `schema`, `span-text`, `references`, `anchor-not-found`, `json`, `not-found`, … */
  rule: string;
  /** `warning` for a convention a curator should look at; absent (or `error`) for a problem that must be fixed. */
  severity?: "error" | "warning";
  /** What is wrong, in words. */
  message: string;
  /**
   * Where, as a JSON path inside the document the issue is about: the dataset
   * (`["quotes", 3, "speaker"]`) or, with `file`, the authored file
   * (`[3, "speaker"]` in `quotes.yml`). Empty for the document as a whole.
   */
  path: (string | number)[];
  /** Id of the record the problem is in, when there is one. */
  recordId: string | null;
  /** The file the problem is in, when it came from one. */
  file?: string;
  /** 1-based line and column in `file`. */
  line?: number;
  column?: number;
  /** What was expected, when that can be said briefly. */
  expected?: string;
  /** What was found instead. */
  found?: string;
  /** How to fix it. */
  hint?: string;
}

/** Formats a JSON path the way people write it: `quotes[3].speaker`, `(root)` for the empty path. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || "(root)";
}

/** Where an issue is: `file:line:column`, then the JSON path when the file has no line for it. */
function placeOf(issue: Issue): string {
  if (issue.file === undefined) return formatPath(issue.path);
  let place = issue.file;
  if (issue.line !== undefined) {
    place += `:${issue.line}`;
    if (issue.column !== undefined) place += `:${issue.column}`;
  } else if (issue.path.length) place += ` ${formatPath(issue.path)}`;
  return place;
}

export interface FormatIssueOptions {
  /**
   * `line` (default): everything on one line, for logs and grep. `block`: the
   * place, rule and message on the first line, then what was expected and
   * found, and the hint, each on an indented line of its own.
   */
  style?: "line" | "block";
}

/**
 * One issue for people. As a line:
 * `quotes.yml:12:5 (q-foo) [references]: dangling reference … (expected X, found Y); hint`.
 */
export function formatIssue(issue: Issue, options: FormatIssueOptions = {}): string {
  const detail = [
    issue.expected !== undefined ? `expected ${issue.expected}` : null,
    issue.found !== undefined ? `found ${issue.found}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  // A severity given is shown; an issue without one is an error, as most are.
  const severity = issue.severity === undefined ? "" : `${issue.severity} `;
  const record = issue.recordId ? ` (${issue.recordId})` : "";
  const head = `${placeOf(issue)}${record} [${severity}${issue.rule}]: ${issue.message}`;
  if (options.style === "block") {
    const lines = [head];
    if (detail) lines.push(`  ${detail}`);
    if (issue.hint) lines.push(`  hint: ${issue.hint}`);
    return lines.join("\n");
  }
  return `${head}${detail ? ` (${detail})` : ""}${issue.hint ? `; ${issue.hint}` : ""}`;
}

export interface FormatIssuesOptions {
  /** The first line: what the issues are about (`datasets/x: 3 problems`). Default: a count. */
  heading?: string;
  /** Most issues listed; the rest are counted. Default: all. */
  limit?: number;
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** Counts issues for people: "2 problems", "1 problem and 3 warnings". */
export function countIssues(issues: readonly Issue[]): string {
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const errors = issues.length - warnings;
  if (!warnings) return plural(errors, "problem");
  if (!errors) return plural(warnings, "warning");
  return `${plural(errors, "problem")} and ${plural(warnings, "warning")}`;
}

/**
 * Issues as text for people: a heading, then the issues grouped by file (or
 * by record for a dataset), each group in the order found, each issue as a
 * block (see `formatIssue`).
 */
export function formatIssues(issues: readonly Issue[], options: FormatIssuesOptions = {}): string {
  const lines = [options.heading ?? countIssues(issues)];
  const shown = options.limit === undefined ? issues : issues.slice(0, options.limit);
  const groups = new Map<string, Issue[]>();
  for (const issue of shown) {
    const key = issue.file ?? issue.recordId ?? "(dataset)";
    const group = groups.get(key);
    if (group) group.push(issue);
    else groups.set(key, [issue]);
  }
  for (const [key, group] of groups) {
    // An issue that names its file says it on its own line; group the rest under their record.
    const indent = group[0]!.file === undefined ? "    " : "  ";
    if (group[0]!.file === undefined) lines.push(`  ${key}`);
    for (const issue of group) {
      for (const line of formatIssue(issue, { style: "block" }).split("\n")) lines.push(`${indent}${line}`);
    }
  }
  if (shown.length < issues.length) lines.push(`  … and ${issues.length - shown.length} more`);
  return lines.join("\n");
}
