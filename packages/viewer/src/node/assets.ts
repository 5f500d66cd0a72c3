import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The folder of the built viewer: `index.html` and `assets/`, static files
 * with relative URLs that any web server can serve as they are. The page reads
 * `./datasets/index.json` for the datasets it offers (see `@claimset/viewer/server`).
 */
// Built, this file is dist/node/assets.js; run from source inside the repository, src/node/assets.ts.
export const assetsDir: string = join(here, basename(dirname(here)) === "src" ? "../../dist/site" : "../site");
