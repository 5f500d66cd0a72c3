// Writes the flat-table description (src/export/flat/flat-tables.generated.ts)
// and the Parquet schema of each table (json/parquet/<table>.schema.json) from
// @claimset/schema's JSON Schema. Run by the build; a test fails when the
// committed files differ from a fresh run.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { renderFlatTables, renderParquetSchemas } from "../src/export/flat/generate.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("@claimset/schema/dataset.schema.json"), "utf8"));

const generated = join(root, "src/export/flat/flat-tables.generated.ts");
writeFileSync(generated, renderFlatTables(schema));
// Formatted as the repository formats TypeScript; a test compares its data, not its layout, with a fresh derivation.
spawnSync("npx", ["biome", "format", "--write", generated], { stdio: "ignore" });
for (const [name, content] of renderParquetSchemas(schema)) writeFileSync(join(root, "json/parquet", name), content);
