import { defineConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

// Unit tests of the page's modules and the Node entries, from source; the browser tests (after the build) are in vitest.browser.config.ts.
export default defineConfig({ ...sharedConfig, test: { ...sharedConfig.test, include: ["src/**/*.test.ts"] } });
