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
 *
 * The test files of a worker share one module registry (`isolate: false`):
 * each file importing zod, the schema and core afresh cost more than the tests
 * themselves (core's suite: 122 s of CPU isolated, 46 s shared). So no test may
 * rely on module state another leaves behind: spies are restored after each
 * test, and every suite passes with `--sequence.shuffle`.
 */
export const sharedConfig = defineConfig({
  resolve: { conditions: ["@claimset/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@claimset/source", ...defaultServerConditions] } },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    isolate: false,
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
