import { defaultClientConditions, defaultServerConditions } from "vite";
import { defineConfig } from "vitest/config";

/**
 * How long a test, hook or child process may run before it is taken to hang.
 * Tests bound their work (iterations, sizes, steps), never their time: CI
 * machines are shared and slow down without warning, so this only catches a
 * hang, far above any honest run. Time is measured in `npm run bench`.
 */
export const HANG_MS = 10 * 60_000;

/**
 * Shared test configuration: resolve workspace packages to their `src/`
 * through the private `@claimset/source` export condition, so tests need no
 * build; and no test times out before `HANG_MS`.
 */
export const sharedConfig = defineConfig({
  resolve: { conditions: ["@claimset/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@claimset/source", ...defaultServerConditions] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: HANG_MS,
    hookTimeout: HANG_MS,
    teardownTimeout: HANG_MS,
  },
});

/**
 * For the examples, which test the packages as their users get them (the
 * built `dist/`, no source condition): only the hang detector.
 */
export const consumerConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: HANG_MS,
    hookTimeout: HANG_MS,
    teardownTimeout: HANG_MS,
  },
});
