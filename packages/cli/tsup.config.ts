import { defineConfig } from "tsup";
import { preset } from "../../scripts/tsup-preset.js";

export default defineConfig([
  preset({ index: "src/index.ts" }, { clean: false }),
  // The `claimset` binary carries its own copy of core, schema, zod and yaml,
  // tree-shaken and split by command: Node then reads a few files where the
  // packages have hundreds (zod alone loads every locale it ships), and
  // `--version` or `--help` load none of them.
  preset(
    { bin: "src/bin.ts" },
    {
      format: ["esm"],
      dts: false,
      // No shims: they add a call to every module, which keeps every module of a
      // barrel (and yaml with the compiler) in every command's chunks.
      shims: false,
      clean: false,
      // yaml is CommonJS under Node, and asks for Node's built-ins with require().
      banner: {
        js: '#!/usr/bin/env node\nimport { createRequire as __claimsetRequire } from "node:module";\nconst require = __claimsetRequire(import.meta.url);',
      },
      noExternal: [/^@claimset\/(core|schema)(\/|$)/, /^zod(\/|$)/, /^yaml(\/|$)/],
      // From their TypeScript sources, one module per file, so that each
      // command's chunks hold only the modules it reaches.
      esbuildOptions(options) {
        options.conditions = ["@claimset/source"];
      },
    },
  ),
]);
