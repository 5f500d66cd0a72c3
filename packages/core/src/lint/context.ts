import type { Dataset } from "@claimset/schema";
import type { ParsedFile } from "../authoring/parse-yaml.js";
import type { StatedConvention } from "./conventions.js";
import type { LintIssue } from "./issue.js";
import {
  type AuthoredFile,
  type IssueDetail,
  type LintContext,
  type LintRule,
  TABLE_FILE,
  type Table,
} from "./rule.js";

/** One authored file as the compiler parsed it, for locating: its records by id, and the line and column of any value. */
export function authoredFile(parsed: ParsedFile): AuthoredFile {
  const records = Array.isArray(parsed.data) ? (parsed.data as unknown[]) : [];
  const index = new Map<string, number>();
  records.forEach((record, i) => {
    const id = (record as { id?: unknown } | null)?.id;
    if (typeof id === "string" && !index.has(id)) index.set(id, i);
  });
  return {
    name: parsed.file,
    source: parsed.source,
    index,
    authored(id) {
      const i = index.get(id);
      return i === undefined ? undefined : (records[i] as Record<string, unknown>);
    },
    locate: (path) => parsed.positionAt(path),
  };
}

/** Builds the context every rule of one run reads. */
export function createContext(
  dataset: Dataset,
  files: ReadonlyMap<string, AuthoredFile>,
  conventions: readonly StatedConvention[],
  rules: readonly LintRule[],
): LintContext {
  const article = dataset.source.text;
  const lineStarts = [0];
  for (let i = article.indexOf("\n"); i !== -1; i = article.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const positions: Record<Table, Map<string, number>> = {
    entities: new Map(dataset.entities.map((r, i) => [r.id, i])),
    quotes: new Map(dataset.quotes.map((r, i) => [r.id, i])),
    claims: new Map(dataset.claims.map((r, i) => [r.id, i])),
    notes: new Map(dataset.notes.map((r, i) => [r.id, i])),
  };
  const paragraphAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    dataset,
    article,
    files,
    conventions,
    rules: new Map(rules.map((r) => [r.name, r])),
    paragraphAt,
    paragraph(n) {
      const start = lineStarts[n] ?? article.length;
      const next = lineStarts[n + 1];
      return { start, end: next === undefined ? article.length : next - 1 };
    },
    recordIssue(rule, table, recordId, field, detail: IssueDetail, authoredField = field): LintIssue {
      const issue: LintIssue = {
        rule,
        severity: detail.severity ?? "warning",
        message: detail.message,
        path: [table, positions[table].get(recordId) ?? -1, ...field],
        recordId,
      };
      const file = files.get(TABLE_FILE[table]);
      const at = file?.index.get(recordId);
      if (file && at !== undefined) {
        const { line, column } = file.locate([at, ...authoredField]);
        issue.file = file.name;
        issue.line = line;
        issue.column = column;
      }
      if (detail.expected !== undefined) issue.expected = detail.expected;
      if (detail.found !== undefined) issue.found = detail.found;
      if (detail.hint !== undefined) issue.hint = detail.hint;
      return issue;
    },
  };
}
