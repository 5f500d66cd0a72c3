import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AuthoringError } from "../errors/errors.js";
import { datasetsFromFlatRows, type FlatRow } from "../export/flat/rows.js";
import { EXPORT_TABLES, fromCsv, fromJsonl } from "../export/tables.js";
import { MINI_DIR } from "../validate/tests/fixture.js";
import { buildDatasetFolder } from "./build.js";
import { GENERATED_HEADER } from "./package-files.js";

const dirs: string[] = [];
function copyOfMini(): string {
  const dir = mkdtempSync(join(tmpdir(), "claimset-build-"));
  dirs.push(dir);
  cpSync(MINI_DIR, dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "@claimset/dataset-mini", version: "2.0.1" }));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("buildDatasetFolder", () => {
  it("writes the canonical dataset, tables, descriptor and modules", () => {
    const dir = copyOfMini();
    const { dataset, stale } = buildDatasetFolder(dir);
    expect(stale).toContain("dataset.json");
    expect(dataset.version).toBe("2.0.1");
    const json = JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8"));
    expect(json).toEqual(dataset);
    expect(readFileSync(join(dir, "dist/index.js"), "utf8").startsWith(`// ${GENERATED_HEADER}`)).toBe(true);
    expect(readFileSync(join(dir, "dist/index.d.ts"), "utf8")).toMatch(
      /export type QuoteId = "q-kim-alliance" \| "q-meat-grinder";/,
    );
    const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    const quotesCsv = descriptor.resources.find((r: { path: string }) => r.path === "data/quotes.csv");
    expect(quotesCsv.bytes).toBe(readFileSync(join(dir, "data/quotes.csv")).length);
    expect(quotesCsv.schema.primaryKey).toEqual(["dataset", "id"]);
  });

  it("writes CSV and JSONL tables that read back to the same records", () => {
    const dir = copyOfMini();
    const { dataset } = buildDatasetFolder(dir);
    const fromCsvFiles: Record<string, FlatRow[]> = {};
    const fromJsonlFiles: Record<string, FlatRow[]> = {};
    for (const table of EXPORT_TABLES) {
      fromJsonlFiles[table] = fromJsonl(readFileSync(join(dir, `data/${table}.jsonl`), "utf8")) as FlatRow[];
      fromCsvFiles[table] = fromCsv(table, readFileSync(join(dir, `data/${table}.csv`), "utf8"));
      expect(fromCsvFiles[table], table).toEqual(fromJsonlFiles[table]);
    }
    expect(datasetsFromFlatRows(fromCsvFiles)).toEqual([dataset]);
    expect(datasetsFromFlatRows(fromJsonlFiles)).toEqual([dataset]);
  });

  it("loads each table module on its own", async () => {
    const dir = copyOfMini();
    const { dataset } = buildDatasetFolder(dir);
    const { quotes } = await import(join(dir, "dist/quotes.js"));
    expect(quotes).toEqual(dataset.quotes);
    const quotesModule = readFileSync(join(dir, "dist/quotes.js"), "utf8");
    expect(quotesModule).not.toMatch(/import|require/);
    expect(quotesModule).not.toContain('kim-jong-un\\",\\"name');
  });

  it("reports nothing stale right after a build, and a stale file after an edit", () => {
    const dir = copyOfMini();
    buildDatasetFolder(dir);
    expect(buildDatasetFolder(dir, { check: true }).stale).toEqual([]);
    writeFileSync(
      join(dir, "notes.yml"),
      readFileSync(join(dir, "notes.yml"), "utf8").replace("without a source", "with no source"),
    );
    expect(buildDatasetFolder(dir, { check: true }).stale).toEqual(
      expect.arrayContaining(["dataset.json", "data/notes.csv"]),
    );
  });

  it("writes nothing when the authored files are invalid", () => {
    const dir = copyOfMini();
    writeFileSync(
      join(dir, "quotes.yml"),
      "- id: q-broken\n  kind: direct\n  spans: not in the text\n  speaker: colonel\n",
    );
    expect(() => buildDatasetFolder(dir)).toThrow(AuthoringError);
    expect(existsSync(join(dir, "dataset.json"))).toBe(false);
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });

  it("refuses an article path outside the folder", () => {
    const dir = copyOfMini();
    writeFileSync(
      join(dir, "dataset.yml"),
      readFileSync(join(dir, "dataset.yml"), "utf8").replace("article: article.txt", "article: ../../etc/passwd"),
    );
    let error: unknown;
    try {
      buildDatasetFolder(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AuthoringError);
    expect((error as AuthoringError).issues[0]).toMatchObject({
      file: "dataset.yml",
      rule: "article",
      message: expect.stringMatching(/outside/),
    });
  });
});
