import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFixture } from "../../query/fixture.test-helper.js";
import { deriveFlatTables, type JsonSchemaNode } from "./derive.js";
import { FLAT_TABLE_NAMES, FLAT_TABLES } from "./flat-tables.generated.js";
import { renderParquetSchemas } from "./generate.js";
import { datasetsFromFlatRows, flatRows } from "./rows.js";

const require = createRequire(import.meta.url);
const schema = JSON.parse(
  readFileSync(require.resolve("@claimset/schema/dataset.schema.json"), "utf8"),
) as JsonSchemaNode;

describe("the flat tables", () => {
  it("are the committed derivation of the dataset's JSON Schema (run the core build to regenerate)", () => {
    const fresh = deriveFlatTables(schema);
    expect(FLAT_TABLES).toEqual(fresh);
    expect(FLAT_TABLE_NAMES).toEqual(fresh.map((t) => t.name));
    for (const [name, content] of renderParquetSchemas(schema)) {
      expect(readFileSync(join(import.meta.dirname, "../../../json/parquet", name), "utf8"), name).toBe(content);
    }
  });

  it("follow a field added to a record into every flat table, typed", () => {
    const withField = structuredClone(schema) as JsonSchemaNode & { properties: Record<string, JsonSchemaNode> };
    const claim = withField.properties.claims!.items!;
    claim.properties!.sourceLanguage = { anyOf: [{ type: "string" }, { type: "null" }], description: "Added." };
    claim.properties!.window = {
      type: "object",
      properties: { from: { type: "integer" }, labels: { type: "array", items: { type: "string" } } },
      required: ["from", "labels"],
    };
    claim.required = [...(claim.required ?? []), "sourceLanguage", "window"];
    const claims = deriveFlatTables(withField).find((t) => t.name === "claims")!;
    expect(
      claims.columns.filter((c) => /^(source_language|window_)/.test(c.name)).map((c) => [c.name, c.type, c.nullable]),
    ).toEqual([
      ["source_language", "string", true],
      ["window_from", "integer", false],
      ["window_labels", "string-list", false],
    ]);
  });

  it("refuse a field they cannot flatten, naming it", () => {
    const withList = structuredClone(schema) as JsonSchemaNode & { properties: Record<string, JsonSchemaNode> };
    withList.properties.notes!.items!.properties!.links = { type: "array", items: { type: "object", properties: {} } };
    expect(() => deriveFlatTables(withList)).toThrow(/notes\.links: only lists of strings flatten/);
  });

  it("name every column in snake_case, start every table with `dataset`, and give every live record a key", () => {
    for (const table of FLAT_TABLES) {
      expect(table.columns[0]!.name).toBe("dataset");
      for (const c of table.columns) expect(c.name, `${table.name}.${c.name}`).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(new Set(table.columns.map((c) => c.name)).size, table.name).toBe(table.columns.length);
    }
    const fixture = buildFixture();
    expect(flatRows(fixture, "quotes").map((r) => r.key)).toEqual(fixture.quotes.map((q) => `fixture-parade:${q.id}`));
  });
});

describe("code point offsets", () => {
  const fixture = buildFixture();
  const codePoints = [...fixture.source.text];
  const cut = (start: unknown, end: unknown) => codePoints.slice(start as number, end as number).join("");

  it("cut the same text as the UTF-16 offsets, after a flag and an emoji", () => {
    const mentions = flatRows(fixture, "mentions");
    expect(mentions.length).toBeGreaterThan(5);
    for (const m of mentions) {
      expect(cut(m.span_start_cp, m.span_end_cp)).toBe(m.span_text);
      expect(fixture.source.text.slice(m.span_start as number, m.span_end as number)).toBe(m.span_text);
    }
    // 🇰🇵 is two code points of two UTF-16 units each, 🎉 one of two: every offset after them is 3 less in code points.
    expect(mentions.every((m) => (m.span_start as number) - (m.span_start_cp as number) === 3)).toBe(true);
    for (const table of ["quote_spans", "claims", "quotes", "notes"] as const) {
      for (const row of flatRows(fixture, table)) {
        for (const prefix of ["span_", "cue_", "speaker_text_", "qualifier_", "asserted_by_span_"]) {
          if (row[`${prefix}start_cp`] === undefined || row[`${prefix}start_cp`] === null) continue;
          expect(cut(row[`${prefix}start_cp`], row[`${prefix}end_cp`]), `${table} ${prefix}`).toBe(
            row[`${prefix}text`],
          );
        }
      }
    }
  });

  it("give the text's length in both units", () => {
    const [source] = flatRows(fixture, "sources");
    expect(source!.text_length).toBe(fixture.source.text.length);
    expect(source!.text_length_cp).toBe(codePoints.length);
  });
});

it("rebuilds the dataset from its rows: unions, nullable spans and absent provenance as they were", () => {
  const fixture = buildFixture();
  fixture.claims[0] = {
    ...fixture.claims[0]!,
    provenance: { method: "drafted", tool: "t@1", confidence: null, reviewed: false },
  };
  const tables = Object.fromEntries(FLAT_TABLE_NAMES.map((t) => [t, flatRows(fixture, t)]));
  expect(datasetsFromFlatRows(tables)).toEqual([fixture]);
  const claims = flatRows(fixture, "claims");
  expect(claims.find((c) => c.asserted_by_type === "publisher")).toMatchObject({
    asserted_by_id: null,
    asserted_by_span_start: null,
  });
});
