import { defineConfig } from "tsup";
import { preset } from "../../scripts/tsup-preset.js";

// The Node entries only; the page itself is built by vite into dist/site.
export default defineConfig(
  preset({ assets: "src/node/assets.ts", server: "src/node/server.ts" }, { outDir: "dist/node", clean: false }),
);
