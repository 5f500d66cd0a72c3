import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

/** The end-to-end tests: they spawn dist/bin.js, so the package must be built first (turbo's `check` is). */
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: { include: ["test/e2e.test.ts", "test/hostile.test.ts", "test/preview.e2e.test.ts", "test/startup.test.ts"] },
  }),
);
