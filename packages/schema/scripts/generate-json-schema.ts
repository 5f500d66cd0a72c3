// Writes json/*.schema.json from the zod schemas. Run by `npm run build`;
// `npm test` fails when the committed files differ from what this writes.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { jsonSchemaFiles, serializeJsonSchema } from "../src/json-schema.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
for (const file of jsonSchemaFiles()) {
  const target = join(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, serializeJsonSchema(file));
}
