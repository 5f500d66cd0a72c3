import { defineConfig, mergeConfig } from "vitest/config";
import { sharedConfig } from "../../vitest.shared.js";

export default mergeConfig(sharedConfig, defineConfig({ root: import.meta.dirname, test: { include: ["*.test.ts"] } }));
