// Mutation testing of the modules whose tests must kill mutants: core's
// validate/, text/, export/ and diff/, and the schema. `npm run mutate` runs
// Stryker once per module (STRYKER_MODULE), each against its package's own
// tests, then writes the score table of TESTING.md (stryker/report.ts).
// One run per module keeps each run short enough to finish, and each module
// has its own incremental file, so a change reruns only its own mutants.
import { MODULES } from "./modules.mjs";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: npm run mutate sets it; no turbo task reads this file
const name = process.env.STRYKER_MODULE ?? "";
const module = MODULES[name];
if (module === undefined) throw new Error(`set STRYKER_MODULE to one of ${Object.keys(MODULES).join(", ")}`);

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "stryker/vitest.config.ts", related: true },
  mutate: [module.mutate, "!**/*.test.ts", "!**/*.test-d.ts", "!**/*.test-helper.ts", "!**/tests/**"],
  coverageAnalysis: "perTest",
  // Code that runs once, when a module loads (the export tables' column
  // descriptions, constant patterns), can only be tested by reloading every
  // test file for each mutant: hours on this machine. Core skips those
  // mutants (reported as ignored); the schema, which is nothing but such
  // code, runs them all.
  ignoreStatic: module.package === "core",
  // The machine is shared: one test runner at a time.
  concurrency: 1,
  incremental: true,
  incrementalFile: `stryker/incremental/${name}.json`,
  reporters: ["json", "clear-text", "progress"],
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // What the tests read (packages, datasets, fixtures) is copied to the sandbox; the rest is not.
  ignorePatterns: [
    "/examples",
    "/bench",
    "/docs",
    "/api",
    "/reports",
    "/stryker/incremental",
    "/.changeset",
    "/.turbo",
    "**/.turbo",
    "/packages/cli",
  ],
  tempDirName: ".stryker-tmp",
  // A mutant that loops forever costs this timeout: long enough for a busy
  // machine (three times the normal run, plus 15 seconds), short enough to
  // leave time for the others.
  timeoutFactor: 3,
  timeoutMS: 15_000,
  dryRunTimeoutMinutes: 60,
  thresholds: { high: 90, low: 85, break: null },
};
