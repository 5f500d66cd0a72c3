// A bounded fuzz run on every `npm test` (the long run is `npm run fuzz`),
// and a replay of every input that ever failed.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Dataset } from "@claimset/schema";
import { afterAll, describe, expect, it } from "vitest";
import { AuthoringError, DatasetReadError, DatasetValidationError } from "../../src/errors/errors.js";
import { compileStructuralCheck } from "../../src/validate/structural.js";
import {
  classify,
  loadRegressions,
  REGRESSIONS,
  runFuzz,
  saveRegression,
  structurePathsDisagree,
  Workspace,
} from "./harness.js";
import { createRng, MUTATIONS, mutate } from "./mutate.js";

// Fixed seeds, so a failure here reproduces with `npm run fuzz -- --seed <seed>`.
const SEED = 20250509;
const MINI_ITERATIONS = 600;
const FULL_ITERATIONS = 120;

const workspaces: Workspace[] = [];
afterAll(() => {
  for (const w of workspaces) w.dispose();
});
function workspace(...bases: ("mini" | "real")[]): Workspace {
  const w = new Workspace(bases);
  workspaces.push(w);
  return w;
}

function report(summary: ReturnType<typeof runFuzz>): string {
  return summary.failures
    .slice(0, 5)
    .map((f) => `case ${f.case.iteration} (${f.case.base}/${f.case.file}, ${f.case.applied.join("+")}): ${f.reason}`)
    .join("\n");
}

describe("fuzzing the authoring pipeline and dataset JSON", () => {
  it(`ends ${MINI_ITERATIONS} mutated mini inputs in a valid dataset or a clear error, within the output bound`, () => {
    const summary = runFuzz(workspace("mini"), { seed: SEED, iterations: MINI_ITERATIONS });
    expect(summary.failures, report(summary)).toEqual([]);
    expect(summary.iterations).toBe(MINI_ITERATIONS);
    // The mutations reach past the parsers: anchors, schema and integrity rules all fire.
    for (const rule of ["yaml", "json", "schema", "max-depth", "anchor-not-found"]) {
      expect(summary.rules[rule], `rule ${rule} in ${JSON.stringify(summary.rules)}`).toBeGreaterThan(0);
    }
    expect(summary.counts.valid).toBeGreaterThan(0);
  });

  it(`does the same for ${FULL_ITERATIONS} inputs mutated from the real dataset too`, () => {
    const w = workspace("mini", "real");
    expect(w.targets.some((t) => t.base === "real")).toBe(true);
    const summary = runFuzz(w, { seed: SEED + 1, iterations: FULL_ITERATIONS });
    expect(summary.failures, report(summary)).toEqual([]);
  });

  it("generates the same case from the same seed and iteration", () => {
    const w = workspace("mini");
    for (let i = 0; i < 20; i++) {
      const a = w.generate(7, i);
      const b = w.generate(7, i);
      expect(b.bytes.equals(a.bytes)).toBe(true);
      expect(b.applied).toEqual(a.applied);
    }
    expect(w.generate(7, 0).bytes.equals(w.generate(8, 0).bytes)).toBe(false);
  });

  it("has mutations that each change their input", () => {
    const input = Buffer.from('id: mini\ncount: 12\nlist:\n  - { text: "Kim", n: 3 }\nname: "Kim Jong Un"\n');
    for (const mutation of MUTATIONS) {
      const changed = Array.from({ length: 20 }, (_, i) =>
        mutation.apply(input, createRng(i), [Buffer.from("donor: text\n")]),
      );
      expect(
        changed.some((out) => !out.equals(input)),
        mutation.name,
      ).toBe(true);
    }
    expect(mutate(input, createRng(1), { json: true }).applied.length).toBeGreaterThan(0);
  });
});

describe("the structural check against zod on mutated dataset JSON", () => {
  it("gives the same result on every case, and takes the fast path on some", () => {
    const w = workspace("mini", "real");
    const check = compileStructuralCheck(Dataset);
    const json = w.targets.filter((t) => t.kind === "json");
    let fast = 0;
    let cases = 0;
    for (let i = 0; cases < 400; i++) {
      const c = w.generate(SEED + 2, i);
      if (c.kind !== "json") continue;
      cases++;
      expect(structurePathsDisagree(c.bytes), `case ${i}: ${c.applied.join("+")}`).toBeNull();
      try {
        if (check(JSON.parse(c.bytes.toString("utf8")))) fast++;
      } catch {}
    }
    expect(json.length).toBeGreaterThan(0);
    // Mutations that keep a dataset's structure (a changed offset or text) pass the structural check.
    expect(fast).toBeGreaterThan(0);
  });
});

describe("the oracle", () => {
  it("accepts the three clear errors and nothing else", () => {
    expect(
      classify(
        new AuthoringError("d", [{ file: "a.yml", line: 1, path: [], recordId: null, rule: "yaml", message: "m" }]),
      ),
    ).toMatchObject({ status: "rejected", rule: "yaml" });
    expect(classify(new DatasetReadError("f", "json", "not valid JSON"))).toMatchObject({ status: "rejected" });
    expect(
      classify(new DatasetValidationError([{ rule: "schema", path: [], recordId: null, message: "bad" }])),
    ).toMatchObject({ status: "rejected" });
    expect(classify(new AuthoringError("d", []))).toMatchObject({ status: "failure" });
    expect(classify(new TypeError("x is undefined"))).toMatchObject({ status: "failure" });
    expect(classify(new SyntaxError("Unexpected token"))).toMatchObject({ status: "failure" });
    expect(classify("a string")).toMatchObject({ status: "failure" });
  });

  it("keeps a failing case where the replay finds it", () => {
    const dir = mkdtempSync(join(tmpdir(), "claimset-regressions-"));
    try {
      const w = workspace("mini");
      const c = w.generate(3, 4);
      saveRegression(c, "example", dir);
      const [kept] = loadRegressions(dir);
      expect(kept).toMatchObject({ base: c.base, kind: c.kind, file: c.file, reason: "example" });
      expect(kept?.bytes.equals(c.bytes)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("regressions", () => {
  const kept = loadRegressions();

  it("replays from a folder that documents itself, and has inputs to replay", () => {
    expect(readdirSync(REGRESSIONS)).toContain("README.md");
    // it.each over an empty list would pass without checking anything.
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBe(readdirSync(REGRESSIONS).filter((name) => name !== "README.md").length);
  });

  it.each(kept.map((r) => [r.name, r] as const))("%s ends in a valid dataset or a clear error", (_name, r) => {
    const w = workspace(r.base);
    const outcome = w.run(r);
    expect(outcome.status, `${r.reason} → ${JSON.stringify(outcome)}`).not.toBe("failure");
  });
});

describe("package.json beside the authored files", () => {
  it("is a DatasetReadError naming the file and line when it is not JSON", () => {
    const w = workspace("mini");
    const dir = w.inputPath({ base: "mini", kind: "authored", file: "dataset.yml" });
    writeFileSync(join(dir, "package.json"), '{\n  "name": "x",\n  "version": \n');
    try {
      const outcome = w.run({
        base: "mini",
        kind: "authored",
        file: "dataset.yml",
        bytes: w.original({ base: "mini", kind: "authored", file: "dataset.yml" }),
      });
      expect(outcome).toEqual({ status: "rejected", error: "DatasetReadError", rule: "json" });
      writeFileSync(join(dir, "package.json"), "null\n");
      const nullPackage = w.run({
        base: "mini",
        kind: "authored",
        file: "dataset.yml",
        bytes: w.original({ base: "mini", kind: "authored", file: "dataset.yml" }),
      });
      expect(nullPackage).toEqual({ status: "valid" });
    } finally {
      rmSync(join(dir, "package.json"), { force: true });
    }
  });
});
