import { defineConfig } from "tsup";
import { preset } from "../../scripts/tsup-preset.js";

export default defineConfig([
  preset({ index: "src/index.ts" }, { clean: false }),
  preset({ bin: "src/bin.ts" }, { format: ["esm"], dts: false, clean: false, banner: { js: "#!/usr/bin/env node" } }),
]);
