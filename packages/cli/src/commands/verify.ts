import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { contentHash, sha256 } from "@claimset/core";
import { ClaimsetError, type Issue } from "@claimset/core/errors";
import { type InputLimits, parseJsonText, readTextFile } from "@claimset/core/node";
import { type Context, DataError, paint, paintErr, UsageError } from "../context.js";
import { datasetInputs, displayPath, locate } from "../datasets.js";
import { EXIT } from "../exit.js";
import { limitsFrom } from "../limits.js";
import { displayOf } from "../output.js";
import type { CommandRun } from "../spec.js";
import { formatTable } from "../table.js";

/** One hash compared: what the data declares against what its bytes hash to. */
export interface HashCheck {
  /** What was hashed: `source.sha256`, `contentHash`, or a file of the package. */
  name: string;
  declared: string | null;
  computed: string | null;
  ok: boolean;
}

export interface VerifyResult {
  path: string;
  id: string | null;
  version: string | null;
  ok: boolean;
  checks: HashCheck[];
  error?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The dataset JSON file to verify: a built file, never authored YAML (its hashes are computed, not declared). */
function datasetFile(input: string, cwd: string): string {
  const full = resolve(cwd, input);
  if (existsSync(full) && statSync(full).isDirectory()) {
    const json = join(full, "dataset.json");
    if (existsSync(json)) return json;
    throw new UsageError(`${input} has no dataset.json to verify: an authored folder declares no hashes.`, {
      hint: `run claimset build ${input} first, or verify a built dataset`,
    });
  }
  return locate(input, cwd).path;
}

/**
 * The files a Frictionless descriptor lists with a `sha256:` hash, checked
 * against their bytes on disk.
 */
function packageChecks(dir: string, limits: InputLimits): HashCheck[] {
  const descriptorPath = join(dir, "datapackage.json");
  if (!existsSync(descriptorPath)) return [];
  const descriptor = parseJsonText(descriptorPath, readTextFile(descriptorPath, limits), limits);
  const resources = isObject(descriptor) && Array.isArray(descriptor.resources) ? descriptor.resources : [];
  const checks: HashCheck[] = [];
  for (const resource of resources) {
    if (!isObject(resource) || typeof resource.path !== "string" || typeof resource.hash !== "string") continue;
    const declared = resource.hash.replace(/^sha256:/, "");
    // The descriptor comes with the data: never follow it outside the package.
    const path = join(dir, resource.path);
    const rel = relative(dir, path);
    if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      checks.push({ name: resource.path, declared, computed: null, ok: false });
      continue;
    }
    const computed = existsSync(path) ? sha256(readFileSync(path)) : null;
    checks.push({ name: resource.path, declared, computed, ok: computed === declared });
  }
  return checks;
}

/** Recomputes a dataset's hashes and those of the package files around it. */
export function verifyPath(input: string, context: Context, limits: InputLimits): VerifyResult {
  const path = datasetFile(input, context.cwd);
  const data = parseJsonText(path, readTextFile(path, limits), limits);
  const source = isObject(data) && isObject(data.source) ? data.source : null;
  if (!isObject(data) || source === null || typeof source.text !== "string") {
    throw new DataError(`${path}: not a claimset dataset: expected an object with source.text`, {
      rule: "not-a-dataset",
    });
  }
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  const declaredText = str(source.sha256);
  const computedText = sha256(source.text);
  const declaredContent = str(data.contentHash);
  const computedContent = contentHash(data);
  const checks: HashCheck[] = [
    { name: "source.sha256", declared: declaredText, computed: computedText, ok: declaredText === computedText },
    {
      name: "contentHash",
      declared: declaredContent,
      computed: computedContent,
      ok: declaredContent === computedContent,
    },
    ...packageChecks(dirname(path), limits),
  ];
  return {
    path,
    id: str(data.id),
    version: str(data.version),
    ok: checks.every((c) => c.ok),
    checks,
  };
}

export const run: CommandRun = (input, context) => {
  const limits = limitsFrom(input.values);
  const issues: Issue[] = [];
  const results: VerifyResult[] = datasetInputs(input).map((name) => {
    try {
      return verifyPath(name, context, limits);
    } catch (error) {
      if (!(error instanceof ClaimsetError) && !(error instanceof DataError)) throw error;
      issues.push(
        ...(error instanceof ClaimsetError
          ? error.issues
          : [{ rule: error.rule, path: [], recordId: null, message: error.message }]),
      );
      return { path: name, id: null, version: null, ok: false, checks: [], error: error.message };
    }
  });
  for (const r of results)
    for (const c of r.checks.filter((c) => !c.ok))
      issues.push({
        rule: "hash-mismatch",
        path: [],
        recordId: null,
        file: displayPath(context.cwd, r.path),
        message: `${c.name} is declared as ${c.declared ?? "(none)"} but hashes to ${c.computed ?? "(file missing)"}`,
        expected: c.declared ?? "a declared hash",
        found: c.computed ?? "no file",
        hint: "the data was changed after it was built, or the file is not the one released: reinstall the package or rebuild the dataset",
      });
  if (!input.values.json) {
    const display = displayOf(input.values, context);
    for (const r of results) {
      const name = displayPath(context.cwd, r.path);
      if (r.error !== undefined) {
        context.stderr(`${paintErr(context, "red", "✗")} ${r.error}\n`);
        continue;
      }
      const mark = r.ok ? paint(context, "green", "✓") : paint(context, "red", "✗");
      context.stdout(`${mark} ${name} (${r.id ?? "?"}@${r.version ?? "?"})\n`);
      const rows = r.checks.map((c) => [
        c.name,
        c.declared ?? "(none)",
        c.computed ?? "(missing)",
        c.ok ? "ok" : "MISMATCH",
      ]);
      context.stdout(`${formatTable(["hash of", "declared", "computed", "result"], rows, display)}\n`);
      for (const c of r.checks.filter((c) => !c.ok)) {
        context.stderr(
          `${paintErr(context, "red", "mismatch:")} ${name}: ${c.name} is declared as ${c.declared ?? "(none)"} but hashes to ${c.computed ?? "(file missing)"}\n`,
        );
      }
    }
    const failed = results.filter((r) => !r.ok).length;
    context.stdout(`${results.length - failed} verified, ${failed} failed\n`);
  }
  return { code: results.every((r) => r.ok) ? EXIT.ok : EXIT.data, results, issues };
};
