import { Dataset, SCHEMA_VERSION } from "@claimset/schema";
import { RECORD_TABLES, type RecordTableName, TABLES } from "@claimset/schema/tables";
import { DatasetValidationError } from "../errors/errors.js";
import type { Issue } from "../errors/issue.js";
import { canonicalJson } from "../text/canonical.js";
import { createNativeHash, type Digest, sha256Async, webDigest } from "../text/sha256.js";
import type { RuleContext } from "./rules/index.js";
import { rules } from "./rules/index.js";
import { compileStructuralCheck, type StructuralCheck, UnsupportedSchemaError } from "./structural.js";
import { issuesFromZod } from "./zod-issues.js";

export interface ValidateOptions {
  /** Most records accepted in one table before anything else is checked. Default 100,000. */
  maxRecords?: number;
}

export type ValidationResult = { ok: true; dataset: Dataset; issues: [] } | { ok: false; issues: Issue[] };

function recordIdAt(input: unknown, path: readonly PropertyKey[]): string | null {
  if (path.length < 2 || typeof path[1] !== "number") return null;
  const table = (input as Record<string, unknown> | null)?.[path[0] as string];
  const record = Array.isArray(table) ? table[path[1]] : undefined;
  const id = (record as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : null;
}

/**
 * An issue saying the input was written for a newer minor version of the
 * format than this reader knows, when it was: its new fields then fail the
 * strict schema, and the fix is an upgrade, not an edit.
 */
function newerFormat(input: unknown): Issue[] {
  const version = (input as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version !== "string") return [];
  const [major, minor] = version.split(".").map(Number);
  const [ourMajor, ourMinor] = SCHEMA_VERSION.split(".").map(Number);
  if (major !== ourMajor || minor === undefined || ourMinor === undefined || !(minor > ourMinor)) return [];
  return [
    {
      rule: "schema-version",
      path: ["schemaVersion"],
      recordId: null,
      message: `the dataset was written for format ${version}, newer than the ${SCHEMA_VERSION} this reader knows`,
      expected: `format ${ourMajor}.${ourMinor}.x or older`,
      found: version,
      hint: "upgrade @claimset/core and @claimset/schema to read it",
    },
  ];
}

function contextOf(dataset: Dataset): RuleContext {
  const ids = new Map<string, RecordTableName>();
  for (const table of RECORD_TABLES) {
    for (const record of dataset[table]) if (!ids.has(record.id)) ids.set(record.id, table);
  }
  const retired = new Map(dataset.retired.map((r, i) => [r.id, i]));
  return { ids, retired };
}

let structural: StructuralCheck | null | undefined;

/** The dataset's structural check, compiled on first use; null if the schema grew a feature it lacks. */
function structuralCheck(): StructuralCheck | null {
  if (structural === undefined) {
    try {
      structural = compileStructuralCheck(Dataset);
    } catch (error) {
      if (!(error instanceof UnsupportedSchemaError)) throw error;
      structural = null;
    }
  }
  return structural;
}

/** How `validateDatasetWith` checks the structure: the structural check, then zod; or zod alone. */
export type StructurePath = "structural" | "zod";

/**
 * Checks a parsed dataset against the schema and every integrity rule and
 * returns all problems found. Integrity rules run only on data that passed
 * the schema, since they rely on its structure.
 *
 * Data that passes the structural check (plain JSON data, keys in the
 * schema's order, as every writer of datasets emits them) is returned as it
 * is, not copied: the dataset shares its objects with `input`. Anything else
 * goes through zod, which explains what is wrong or returns a copy in the
 * schema's order.
 */
export function validateDataset(input: unknown, options: ValidateOptions = {}): ValidationResult {
  return validateDatasetWith(input, options, "structural");
}

/**
 * `validateDataset` with the structure checked one way or the other; both
 * give the same result for every input (the tests run both). Internal.
 */
export function validateDatasetWith(
  input: unknown,
  options: ValidateOptions,
  path: StructurePath,
  hashes?: RuleContext["hashes"],
): ValidationResult {
  const maxRecords = options.maxRecords ?? 100_000;
  if (input !== null && typeof input === "object") {
    for (const table of TABLES) {
      const rows = (input as Record<string, unknown>)[table];
      if (Array.isArray(rows) && rows.length > maxRecords) {
        const found = `${rows.length} records`;
        return {
          ok: false,
          issues: [
            {
              rule: "max-records",
              path: [table],
              recordId: null,
              message: `table ${table} has more records than the limit (raise it with --max-records)`,
              expected: `at most ${maxRecords}`,
              found,
            },
          ],
        };
      }
    }
  }
  let dataset: Dataset;
  if (path === "structural" && structuralCheck()?.(input)) dataset = input as Dataset;
  else {
    const parsed = Dataset.safeParse(input, { reportInput: true });
    if (!parsed.success)
      return {
        ok: false,
        issues: [...newerFormat(input), ...issuesFromZod(parsed.error, (path) => recordIdAt(input, path))],
      };
    dataset = parsed.data;
  }
  const context = { ...contextOf(dataset), hashes };
  const issues = rules.flatMap((rule) => rule.check(dataset, context));
  return issues.length ? { ok: false, issues } : { ok: true, dataset, issues: [] };
}

/**
 * `validateDataset`, for hosts with no synchronous native SHA-256 (browsers,
 * Deno, workers): the two hashes are computed with WebCrypto's native
 * digest, then every check runs as `validateDataset` runs it, with the same
 * result. Where a synchronous native hash exists (Node, Bun) it is
 * `validateDataset`, resolved.
 */
export function validateDatasetAsync(input: unknown, options: ValidateOptions = {}): Promise<ValidationResult> {
  return validateWithDigest(input, options, createNativeHash ? null : webDigest);
}

/** `validateDatasetAsync` with the digest given (null: the synchronous path). Internal; tests force WebCrypto. */
export async function validateWithDigest(
  input: unknown,
  options: ValidateOptions,
  digest: Digest | null,
): Promise<ValidationResult> {
  if (!digest) return validateDataset(input, options);
  const text = (input as { source?: { text?: unknown } } | null)?.source?.text;
  let hashes: RuleContext["hashes"];
  // Only for what may be a dataset: anything else fails the schema, and the hashes are never asked for.
  if (typeof text === "string" && input !== null && typeof input === "object") {
    const { version: _version, contentHash: _hash, ...content } = input as Record<string, unknown>;
    const [source, hashed] = await Promise.all([
      sha256Async(text, digest),
      sha256Async(canonicalJson(content), digest),
    ]);
    hashes = { source, content: hashed };
  }
  return validateDatasetWith(input, options, "structural", hashes);
}

/** `loadDataset` with `validateDatasetAsync`: resolves to the dataset, or rejects with one `DatasetValidationError`. */
export async function loadDatasetAsync(
  input: unknown,
  options: ValidateOptions & { source?: string } = {},
): Promise<Dataset> {
  const result = await validateDatasetAsync(input, options);
  if (!result.ok)
    throw new DatasetValidationError(result.issues, options.source === undefined ? {} : { source: options.source });
  return result.dataset;
}

/**
 * Validates parsed dataset JSON and returns it typed, or throws one
 * `DatasetValidationError` listing every problem.
 */
export function loadDataset(input: unknown, options: ValidateOptions & { source?: string } = {}): Dataset {
  const result = validateDataset(input, options);
  if (!result.ok)
    throw new DatasetValidationError(result.issues, options.source === undefined ? {} : { source: options.source });
  return result.dataset;
}
