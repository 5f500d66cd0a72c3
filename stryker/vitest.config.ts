// The test run Stryker mutates against: the tests of one module (named by
// STRYKER_MODULE, see modules.mjs), against the sources in the sandbox.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../vitest.shared.js";
import { MODULES } from "./modules.mjs";

const here = dirname(fileURLToPath(import.meta.url));
// biome-ignore lint/suspicious/noUndeclaredEnvVars: npm run mutate sets it; no turbo task reads this file
const module = MODULES[(process.env.STRYKER_MODULE ?? "") as keyof typeof MODULES];
if (module === undefined) throw new Error(`set STRYKER_MODULE to one of ${Object.keys(MODULES).join(", ")}`);
const root = join(here, "..", "packages", module.package);

// Workspace packages resolve through node_modules, which the sandbox links to
// the original checkout: point them at the sandbox's sources, so a mutant in
// one package is seen by every test that imports it by name.
const source = (name: string, entry: string) => ({
  find: new RegExp(`^@claimset/${name}$`),
  replacement: join(here, "..", "packages", entry),
});

const config = mergeConfig(
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
  }),
);
// Set, not merged: mergeConfig would add these globs to the shared ones.
config.test = { ...config.test, include: module.tests };

export default config;
