import { configDefaults, defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

// End-to-end tests spawn the built binary, so they run after the build, in `check`.
export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      exclude: [
        ...configDefaults.exclude,
        "test/e2e.test.ts",
        "test/hostile.test.ts",
        "test/preview.e2e.test.ts",
        "test/startup.test.ts",
      ],
    },
  }),
);
