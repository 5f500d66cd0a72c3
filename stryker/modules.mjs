// The modules `npm run mutate` tests, one Stryker run each: their label in
// TESTING.md, the package whose tests run, which of its tests (globs inside
// the package), and the files mutated. A module's mutants must be killed by
// its own tests (beside the code) and the package's property tests, not by
// a test elsewhere that happens to pass through it (the conformance suite,
// which reads every export with its standard's tools, is left out too: it
// would cost seconds for each of the hundreds of export mutants).
export const MODULES = {
  schema: {
    label: "@claimset/schema (src/)",
    package: "schema",
    tests: ["src/**/*.test.ts", "test/**/*.test.ts"],
    mutate: "packages/schema/src/**/*.ts",
  },
  validate: {
    label: "core validate/",
    package: "core",
    tests: ["src/validate/**/*.test.ts", "test/properties/**/*.test.ts"],
    mutate: "packages/core/src/validate/**/*.ts",
  },
  text: {
    label: "core text/",
    package: "core",
    tests: ["src/text/**/*.test.ts", "test/properties/**/*.test.ts"],
    mutate: "packages/core/src/text/**/*.ts",
  },
  export: {
    label: "core export/",
    package: "core",
    tests: ["src/export/**/*.test.ts", "test/properties/**/*.test.ts"],
    mutate: "packages/core/src/export/**/*.ts",
  },
  diff: {
    label: "core diff/",
    package: "core",
    tests: ["src/diff/**/*.test.ts", "test/properties/**/*.test.ts"],
    mutate: "packages/core/src/diff/**/*.ts",
  },
};
