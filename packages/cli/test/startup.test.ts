// What `claimset` loads to start, bounded by work rather than time: the
// modules each command reads (the startup times are in the benchmarks).
// The binary is bundled, so a loaded chunk is mapped back to the source
// modules it holds by the `// path` line esbuild writes above each one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { HANG_MS } from "../../../vitest.shared.js";
import { MINI } from "./helpers.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const RECORDER = fileURLToPath(new URL("./startup/record-modules.mjs", import.meta.url));
const SEED_JSON = fileURLToPath(
  new URL("../../../datasets/north-korea-victory-day-parade/dataset.json", import.meta.url),
);
const work = mkdtempSync(join(tmpdir(), "claimset-startup-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let runs = 0;
/** The source modules `claimset <args>` loads: each bundled chunk's modules, and every file outside the bundle. */
function modulesLoaded(args: string[]): string[] {
  const out = join(work, `modules-${runs++}.txt`);
  const r = spawnSync(process.execPath, ["--import", RECORDER, BIN, ...args], {
    cwd: work,
    env: { ...process.env, CLAIMSET_MODULES_OUT: out, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: HANG_MS,
  });
  expect(r.status, r.stderr).toBe(0);
  const urls = [...new Set(readFileSync(out, "utf8").split("\n").filter(Boolean))];
  const modules = new Set<string>();
  for (const url of urls) {
    if (!url.startsWith("file:")) continue;
    const path = fileURLToPath(url);
    modules.add(path);
    if (!path.includes(`${join("cli", "dist")}`)) continue;
    for (const line of readFileSync(path, "utf8").split("\n")) {
      const m = /^\/\/ (\S+\.(?:ts|mts|js|mjs|cjs|json))$/.exec(line);
      if (m) modules.add(m[1]!);
    }
  }
  return [...modules];
}

const HEAVY = {
  zod: /node_modules\/zod\//,
  yaml: /node_modules\/yaml\//,
  // Everything of core but its error model, and the schema but its table description.
  core: /core\/(src|dist)\/(?!errors\/)/,
  schema: /schema\/(src|dist)\/(?!tables\.|chunk-)/,
} as const;

const matching = (modules: readonly string[], pattern: RegExp) => modules.filter((m) => pattern.test(m));

describe("what claimset loads to start", () => {
  it.each(["--version", "-V"])("claimset %s loads the version and nothing of the command table", (flag) => {
    const modules = modulesLoaded([flag]);
    expect(matching(modules, /(^|\/)src\/bin\.ts$/)).toHaveLength(1);
    expect(matching(modules, /(^|\/)src\/version\.ts$/)).toHaveLength(1);
    expect(matching(modules, /(^|\/)src\/(main|help|specs\/)/)).toEqual([]);
    for (const [name, pattern] of Object.entries(HEAVY)) expect(matching(modules, pattern), name).toEqual([]);
  });

  it.each(["--help", "validate --help"])("claimset %s loads no zod, yaml, schema or core", (command) => {
    const modules = modulesLoaded(command.split(" "));
    // The recorder saw the CLI's own modules, so an empty list would not pass for an empty run.
    expect(matching(modules, /(^|\/)src\/main\.ts$/)).toHaveLength(1);
    for (const [name, pattern] of Object.entries(HEAVY)) expect(matching(modules, pattern), name).toEqual([]);
  });

  it("validate of a dataset JSON file loads the schema and validation, not the compiler, YAML, exports or diff", () => {
    const modules = modulesLoaded(["validate", SEED_JSON]);
    expect(matching(modules, /core\/src\/validate\/validate\.ts/)).toHaveLength(1);
    expect(matching(modules, HEAVY.zod).length).toBeGreaterThan(0);
    expect(matching(modules, HEAVY.yaml)).toEqual([]);
    expect(matching(modules, /core\/src\/(authoring|lint|corpus|eval)\//)).toEqual([]);
    expect(matching(modules, /core\/src\/(node\/(authored|build|parquet|package-files)|export\/parquet)/)).toEqual([]);
    // The index comes from @claimset/core/query, not the root entry, which would bring every export and the diff.
    expect(matching(modules, /core\/src\/(export|diff)\//)).toEqual([]);
  });

  it("validate of an authored folder loads the compiler and YAML as well", () => {
    const modules = modulesLoaded(["validate", MINI]);
    expect(matching(modules, HEAVY.yaml).length).toBeGreaterThan(0);
    expect(matching(modules, /core\/src\/authoring\/compile\.ts/)).toHaveLength(1);
  });
});
