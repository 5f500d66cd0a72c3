import { mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

/** The end-to-end tests: they spawn dist/bin.js, so the package must be built first (turbo's `check` is). */
const config = mergeConfig(sharedConfig, {});
// Set, not merged: mergeConfig would add these files to the shared globs, and
// `check` would run every unit test a second time.
config.test = {
  ...config.test,
  include: ["test/e2e.test.ts", "test/hostile.test.ts", "test/preview.e2e.test.ts", "test/startup.test.ts"],
};

export default config;
