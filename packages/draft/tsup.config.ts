import { defineConfig } from "tsup";
import { preset } from "../../scripts/tsup-preset.js";

// The preset's ES2022 target keeps `\p{…}` regular expressions as literals (a node target rebuilt each
// on every evaluation, which cost the drafter a fifth of its time).
export default defineConfig(preset({ index: "src/index.ts" }));
