import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // The browser test starts Chromium and a server; give it room on slow machines.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
