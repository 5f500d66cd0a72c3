// The test run Stryker mutates against: one package's own tests (the package
// is named by STRYKER_PACKAGE), against its sources in the sandbox. The fuzz
// suite is left out: its oracle is "no crash, a clear error", not behaviour,
// so it kills few mutants and would cost half a minute for each one it covers.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../vitest.shared.js";

const here = dirname(fileURLToPath(import.meta.url));
// biome-ignore lint/suspicious/noUndeclaredEnvVars: npm run mutate sets it; no turbo task reads this file
const pkg = process.env.STRYKER_PACKAGE;
if (pkg !== "core" && pkg !== "schema") throw new Error("set STRYKER_PACKAGE to core or schema");
const root = join(here, "..", "packages", pkg);

// Workspace packages resolve through node_modules, which the sandbox links to
// the original checkout: point them at the sandbox's sources, so a mutant in
// one package is seen by every test that imports it by name.
const source = (name: string, entry: string) => ({
  find: new RegExp(`^@claimset/${name}$`),
  replacement: join(here, "..", "packages", entry),
});

export default mergeConfig(
  sharedConfig,
  defineConfig({
    root,
    resolve: {
      alias: [
        source("schema", "schema/src/index.ts"),
        source("schema/tables", "schema/src/tables.ts"),
        source("schema/authoring", "schema/src/authoring.ts"),
        source("core", "core/src/index.ts"),
        source("core/node", "core/src/node/index.ts"),
        source("core/authoring", "core/src/authoring/index.ts"),
      ],
    },
    test: { exclude: [...configDefaults.exclude, "test/fuzz/**"] },
  }),
);
