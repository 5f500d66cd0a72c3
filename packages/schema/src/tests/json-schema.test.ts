import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { Dataset } from "../dataset.js";
import { jsonSchemaFiles, serializeJsonSchema } from "../json-schema.js";
import { SCHEMA_ID_BASE } from "../version.js";

const root = join(import.meta.dirname, "..", "..");
const valid = JSON.parse(readFileSync(join(root, "test/fixtures/mini.dataset.json"), "utf8"));

// biome-ignore lint/suspicious/noExplicitAny: the cases poke at arbitrary JSON
type Json = Record<string, any>;
const clone = (): Json => structuredClone(valid);

/** Each case breaks one thing the schema (not the integrity rules) must catch. */
const invalid: [string, (d: Json) => unknown][] = [
  ["not an object", () => []],
  [
    "missing source",
    (d) => {
      delete d.source;
    },
  ],
  [
    "unknown top-level key",
    (d) => {
      d.extra = 1;
    },
  ],
  [
    "unknown record key",
    (d) => {
      d.entities[0].colour = "red";
    },
  ],
  [
    "bad schemaVersion",
    (d) => {
      d.schemaVersion = "1";
    },
  ],
  [
    "uppercase id",
    (d) => {
      d.entities[0].id = "Kim";
    },
  ],
  [
    "entity id with a reserved prefix",
    (d) => {
      d.entities[0].id = "q-kim";
    },
  ],
  [
    "quote id without q-",
    (d) => {
      d.quotes[0].id = "kim-alliance";
    },
  ],
  [
    "claim id without n-",
    (d) => {
      d.claims[0].id = "claim-1";
    },
  ],
  [
    "negative offset",
    (d) => {
      d.entities[0].mentions[0].start = -1;
    },
  ],
  [
    "fractional offset",
    (d) => {
      d.entities[0].mentions[0].end = 1.5;
    },
  ],
  [
    "offset as a string",
    (d) => {
      d.entities[0].mentions[0].end = "11";
    },
  ],
  [
    "unknown entity type",
    (d) => {
      d.entities[0].type = "robot";
    },
  ],
  [
    "unknown mention kind",
    (d) => {
      d.entities[0].mentions[0].kind = "implied";
    },
  ],
  [
    "bad wikidata id",
    (d) => {
      d.entities[0].wikidata = "56226";
    },
  ],
  [
    "missing wikidata (must be null, not absent)",
    (d) => {
      delete d.entities[0].wikidata;
    },
  ],
  [
    "quote with no spans",
    (d) => {
      d.quotes[0].spans = [];
    },
  ],
  [
    "unknown quote kind",
    (d) => {
      d.quotes[0].kind = "rumour";
    },
  ],
  [
    "unknown comparator",
    (d) => {
      d.claims[0].comparator = "≈";
    },
  ],
  [
    "value as a string",
    (d) => {
      d.claims[0].value = "12,000";
    },
  ],
  [
    "assertedBy of unknown type",
    (d) => {
      d.claims[0].assertedBy = { type: "rumour" };
    },
  ],
  [
    "assertedBy entity without id",
    (d) => {
      d.claims[0].assertedBy = { type: "entity" };
    },
  ],
  [
    "bounds missing an inclusive flag",
    (d) => {
      delete d.claims[0].bounds.lowInclusive;
    },
  ],
  [
    "unit not normalized",
    (d) => {
      d.claims[0].unit.normalized = "Persons";
    },
  ],
  [
    "bad sha256",
    (d) => {
      d.source.sha256 = "abc";
    },
  ],
  [
    "language not a tag",
    (d) => {
      d.source.language = "English";
    },
  ],
  [
    "publishedAt not ISO",
    (d) => {
      d.source.publishedAt = "May 2025";
    },
  ],
  [
    "note kind unknown",
    (d) => {
      d.notes[0].kind = "opinion";
    },
  ],
  [
    "retired kind unknown",
    (d) => {
      d.retired = [{ id: "x", kind: "deleted", to: [], since: "1.0.0", reason: "r" }];
    },
  ],
];

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

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(files.find((f) => f.path === "json/dataset.schema.json")!.schema);

  it("accepts the valid fixture, as zod does", () => {
    expect(Dataset.safeParse(valid).success).toBe(true);
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(invalid)("rejects %s, as zod does", (_name, mutate) => {
    const copy = clone();
    const input = mutate(copy) ?? copy;
    const zod = Dataset.safeParse(input).success;
    const ajvResult = validate(input);
    expect(zod).toBe(false);
    expect(ajvResult).toBe(zod);
  });
});
