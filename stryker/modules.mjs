// The modules `npm run mutate` tests, one Stryker run each: their label in
// TESTING.md, the package whose tests run, and the files mutated.
export const MODULES = {
  schema: { label: "@claimset/schema (src/)", package: "schema", mutate: "packages/schema/src/**/*.ts" },
  validate: { label: "core validate/", package: "core", mutate: "packages/core/src/validate/**/*.ts" },
  text: { label: "core text/", package: "core", mutate: "packages/core/src/text/**/*.ts" },
  export: { label: "core export/", package: "core", mutate: "packages/core/src/export/**/*.ts" },
  diff: { label: "core diff/", package: "core", mutate: "packages/core/src/diff/**/*.ts" },
};
