// The article's metadata: http(s) URLs, ISO 8601 dates that exist, no empty
// strings. zod, the generated JSON Schema (ajv) and the authoring schema of
// dataset.yml must agree on every case, accepted or refused.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { AuthoredDatasetMeta } from "../authoring.js";
import { Dataset } from "../dataset.js";
import { jsonSchemaFiles } from "../json-schema.js";

const root = join(import.meta.dirname, "..", "..");
const valid = JSON.parse(readFileSync(join(root, "test/fixtures/mini.dataset.json"), "utf8"));
const files = jsonSchemaFiles();
const ajv = new Ajv2020({ allErrors: true, strict: false });
const schemaOf = (path: string) => ajv.compile(files.find((f) => f.path === path)!.schema);
const datasetJsonSchema = schemaOf("json/dataset.schema.json");
const metaJsonSchema = schemaOf("json/authoring/dataset.schema.json");

const meta = {
  id: "mini",
  article: "article.txt",
  language: "en",
  title: null,
  publisher: null,
  url: null,
  publishedAt: null,
  authors: null,
  retrievedAt: null,
  rights: "Written for the tests.",
};

type Field = "url" | "publishedAt" | "retrievedAt" | "title" | "publisher" | "authors" | "rights";
const cases: [Field, unknown, boolean][] = [
  ["url", "https://news.example/2025/05/parade?ref=a&b=c#top", true],
  ["url", "http://news.example:8080/", true],
  ["url", "https://news.example/%E2%80%9Cquoted%E2%80%9D", true],
  ["url", "javascript:alert(1)", false],
  ["url", "JAVASCRIPT:alert(1)", false],
  ["url", "data:text/html,<script>alert(1)</script>", false],
  ["url", "ftp://news.example/a", false],
  ["url", "//news.example/a", false],
  ["url", "news.example/a", false],
  ["url", "https://news.example/a b", false],
  ["url", "https://news.example/<a>", false],
  ["url", "https:///path", false],
  ["url", "", false],
  ["publishedAt", "2025", true],
  ["publishedAt", "2025-05", true],
  ["publishedAt", "2025-05-09", true],
  ["publishedAt", "2024-02-29", true],
  ["publishedAt", "2000-02-29", true],
  ["publishedAt", "2025-05-09T06:30:00+03:00", true],
  ["publishedAt", "2025-05-09T06:30Z", true],
  ["publishedAt", "2025-05-09T06:30:00.123Z", true],
  ["publishedAt", "2025-13-45", false],
  ["publishedAt", "2025-02-30", false],
  ["publishedAt", "2025-02-29", false],
  ["publishedAt", "1900-02-29", false],
  ["publishedAt", "2025-04-31", false],
  ["publishedAt", "2025-00", false],
  ["publishedAt", "2025-5-9", false],
  ["publishedAt", "2025-05-09T24:00:00Z", false],
  ["publishedAt", "2025-05-09T06:60:00Z", false],
  ["publishedAt", "2025-05-09T06:30:00", false],
  ["publishedAt", "٢٠٢٥-05-09", false],
  ["publishedAt", "May 2025", false],
  ["publishedAt", "", false],
  ["retrievedAt", "2025-05-10", true],
  ["retrievedAt", "2025-05-10T08:00:00Z", true],
  ["retrievedAt", "2025", false],
  ["retrievedAt", "2025-02-30", false],
  ["retrievedAt", "", false],
  ["title", "Kim’s “parade” 🇰🇵", true],
  ["title", "", false],
  ["publisher", "", false],
  ["authors", [], true],
  ["authors", ["Ana Ñúñez"], true],
  ["authors", [""], false],
  ["rights", "", false],
];

describe.each(cases)("%s = %j", (field, value, accepted) => {
  it(`is ${accepted ? "accepted" : "refused"} by zod and the JSON Schema, in dataset.json`, () => {
    const d = structuredClone(valid);
    d.source[field] = value;
    expect(Dataset.safeParse(d).success).toBe(accepted);
    expect(datasetJsonSchema(d)).toBe(accepted);
  });

  it(`is ${accepted ? "accepted" : "refused"} by zod and the JSON Schema, in dataset.yml`, () => {
    const m = { ...meta, [field]: value };
    expect(AuthoredDatasetMeta.safeParse(m).success).toBe(accepted);
    expect(metaJsonSchema(m)).toBe(accepted);
  });
});

describe("identifier patterns", () => {
  it.each([
    ["a Wikidata id with a non-ASCII digit", (d: typeof valid) => (d.entities[0].wikidata = "Q1٣")],
    ["a schema version with a non-ASCII digit", (d: typeof valid) => (d.schemaVersion = "1.٣.0")],
  ])("refuse %s, in zod and the JSON Schema", (_name, mutate) => {
    const d = structuredClone(valid);
    mutate(d);
    expect(Dataset.safeParse(d).success).toBe(false);
    expect(datasetJsonSchema(d)).toBe(false);
  });

  it("use no regex class that other dialects read differently (\\d, \\w, \\s, \\b: Unicode in Python's re)", () => {
    const patterns: string[] = [];
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        for (const [key, value] of Object.entries(node)) {
          if (key === "pattern" && typeof value === "string") patterns.push(value);
          else walk(value);
        }
      }
    };
    for (const file of files) walk(file.schema);
    expect(patterns.length).toBeGreaterThan(10);
    expect(patterns.filter((p) => /\\[dDwWsSbB]/.test(p))).toEqual([]);
  });
});
