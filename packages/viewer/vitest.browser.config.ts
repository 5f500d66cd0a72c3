import { defineConfig } from "vitest/config";
import { HANG_MS, sharedConfig } from "../../vitest.shared.js";

// The built page in headless Chromium (turbo's `check`, after the build); one file at a time, each starts its own browser.
export default defineConfig({
  ...sharedConfig,
  test: {
    ...sharedConfig.test,
    include: ["test/**/*.test.ts"],
    fileParallelism: false,
    // Waiting for the page (a paragraph drawn, a file read) is bounded like a hang, not like a result.
    expect: { poll: { timeout: HANG_MS } },
  },
});
