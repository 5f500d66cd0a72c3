// Writes output.schema.json, the JSON Schema of every `--json` output, from
// src/output-schema.ts. Run by `npm run build`; a test fails when the
// committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { outputJsonSchema } from "../src/output-json-schema.js";

writeFileSync(
  join(import.meta.dirname, "..", "output.schema.json"),
  `${JSON.stringify(outputJsonSchema(), null, 2)}\n`,
);
