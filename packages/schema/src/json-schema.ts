import * as z from "zod";
import { AUTHORED_FILES } from "./authoring.js";
import { Dataset } from "./dataset.js";
import { SCHEMA_ID_BASE } from "./version.js";

/** A JSON Schema document generated from one of the zod schemas. */
export interface JsonSchemaFile {
  /** Path of the file inside the package, e.g. `json/dataset.schema.json`. */
  path: string;
  schema: Record<string, unknown>;
}

function generate(schema: z.ZodType, name: string, title: string): JsonSchemaFile {
  const json = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "throw", io: "input" });
  return {
    path: `json/${name}`,
    schema: { ...json, $id: `${SCHEMA_ID_BASE}/${name}`, title },
  };
}

/** Every JSON Schema this package ships, generated from the zod schemas. */
export function jsonSchemaFiles(): JsonSchemaFile[] {
  const files = [generate(Dataset, "dataset.schema.json", "claimset dataset")];
  for (const [file, schema] of Object.entries(AUTHORED_FILES)) {
    const name = `authoring/${file.replace(/\.yml$/, "")}.schema.json`;
    files.push(generate(schema, name, `claimset authoring file ${file}`));
  }
  return files;
}

/** Serializes a schema file the way it is committed: two-space JSON and a final newline. */
export function serializeJsonSchema(file: JsonSchemaFile): string {
  return `${JSON.stringify(file.schema, null, 2)}\n`;
}
