import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/**
 * Shared test configuration: resolve workspace packages to their `src/`
 * through the private `@claimset/source` export condition, so tests need no build.
 */
export const sharedConfig = defineConfig({
  resolve: { conditions: ["@claimset/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@claimset/source", ...defaultServerConditions] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
  },
});
