import { defineConfig } from "tsup";
import { preset } from "../../scripts/tsup-preset.js";

export default defineConfig(
  preset({
    index: "src/index.ts",
    "errors/index": "src/errors/index.ts",
    "query/index": "src/query/index.ts",
    "authoring/index": "src/authoring/index.ts",
    "node/index": "src/node/index.ts",
    "node/read": "src/node/read-entry.ts",
    "eval/index": "src/eval/index.ts",
    "interchange/index": "src/interchange/index.ts",
  }),
);
