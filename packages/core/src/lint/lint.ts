import type { Dataset } from "@claimset/schema";
import { type AuthoredFiles, compileDataset } from "../authoring/compile.js";
import { DEFAULT_YAML_LIMITS, type YamlLimits } from "../authoring/parse-yaml.js";
import { authoredFile, createContext } from "./context.js";
import { parseConventions, type StatedConvention } from "./conventions.js";
import type { LintIssue } from "./issue.js";
import type { AuthoredFile, LintRule } from "./rule.js";
import { lintRules } from "./rules/index.js";

export interface LintOptions {
  /** The rules to run; default every rule in `lintRules`. */
  rules?: readonly LintRule[];
  /**
   * `stated` (default): a convention rule runs only when a file's header
   * states it. `all`: every convention rule runs, stated or not.
   */
  conventions?: "stated" | "all";
  /** Limits on the YAML (default `DEFAULT_YAML_LIMITS`). */
  limits?: YamlLimits;
}

export interface LintResult {
  /** Every problem, in file order (entities, quotes, claims, notes, then the rest), then by line. */
  issues: LintIssue[];
  /** The compiled dataset, or null when the files do not compile (the issues then say why, as errors). */
  dataset: Dataset | null;
  /** Every `# convention:` line found. */
  conventions: StatedConvention[];
  /** Names of the rules that ran. */
  ran: string[];
}

const FILE_ORDER = ["dataset.yml", "entities.yml", "quotes.yml", "claims.yml", "notes.yml", "retired.yml"];

/**
 * Lints an authored dataset: compiles it (a failure is reported as errors,
 * with file and line), then runs every rule that applies and returns the
 * warnings. `authored` is the authored files as text, as `compileDataset`
 * takes them; `lintFolder` in `@claimset/core/node` reads them from a folder.
 */
export function lintDataset(authored: AuthoredFiles, options: LintOptions = {}): LintResult {
  const limits = options.limits ?? DEFAULT_YAML_LIMITS;
  const conventions = FILE_ORDER.flatMap((name) => {
    const source = authored.files[name];
    return source === undefined ? [] : parseConventions(name, source);
  });
  const compiled = compileDataset(authored, limits);
  if (!compiled.ok) {
    const issues = compiled.issues.map((issue): LintIssue => ({ ...issue, severity: "error" }));
    return { issues: sortIssues(issues), dataset: null, conventions, ran: [] };
  }
  const files = new Map<string, AuthoredFile>();
  for (const name of FILE_ORDER) {
    const parsed = compiled.files.get(name);
    if (parsed) files.set(name, authoredFile(parsed));
  }
  const rules = options.rules ?? lintRules;
  const stated = new Set(conventions.filter((c) => c.inHeader && c.rule !== null).map((c) => c.rule));
  const running = rules.filter((r) => !r.convention || options.conventions === "all" || stated.has(r.name));
  const context = createContext(compiled.dataset, files, conventions, rules);
  const issues = running.flatMap((rule) => rule.check(context));
  return { issues: sortIssues(issues), dataset: compiled.dataset, conventions, ran: running.map((r) => r.name) };
}

function sortIssues(issues: LintIssue[]): LintIssue[] {
  const order = (file: string | undefined) => {
    const i = file === undefined ? -1 : FILE_ORDER.indexOf(file);
    return i === -1 ? FILE_ORDER.length : i;
  };
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        order(a.issue.file) - order(b.issue.file) ||
        (a.issue.line ?? 0) - (b.issue.line ?? 0) ||
        (a.issue.column ?? 0) - (b.issue.column ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.issue);
}
