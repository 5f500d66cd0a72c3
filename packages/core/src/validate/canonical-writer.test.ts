import { join } from "node:path";
import { Dataset } from "@claimset/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { jsonSchemaFiles } from "../../../schema/src/json-schema.js";
import * as arbitrary from "../../../schema/src/tests/json-schema-arbitraries.js";
import { arbDataset } from "../../test/properties/arbitraries.js";
import { compileFolder } from "../node/authored.js";
import { contentHash } from "../text/canonical.js";
import { compileContentHash, UnsupportedWriterError } from "./canonical-writer.js";

const hash = compileContentHash(Dataset);
const DATASET_SCHEMA = jsonSchemaFiles().find((f) => f.path === "json/dataset.schema.json")!.schema;

describe("the content hash compiled from the schema", () => {
  it("equals contentHash on every document the dataset's JSON Schema accepts", () => {
    fc.assert(
      fc.property(arbitrary.valid(DATASET_SCHEMA), (doc) => {
        const dataset = Dataset.parse(doc);
        return hash(dataset) === contentHash(dataset) && hash(doc as object) === contentHash(doc as object);
      }),
      { numRuns: 150 },
    );
  });

  it("equals contentHash on generated datasets, whatever their keys' order", () => {
    fc.assert(
      fc.property(arbDataset(), (dataset) => {
        const reversed = JSON.parse(JSON.stringify(dataset), (_key, value) =>
          value && typeof value === "object" && !Array.isArray(value)
            ? Object.fromEntries(Object.entries(value).reverse())
            : value,
        );
        const expected = contentHash(dataset);
        return hash(dataset) === expected && hash(reversed) === expected;
      }),
      { numRuns: 40 },
    );
  });

  it("equals contentHash on the seed, on text with typography, astral characters and lone surrogates, and on more records than a chunk", () => {
    const real = compileFolder(join(import.meta.dirname, "../../../../datasets/north-korea-victory-day-parade"));
    expect(hash(real)).toBe(contentHash(real));
    expect(hash(real)).toBe(real.contentHash);
    const text = '“Quoted” — dashes… 𝔸 and 😀, a lone \ud800 and \udfff, a "quote" and a \\ and a \u0007.';
    const mentions = Array.from({ length: 150 }, (_, i) => ({
      start: i,
      end: i + 1,
      text: text[i % text.length]!,
      kind: "named",
    }));
    const entity = { ...real.entities[0]!, name: text, aliases: [text, "𝔸"], mentions };
    const changed = {
      ...real,
      source: { ...real.source, text: text.repeat(50) },
      entities: [entity, ...real.entities],
    };
    expect(hash(changed)).toBe(contentHash(changed));
    const drafted = { ...changed, machineDrafted: true };
    expect(hash(drafted)).toBe(contentHash(drafted));
    expect(hash(drafted)).not.toBe(hash(changed));
  });

  it("refuses a schema it cannot write in sorted order", () => {
    expect(() => compileContentHash(z.object({ a: z.record(z.string(), z.string()) }))).toThrow(UnsupportedWriterError);
    expect(() => compileContentHash(z.object({ a: z.array(z.object({ "1": z.string(), b: z.string() })) }))).toThrow(
      UnsupportedWriterError,
    );
  });
});
