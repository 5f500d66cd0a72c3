import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { AUTHORED_FILES } from "../authoring.js";
import { Dataset } from "../dataset.js";
import * as schema from "../index.js";
import { jsonSchemaFiles, serializeJsonSchema } from "../json-schema.js";
import { SCHEMA_ID_BASE } from "../version.js";
import * as arbitrary from "./json-schema-arbitraries.js";

const root = join(import.meta.dirname, "..", "..");
const valid = JSON.parse(readFileSync(join(root, "test/fixtures/mini.dataset.json"), "utf8"));

// biome-ignore lint/suspicious/noExplicitAny: the test reads arbitrary JSON
type Json = Record<string, any>;

describe("generated JSON Schema", () => {
  const files = jsonSchemaFiles();

  it("is committed and up to date (run `npm run build -w @claimset/schema` to regenerate)", () => {
    for (const file of files) {
      expect(readFileSync(join(root, file.path), "utf8"), file.path).toBe(serializeJsonSchema(file));
    }
  });

  it("carries a versioned $id and the field documentation", () => {
    const dataset = files.find((f) => f.path === "json/dataset.schema.json")!.schema as Json;
    expect(dataset.$id).toBe(`${SCHEMA_ID_BASE}/dataset.schema.json`);
    expect(dataset.properties.contentHash.description).toMatch(/canonical JSON/);
  });

  it("accepts the valid fixture in zod and in ajv", () => {
    const dataset = files.find((f) => f.path === "json/dataset.schema.json")!.schema;
    expect(Dataset.safeParse(valid).success).toBe(true);
    const validate = ajv().compile(dataset);
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
  });
});

/** A JSON Schema validator of draft 2020-12, with the formats a schema may use. */
function ajv(): Ajv2020 {
  const instance = new Ajv2020({ strict: false });
  addFormats(instance);
  return instance;
}

/**
 * Every schema whose JSON Schema is published, or is a part of one: the
 * shipped files (the dataset and each authored file), and every zod schema
 * the package exports, so that a small one (a Span) is mutated often.
 */
const SCHEMAS: [string, z.ZodType, Json][] = [
  ...jsonSchemaFiles().map((file): [string, z.ZodType, Json] => {
    const zod =
      file.path === "json/dataset.schema.json"
        ? Dataset
        : AUTHORED_FILES[
            `${file.path.replace(/^json\/authoring\//, "").replace(/\.schema\.json$/, "")}.yml` as keyof typeof AUTHORED_FILES
          ];
    return [file.path, zod, file.schema];
  }),
  ...Object.entries(schema as Record<string, unknown>)
    .filter((entry) => entry[1] !== Dataset)
    .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
    .map(([name, zod]): [string, z.ZodType, Json] => [
      name,
      zod,
      z.toJSONSchema(zod, { target: "draft-2020-12", unrepresentable: "throw", io: "input" }),
    ]),
];

// Documents are built from the JSON Schema alone (./json-schema-arbitraries.ts), so
// a rule zod checks that the JSON Schema cannot carry (a refinement, a transform)
// shows up as a document one accepts and the other refuses.
describe.each(SCHEMAS)("zod and the JSON Schema of %s", (name, zod, json) => {
  const validate = ajv().compile(json);
  // The shipped files get more runs; the parts they are made of are checked inside them too.
  const runs = name.startsWith("json/") ? 120 : 50;

  it("both accept every document built from the JSON Schema", () => {
    // fast-check prints the document when a property returns false.
    fc.assert(
      fc.property(arbitrary.valid(json), (doc) => zod.safeParse(doc).success && validate(doc)),
      { numRuns: runs },
    );
  });

  it("agree on every document one mutation away from a valid one", () => {
    let refused = 0;
    fc.assert(
      fc.property(arbitrary.nearMiss(json), (doc) => {
        const accepted = zod.safeParse(doc).success;
        if (!accepted) refused++;
        return accepted === validate(doc);
      }),
      { numRuns: runs * 3 },
    );
    // Most mutations break the document; a generator that broke nothing would prove nothing.
    expect(refused).toBeGreaterThan(runs * 1.5);
  });
});
