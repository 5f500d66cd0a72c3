import { defineConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

// The built page in headless Chromium (turbo's `check`, after the build). Each test starts pages and servers: give it room on a loaded machine.
export default defineConfig({
  ...sharedConfig,
  test: { include: ["test/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 120_000, fileParallelism: false },
});
