import { countIssues, formatIssues, type Issue } from "./issue.js";

/**
 * What kind of failure a `ClaimsetError` is. The CLI maps each to one exit
 * code (see its README); programs can switch on it.
 *
 * - `invalid-dataset`: a dataset failed the schema or an integrity rule.
 * - `authoring`: authored files (YAML and the article) do not compile.
 * - `read`: a file cannot be read as input: missing, too large, too deep, not JSON.
 * - `file-safety`: a write was refused: the file exists, or the path leaves its folder.
 * - `invalid-argument`: an option passed to a function cannot be used (a base IRI that is not absolute).
 */
export type ErrorCode = "invalid-dataset" | "authoring" | "read" | "file-safety" | "invalid-argument";

// A registered symbol, so an error made by the ESM build of this package is
// recognised by the CJS build (and by another copy of the package) too.
const BRAND = Symbol.for("@claimset/core/error");

/**
 * The one error type of claimset: a code, and every issue found (each with
 * its place, rule, expected and found value and, where one can be given, a
 * hint). `instanceof` works across the ESM and CJS builds and across copies
 * of the package, by code.
 */
export class ClaimsetError extends Error {
  /** The code every instance of this class has; null on the base class, which matches any code. */
  static readonly code: ErrorCode | null = null;
  override name = "ClaimsetError";
  readonly code: ErrorCode;
  readonly issues: readonly Issue[];
  /** Where the input came from (a file or folder path), when known. */
  readonly source: string | undefined;

  constructor(
    code: ErrorCode,
    issues: readonly Issue[],
    options: { source?: string; message?: string; cause?: unknown } = {},
  ) {
    super(
      options.message ?? formatIssues(issues, { heading: headingOf(options.source, issues), limit: 20 }),
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.code = code;
    this.issues = issues;
    this.source = options.source;
    Object.defineProperty(this, BRAND, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== "object" || value === null || (value as Record<symbol, unknown>)[BRAND] !== true) return false;
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class instanceof was asked about, a subclass included.
    const want = (this as typeof ClaimsetError).code;
    if (want === null) return true;
    // Classes that share a code (IriError, EvalInputError) are told apart by name.
    // biome-ignore lint/complexity/noThisInStatic: as above, the subclass's own name.
    return (value as ClaimsetError).code === want && (value as Error).name === this.name;
  }

  /** The error as JSON: `{ name, code, source, message, issues }`. */
  toJSON(): { name: string; code: ErrorCode; source: string | null; message: string; issues: readonly Issue[] } {
    return {
      name: this.name,
      code: this.code,
      source: this.source ?? null,
      message: this.message,
      issues: this.issues,
    };
  }
}

function headingOf(source: string | undefined, issues: readonly Issue[]): string {
  return `${source ? `${source}: ` : ""}${countIssues(issues)}`;
}

/** Thrown by `loadDataset` (and the readers) with every problem found, not just the first. */
export class DatasetValidationError extends ClaimsetError {
  static override readonly code = "invalid-dataset" as const;
  override name = "DatasetValidationError";
  constructor(issues: readonly Issue[], options: { source?: string; cause?: unknown } = {}) {
    super("invalid-dataset", issues, {
      ...options,
      message: formatIssues(issues, {
        heading: `${options.source ? `${options.source}: ` : ""}invalid dataset: ${countIssues(issues)}`,
        limit: 20,
      }),
    });
  }
}

/** Authored files that do not compile; `issues` lists every problem with its file and line. */
export class AuthoringError extends ClaimsetError {
  static override readonly code = "authoring" as const;
  override name = "AuthoringError";
  /** The dataset folder. */
  readonly dir: string;
  constructor(dir: string, issues: readonly Issue[]) {
    super("authoring", issues, {
      source: dir,
      message: formatIssues(issues, { heading: `${dir}: ${countIssues(issues)} in the authored files` }),
    });
    this.dir = dir;
  }
}

/** A file could not be read as input: missing, a folder, too large, too deep, empty or not JSON. */
export class DatasetReadError extends ClaimsetError {
  static override readonly code = "read" as const;
  override name = "DatasetReadError";
  readonly file: string;
  readonly rule: string;
  readonly line: number | null;
  constructor(file: string, rule: string, message: string, line: number | null = null, hint?: string) {
    const issue: Issue = { rule, message, path: [], recordId: null, file, ...(line === null ? {} : { line }) };
    if (hint !== undefined) issue.hint = hint;
    super("read", [issue], {
      source: file,
      message: `${file}${line !== null ? `:${line}` : ""}: ${message}${hint ? `; ${hint}` : ""}`,
    });
    this.file = file;
    this.rule = rule;
    this.line = line;
  }
}

/** An option passed to an export cannot be used: a base IRI that is not absolute http(s), or has a fragment. */
export class IriError extends ClaimsetError {
  static override readonly code = "invalid-argument" as const;
  override name = "IriError";
  constructor(message: string) {
    super("invalid-argument", [{ rule: "iri", message, path: [], recordId: null }], { message });
  }
}

/** A write was refused: the target exists (without --force), leaves its folder, or goes through a symlink. */
export class FileSafetyError extends ClaimsetError {
  static override readonly code = "file-safety" as const;
  override name = "FileSafetyError";
  constructor(message: string, options: { file?: string; rule?: string; hint?: string } = {}) {
    const issue: Issue = { rule: options.rule ?? "file-safety", message, path: [], recordId: null };
    if (options.file !== undefined) issue.file = options.file;
    if (options.hint !== undefined) issue.hint = options.hint;
    super("file-safety", [issue], { message: options.hint ? `${message}; ${options.hint}` : message });
  }
}
