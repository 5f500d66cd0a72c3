import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { contentHash, sha256 } from "@claimset/core";
import { type InputLimits, parseJsonText, readTextFile } from "@claimset/core/node";
import { type Command, limitsFrom, printJson } from "../command.js";
import { type Context, DataError, paint, UsageError } from "../context.js";
import { describeDataError, locate } from "../load.js";
import { formatTable } from "../table.js";
import { displayPath } from "./dataset.js";

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
    throw new UsageError(
      `${input} has no dataset.json to verify; an authored folder declares no hashes until \`claimset build ${input}\` writes one`,
    );
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
    throw new DataError(`${path}: not a claimset dataset: expected an object with source.text`);
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

export const verify: Command = {
  name: "verify",
  summary: "Recompute a dataset's hashes and check them against what it declares",
  help: `Usage: claimset verify [path...]

Recomputes the SHA-256 of the article text and the dataset's contentHash and
compares them with source.sha256 and contentHash as declared, so you can check
that the dataset you pinned is the one you got. Beside a dataset.json, the
files datapackage.json lists (article.txt, data/*.csv, data/*.jsonl) are
checked against their declared sha256 as well.

Each path is a dataset JSON file, a built package folder or an installed
package name (default: the current folder). Exit 1 on any mismatch.`,
  options: {},
  positionals: [0, Number.POSITIVE_INFINITY],
  run(paths, values, context) {
    const limits = limitsFrom(values);
    const results: VerifyResult[] = (paths.length ? paths : ["."]).map((input) => {
      try {
        return verifyPath(input, context, limits);
      } catch (error) {
        const message = error instanceof DataError ? error.message : describeDataError(error);
        if (message === null) throw error;
        return { path: input, id: null, version: null, ok: false, checks: [], error: message };
      }
    });
    if (values.json) {
      printJson(context, { ok: results.every((r) => r.ok), results });
    } else {
      for (const r of results) {
        const name = displayPath(context.cwd, r.path);
        if (r.error !== undefined) {
          context.stderr(`${paint(context, "red", "✗")} ${r.error}\n`);
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
        context.stdout(`${formatTable(["hash of", "declared", "computed", "result"], rows, 64)}\n`);
        for (const c of r.checks.filter((c) => !c.ok)) {
          context.stderr(
            `${paint(context, "red", "mismatch:")} ${name}: ${c.name} is declared as ${c.declared ?? "(none)"} but hashes to ${c.computed ?? "(file missing)"}\n`,
          );
        }
      }
      const failed = results.filter((r) => !r.ok).length;
      context.stdout(`${results.length - failed} verified, ${failed} failed\n`);
    }
    return results.every((r) => r.ok) ? 0 : 1;
  },
};
