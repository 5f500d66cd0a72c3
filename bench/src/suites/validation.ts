import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { validateDataset } from "@claimset/core";
import { Ajv2020 } from "ajv/dist/2020.js";
import { measure } from "../measure.js";

export interface ValidationFigures {
  articles: number;
  bytes: number;
  parseMs: number;
  validateMs: number;
  ajvMs: number;
  /** validateDataset time over JSON.parse time of the same bytes. */
  vsParse: number;
  /** validateDataset time over the ajv structural check of the same data. */
  vsAjv: number;
}

/** The JSON Schema generated from the zod schema, as @claimset/schema ships it. */
export function compileJsonSchema(): (data: unknown) => boolean {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve("@claimset/schema/dataset.schema.json"), "utf8"));
  return new Ajv2020({ allErrors: true, strict: false }).compile(schema);
}

/**
 * Full validation (schema and every integrity rule) of each article, against
 * JSON.parse of the same file and against the ajv-compiled JSON Schema
 * (structure only). Parsing is outside the validation figures: all three
 * see the same data, already in memory.
 */
export async function benchValidation(files: readonly string[], iterations: number): Promise<ValidationFigures> {
  const texts = files.map((f) => readFileSync(f, "utf8"));
  const parsed = texts.map((t) => JSON.parse(t) as unknown);
  const ajv = compileJsonSchema();
  for (const data of parsed) {
    if (!validateDataset(data).ok || !ajv(data)) throw new Error("the corpus holds an invalid dataset");
  }
  const t = await measure(
    {
      parse: () => {
        for (const text of texts) JSON.parse(text);
      },
      validate: () => {
        for (const data of parsed) validateDataset(data);
      },
      ajv: () => {
        for (const data of parsed) ajv(data);
      },
    },
    { iterations, warmup: 1 },
  );
  const bytes = texts.reduce((n, text) => n + Buffer.byteLength(text), 0);
  return {
    articles: files.length,
    bytes,
    parseMs: t.parse!.ms,
    validateMs: t.validate!.ms,
    ajvMs: t.ajv!.ms,
    vsParse: t.validate!.ms / t.parse!.ms,
    vsAjv: t.validate!.ms / t.ajv!.ms,
  };
}
