import { defineConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

// Unit tests of the page's modules and the Node entries, from source; the browser tests (after the build) are in vitest.browser.config.ts.
// The validator runs on the whole seed in load.test.ts: give it room on a loaded machine.
export default defineConfig({ ...sharedConfig, test: { include: ["src/**/*.test.ts"], testTimeout: 60_000 } });
