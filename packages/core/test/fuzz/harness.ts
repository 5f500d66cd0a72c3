// The fuzz harness: a workspace holding copies of the seed inputs, a
// deterministic case generator (seed + iteration → one mutated file), the
// oracle that says whether the pipeline handled a case, and the regression
// folder every failing input is kept in.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AUTHORED_FILES } from "@claimset/schema/authoring";
import { AuthoringError, DatasetReadError, DatasetValidationError } from "../../src/errors/errors.js";
import { compileFolder } from "../../src/node/authored.js";
import { DEFAULT_LIMITS, type InputLimits } from "../../src/node/limits.js";
import { readDatasetFile } from "../../src/node/read.js";
import { validateDataset, validateDatasetWith } from "../../src/validate/validate.js";
import { createRng, mutate } from "./mutate.js";

const here = import.meta.dirname;

/** Seed inputs: the mini fixture, and the real dataset when the repository has it. */
export const BASES = {
  mini: join(here, "../fixtures/mini"),
  real: join(here, "../../../../datasets/north-korea-victory-day-parade"),
} as const;
export type BaseName = keyof typeof BASES;

/** Where every input that ever failed is kept, and replayed by the tests. */
export const REGRESSIONS = join(here, "regressions");

export interface FuzzTarget {
  base: BaseName;
  /** `authored`: one file of an authored folder; `json`: the built dataset.json. */
  kind: "authored" | "json";
  file: string;
}

export interface FuzzCase extends FuzzTarget {
  seed: number;
  iteration: number;
  applied: string[];
  bytes: Buffer;
}

export type Outcome =
  | { status: "valid" }
  | { status: "rejected"; error: string; rule: string }
  | { status: "failure"; reason: string };

/** The seed for one iteration: each case can be regenerated alone from (seed, iteration). */
export function caseSeed(seed: number, iteration: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(iteration + 1, 0x85ebca6b)) >>> 0;
}

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(",");

/** Whether anything was added to Object.prototype (a `__proto__` key that was assigned instead of defined). */
export function prototypePolluted(): boolean {
  return (
    Object.getOwnPropertyNames(Object.prototype).sort().join(",") !== PROTOTYPE_KEYS ||
    "polluted" in {} ||
    Object.getPrototypeOf({}) !== Object.prototype
  );
}

/** A message is for people: present, and never a stack trace. */
const readable = (message: unknown) =>
  typeof message === "string" && message.length > 0 && !message.includes("    at ");

/** Decides whether an error is one of the clear errors the pipeline promises. */
export function classify(error: unknown): Outcome {
  if (error instanceof AuthoringError) {
    const ok = error.issues.length > 0 && error.issues.every((i) => readable(i.message) && readable(i.rule));
    return ok
      ? { status: "rejected", error: "AuthoringError", rule: error.issues[0]?.rule ?? "" }
      : { status: "failure", reason: `AuthoringError without readable issues: ${JSON.stringify(error.issues)}` };
  }
  if (error instanceof DatasetValidationError) {
    const ok = error.issues.length > 0 && error.issues.every((i) => readable(i.message) && readable(i.rule));
    return ok
      ? { status: "rejected", error: "DatasetValidationError", rule: error.issues[0]?.rule ?? "" }
      : { status: "failure", reason: `DatasetValidationError without readable issues: ${error.message}` };
  }
  if (error instanceof DatasetReadError) {
    return readable(error.message) && readable(error.rule)
      ? { status: "rejected", error: "DatasetReadError", rule: error.rule }
      : { status: "failure", reason: `DatasetReadError without a message: ${String(error.message)}` };
  }
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const message = error instanceof Error ? error.message : String(error);
  return { status: "failure", reason: `uncaught ${name}: ${message.slice(0, 500)}` };
}

/**
 * Most bytes of dataset JSON a case may produce per byte it reads. The real
 * dataset builds about 2.5 bytes of JSON per authored byte; `occurrence: all`
 * on a short word can take it to a few dozen.
 */
export const MAX_OUTPUT_RATIO = 64;

/**
 * Temporary copies of the seed inputs. A case is written over one file,
 * run, and the file restored, so cases do not leak into each other.
 */
export class Workspace {
  readonly root: string;
  readonly targets: FuzzTarget[] = [];
  private readonly originals = new Map<string, Buffer>();

  constructor(bases: readonly BaseName[] = ["mini", "real"]) {
    this.root = mkdtempSync(join(tmpdir(), "claimset-fuzz-"));
    for (const base of bases) {
      const source = BASES[base];
      if (!existsSync(join(source, "dataset.yml"))) continue;
      const dir = join(this.root, base);
      mkdirSync(dir);
      const files = [...Object.keys(AUTHORED_FILES), "article.txt", "package.json"];
      for (const file of files) {
        if (!existsSync(join(source, file))) continue;
        cpSync(join(source, file), join(dir, file));
        this.originals.set(`${base}/${file}`, readFileSync(join(dir, file)));
        this.targets.push({ base, kind: "authored", file });
      }
      const json = Buffer.from(`${JSON.stringify(compileFolder(dir), null, 2)}\n`);
      writeFileSync(join(this.root, `${base}.json`), json);
      this.originals.set(`${base}.json`, json);
      // The dataset JSON is a target as often as all the authored files together.
      for (let n = 0; n < 4; n++) this.targets.push({ base, kind: "json", file: "dataset.json" });
    }
  }

  private key(target: FuzzTarget): string {
    return target.kind === "json" ? `${target.base}.json` : `${target.base}/${target.file}`;
  }

  /** The path a case is written to. */
  filePath(target: FuzzTarget): string {
    return join(this.root, this.key(target));
  }

  /** What the pipeline is pointed at: the folder for authored files, the file for JSON. */
  inputPath(target: FuzzTarget): string {
    return target.kind === "json" ? this.filePath(target) : join(this.root, target.base);
  }

  original(target: FuzzTarget): Buffer {
    const bytes = this.originals.get(this.key(target));
    if (!bytes) throw new Error(`no seed input ${this.key(target)} in this workspace`);
    return bytes;
  }

  /** Case `iteration` of the run seeded with `seed`. */
  generate(seed: number, iteration: number): FuzzCase {
    const rng = createRng(caseSeed(seed, iteration));
    const target = this.targets[Math.floor(rng() * this.targets.length)] as FuzzTarget;
    const donors = [...this.originals.values()];
    const { bytes, applied } = mutate(this.original(target), rng, { json: target.kind === "json", donors });
    return { ...target, seed, iteration, applied, bytes };
  }

  /** Writes a case's bytes in place of its file; returns the input path. */
  write(c: FuzzTarget & { bytes: Buffer }): string {
    writeFileSync(this.filePath(c), c.bytes);
    return this.inputPath(c);
  }

  restore(target: FuzzTarget): void {
    writeFileSync(this.filePath(target), this.original(target));
  }

  /** The bytes a case reads: its own file, and the other seed files of its base. */
  inputBytes(c: FuzzTarget & { bytes: Buffer }): number {
    if (c.kind === "json") return c.bytes.length;
    let total = 0;
    for (const [key, bytes] of this.originals)
      if (key.startsWith(`${c.base}/`)) total += key === this.key(c) ? c.bytes.length : bytes.length;
    return total;
  }

  /**
   * Runs a case through the core pipeline (compileFolder or readDatasetFile)
   * and judges the result. The work a case may cause is bounded by what it
   * produces: a valid dataset at most `MAX_OUTPUT_RATIO` times the bytes it
   * was read from (an expansion bomb that got past the limits would not be).
   */
  run(c: FuzzTarget & { bytes: Buffer }, options: { limits?: InputLimits } = {}): Outcome {
    const limits = options.limits ?? DEFAULT_LIMITS;
    const path = this.write(c);
    let outcome: Outcome;
    try {
      const dataset = c.kind === "json" ? readDatasetFile(path, limits) : compileFolder(path, limits);
      const json = JSON.stringify(dataset);
      const again = validateDataset(JSON.parse(json));
      const ratio = json.length / Math.max(1, this.inputBytes(c));
      outcome = !again.ok
        ? {
            status: "failure",
            reason: `accepted a dataset that does not validate: ${JSON.stringify(again.issues[0])}`,
          }
        : ratio > MAX_OUTPUT_RATIO
          ? {
              status: "failure",
              reason: `produced ${json.length} bytes of dataset from ${this.inputBytes(c)} bytes of input (more than ${MAX_OUTPUT_RATIO}×)`,
            }
          : { status: "valid" };
    } catch (error) {
      outcome = classify(error);
    } finally {
      this.restore(c);
    }
    if (prototypePolluted()) outcome = { status: "failure", reason: "Object.prototype was modified" };
    if (outcome.status !== "failure" && c.kind === "json") {
      const disagreement = structurePathsDisagree(c.bytes);
      if (disagreement) outcome = { status: "failure", reason: disagreement };
    }
    return outcome;
  }

  dispose(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

export interface Regression extends FuzzTarget {
  name: string;
  bytes: Buffer;
  reason: string;
}

/** Keeps a failing case: `<dir>/<name>/case.json` describes it, `<dir>/<name>/input` holds its bytes. */
export function saveRegression(c: FuzzCase, reason: string, dir = REGRESSIONS): string {
  const name = `${c.base}-${c.kind}-${c.file.replace(/\W+/g, "-")}-${c.seed}-${c.iteration}`;
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  const meta = {
    base: c.base,
    kind: c.kind,
    file: c.file,
    seed: c.seed,
    iteration: c.iteration,
    mutations: c.applied,
    reason,
  };
  writeFileSync(join(folder, "case.json"), `${JSON.stringify(meta, null, 2)}\n`);
  writeFileSync(join(folder, "input"), c.bytes);
  return folder;
}

/** Every kept failing case (folders with a case.json). */
export function loadRegressions(dir = REGRESSIONS): Regression[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "case.json")))
    .map((entry) => {
      const meta = JSON.parse(readFileSync(join(dir, entry.name, "case.json"), "utf8")) as FuzzTarget & {
        reason: string;
      };
      return {
        name: entry.name,
        base: meta.base,
        kind: meta.kind,
        file: meta.file,
        reason: meta.reason,
        bytes: readFileSync(join(dir, entry.name, "input")),
      };
    });
}

/**
 * Whether validateDataset's two ways of checking the structure (the
 * structural check, zod alone) give different results for a dataset JSON:
 * verdict, issues or dataset, key order included. Null when they agree or
 * the bytes are not JSON.
 */
export function structurePathsDisagree(bytes: Buffer): string | null {
  let input: unknown;
  try {
    input = JSON.parse(bytes.toString("utf8"));
  } catch {
    return null;
  }
  const fast = JSON.stringify(validateDatasetWith(input, {}, "structural"));
  const zod = JSON.stringify(validateDatasetWith(input, {}, "zod"));
  if (fast === zod) return null;
  return `the structural check and zod disagree: ${fast.slice(0, 200)} vs ${zod.slice(0, 200)}`;
}

export interface FuzzSummary {
  iterations: number;
  counts: Record<Outcome["status"], number>;
  /** How often each error rule ended a case: shows the mutations reach past the parser. */
  rules: Record<string, number>;
  failures: { case: FuzzCase; reason: string }[];
}

/** Runs `iterations` cases from `start`, calling `onCase` before each (the long run's watchdog uses it). */
export function runFuzz(
  workspace: Workspace,
  options: {
    seed: number;
    iterations: number;
    start?: number;
    onCase?: (c: FuzzCase) => void;
    onOutcome?: (c: FuzzCase, outcome: Outcome) => void;
  },
): FuzzSummary {
  const summary: FuzzSummary = {
    iterations: 0,
    counts: { valid: 0, rejected: 0, failure: 0 },
    rules: {},
    failures: [],
  };
  const start = options.start ?? 0;
  for (let i = start; i < start + options.iterations; i++) {
    const c = workspace.generate(options.seed, i);
    options.onCase?.(c);
    const outcome = workspace.run(c);
    summary.iterations++;
    summary.counts[outcome.status]++;
    if (outcome.status === "rejected") summary.rules[outcome.rule] = (summary.rules[outcome.rule] ?? 0) + 1;
    if (outcome.status === "failure") summary.failures.push({ case: c, reason: outcome.reason });
    options.onOutcome?.(c, outcome);
  }
  return summary;
}
