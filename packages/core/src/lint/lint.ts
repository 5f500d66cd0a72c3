import type { Dataset } from "@claimset/schema";
import { AUTHORED_FILES } from "@claimset/schema/authoring";
import { type AuthoredFiles, compileDataset } from "../authoring/compile.js";
import { DEFAULT_YAML_LIMITS, parseYamlFile } from "../authoring/parse-yaml.js";
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
  /** Largest file read from a folder, in bytes (default 64 MiB). */
  maxBytes?: number;
  /** Most YAML alias expansions per file (default 100). */
  maxAliasCount?: number;
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

/** A folder that cannot be read as an authored dataset; says which file and why. */
export class LintInputError extends Error {
  override name = "LintInputError";
  constructor(
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${message}`, options);
  }
}

const FILE_ORDER = ["dataset.yml", "entities.yml", "quotes.yml", "claims.yml", "notes.yml", "retired.yml"];

/**
 * Lints an authored dataset: compiles it (a failure is reported as errors,
 * with file and line), then runs every rule that applies and returns the
 * warnings. `input` is the authored files as text (`files`, `article`,
 * `version`, as `compileDataset` takes them) or, under Node.js, the path of
 * a dataset folder.
 */
export function lintDataset(input: string | AuthoredFiles, options: LintOptions = {}): LintResult {
  const maxAliasCount = options.maxAliasCount ?? DEFAULT_YAML_LIMITS.maxAliasCount;
  const authored = typeof input === "string" ? readFolder(input, options.maxBytes ?? 64 * 1024 * 1024) : input;
  const conventions = FILE_ORDER.flatMap((name) => {
    const source = authored.files[name];
    return source === undefined ? [] : parseConventions(name, source);
  });
  const compiled = compileDataset(authored, { maxAliasCount });
  if (!compiled.ok) {
    const issues = compiled.issues.map((i) => {
      const issue: LintIssue = {
        rule: i.rule,
        severity: "error",
        message: i.message,
        path: [],
        recordId: i.recordId,
        file: i.file,
      };
      if (i.line !== null) issue.line = i.line;
      return issue;
    });
    return { issues: sortIssues(issues), dataset: null, conventions, ran: [] };
  }
  const files = new Map<string, AuthoredFile>();
  for (const name of FILE_ORDER) {
    const source = authored.files[name];
    if (source !== undefined) files.set(name, authoredFile(name, source, maxAliasCount));
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

/**
 * Reads a dataset folder the way the build does: the authored files present,
 * the article named in dataset.yml (kept inside the folder), and the version
 * in package.json. Node's file system is taken at run time, so that this
 * module stays importable in a browser, where only the files form works.
 */
function readFolder(dir: string, maxBytes: number): AuthoredFiles {
  const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const fs = host?.getBuiltinModule?.("node:fs") as typeof import("node:fs") | undefined;
  const path = host?.getBuiltinModule?.("node:path") as typeof import("node:path") | undefined;
  if (!fs || !path)
    throw new LintInputError(dir, "reading a folder needs Node.js 20.16 or later; pass the files as text instead");
  const read = (file: string): string | undefined => {
    const full = path.join(dir, file);
    let size: number;
    try {
      const stat = fs.statSync(full);
      if (!stat.isFile()) throw new LintInputError(full, "is not a file");
      size = stat.size;
    } catch (error) {
      if (error instanceof LintInputError) throw error;
      return undefined;
    }
    if (size > maxBytes)
      throw new LintInputError(
        full,
        `file is ${size} bytes, more than the limit of ${maxBytes} (raise it with --max-bytes)`,
      );
    return fs.readFileSync(full, "utf8");
  };
  const files: Record<string, string> = {};
  for (const name of Object.keys(AUTHORED_FILES)) {
    const text = read(name);
    if (text !== undefined) files[name] = text;
  }
  const meta = files["dataset.yml"];
  if (meta === undefined) throw new LintInputError(dir, "no dataset.yml: not an authored dataset folder");
  const parsed = parseYamlFile("dataset.yml", meta);
  const named = parsed.ok ? (parsed.parsed.data as { article?: unknown } | null)?.article : undefined;
  const articleName = typeof named === "string" ? named : "article.txt";
  const relative = path.relative(dir, path.resolve(dir, articleName));
  if (relative.startsWith("..") || path.isAbsolute(relative))
    throw new LintInputError(dir, `dataset.yml: article ${JSON.stringify(articleName)} is outside the folder`);
  const article = read(articleName);
  if (article === undefined)
    throw new LintInputError(path.join(dir, articleName), "no such file (named in dataset.yml)");
  let version = "0.0.0";
  const pkg = read("package.json");
  if (pkg !== undefined) {
    try {
      const value = (JSON.parse(pkg) as { version?: unknown } | null)?.version;
      if (typeof value === "string") version = value;
    } catch (error) {
      throw new LintInputError(path.join(dir, "package.json"), "is not JSON", { cause: error });
    }
  }
  return { files, article, version };
}
