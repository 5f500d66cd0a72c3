import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { flatRows, fromCsv, fromJsonl, toCsv, toJsonl } from "@claimset/core";
import { compileFolder } from "@claimset/core/node";
import { describe, expect, it } from "vitest";
import { builtMini, MINI, run, tempDir } from "../../test/helpers.js";

const mini = compileFolder(MINI);

describe("claimset export to stdout", () => {
  it("prints one CSV table, which reads back to the same rows", async () => {
    const r = await run(["export", "--format", "csv", "--table", "quotes", "-d", MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(toCsv(mini, "quotes"));
    expect(fromCsv("quotes", r.stdout)).toEqual(flatRows(mini, "quotes"));
  });

  it("prints one JSONL table", async () => {
    const r = await run(["export", "-f", "jsonl", "--table", "mentions", "-d", MINI]);
    expect(r.stdout).toBe(toJsonl(mini, "mentions"));
    const rows = fromJsonl(r.stdout) as { entity: string; span_text: string; span_start: number }[];
    expect(rows.find((m) => m.span_text === "Kim" && m.span_start === 184)?.entity).toBe("kim-jong-un");
  });

  it("needs --table for csv and jsonl without --out", async () => {
    const r = await run(["export", "--format", "csv", "-d", MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format csv to stdout needs --table <table>");
  });

  it("prints Web Annotations whose quote selectors match the text", async () => {
    const r = await run(["export", "--format", "webannotation", "-d", MINI]);
    expect(r.code).toBe(0);
    const collection = JSON.parse(r.stdout);
    const exacts = JSON.stringify(collection);
    expect(exacts).toContain('"exact":"a new and high level of alliance."');
    expect(exacts).toContain("http://www.w3.org/ns/anno.jsonld");
  });

  it("prints JSON-LD with --base, and Markdown", async () => {
    const ld = await run(["export", "--format", "jsonld", "--base", "https://example.org/mini", "-d", MINI]);
    expect(ld.code).toBe(0);
    expect(JSON.stringify(JSON.parse(ld.stdout))).toContain("https://example.org/mini");
    const md = await run(["export", "--format", "markdown", "-d", MINI]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("Kim Jong Un");
    expect(md.stdout).toContain("n-troops");
  });

  it("refuses options that do not apply, and unknown formats or tables, with exit 2", async () => {
    const cases: [string[], string][] = [
      [["--format", "xml"], "--format must be one of csv, jsonl, datapackage, webannotation, jsonld, markdown"],
      [[], "--format is required"],
      [
        ["--format", "csv", "--table", "people"],
        "--table must be one of sources, entities, mentions, quotes, quote_spans, claims, notes, retired",
      ],
      [["--format", "markdown", "--table", "quotes"], "--table applies to csv and jsonl only"],
      [["--format", "csv", "--table", "quotes", "--base", "x"], "--base applies to webannotation and jsonld only"],
      [["--format", "datapackage"], "--format datapackage writes several files: pass --out <dir>"],
      [["--format", "markdown", "--force"], "--force applies only with --out"],
      [["--format", "jsonld", "--base", "not a base"], '--base: base IRI "not a base" is not an absolute http(s) IRI'],
      [["--format", "webannotation", "--base", "https://x.example/#a"], "--base: base IRI"],
      [["--format", "jsonl", "--table", "claims", "--spreadsheet-safe"], "--spreadsheet-safe applies to csv only"],
    ];
    for (const [args, message] of cases) {
      const r = await run(["export", ...args, "-d", MINI]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});

describe("claimset export --format csv --spreadsheet-safe", () => {
  it("escapes formula cells for spreadsheets, and reads back with the same option", async () => {
    const r = await run(["export", "--format", "csv", "--table", "claims", "--spreadsheet-safe", "-d", MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(toCsv(mini, "claims", { spreadsheetSafe: true }));
    expect(r.stdout).toContain(`"'="`);
    expect(r.stdout).not.toBe(toCsv(mini, "claims"));
    expect(fromCsv("claims", r.stdout, { spreadsheetSafe: true })).toEqual(flatRows(mini, "claims"));
  });
});

describe("claimset export --out", () => {
  it("writes every table, and only --table when given", async () => {
    const cwd = tempDir();
    const r = await run(["export", "--format", "csv", "--out", "tables", "-d", MINI], { cwd });
    expect(r.code).toBe(0);
    expect(readdirSync(join(cwd, "tables")).sort()).toEqual(
      ["claims", "entities", "mentions", "notes", "quote_spans", "quotes", "retired", "sources"].map((t) => `${t}.csv`),
    );
    expect(readFileSync(join(cwd, "tables", "claims.csv"), "utf8")).toBe(toCsv(mini, "claims"));
    expect(r.stdout).toContain("8 files written");
    const one = await run(["export", "-f", "jsonl", "--table", "notes", "-o", "one", "-d", MINI], { cwd });
    expect(one.code).toBe(0);
    expect(readdirSync(join(cwd, "one"))).toEqual(["notes.jsonl"]);
  });

  it("writes a Data Package identical to what `claimset build` commits", async () => {
    const { folder } = await builtMini();
    const cwd = tempDir();
    const r = await run(["export", "--format", "datapackage", "--out", "pkg", "-d", MINI, "--json"], { cwd });
    expect(r.code).toBe(0);
    const written = JSON.parse(r.stdout).files.map((f: { path: string }) => f.path);
    expect(written).toContain("pkg/datapackage.json");
    for (const file of ["datapackage.json", "dataset.json", "data/mentions.csv", "data/claims.jsonl"]) {
      expect(readFileSync(join(cwd, "pkg", file), "utf8"), file).toBe(readFileSync(join(folder, file), "utf8"));
    }
    expect(readFileSync(join(cwd, "pkg", "article.txt"), "utf8")).toBe(mini.source.text);
    // The export is a package `verify` accepts: every hash in datapackage.json holds.
    const verified = await run(["verify", "pkg"], { cwd });
    expect(verified.code).toBe(0);
  });

  it("refuses to overwrite without --force, writing nothing at all", async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, "out"));
    writeFileSync(join(cwd, "out", "quotes.csv"), "keep me");
    const r = await run(["export", "--format", "csv", "--out", "out", "-d", MINI], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("refusing to overwrite out/quotes.csv; pass --force to replace it");
    expect(readdirSync(join(cwd, "out"))).toEqual(["quotes.csv"]);
    expect(readFileSync(join(cwd, "out", "quotes.csv"), "utf8")).toBe("keep me");
    const forced = await run(["export", "--format", "csv", "--out", "out", "--force", "-d", MINI], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(cwd, "out", "quotes.csv"), "utf8")).toBe(toCsv(mini, "quotes"));
    // No temporary files left beside the outputs.
    expect(readdirSync(join(cwd, "out")).filter((f) => f.startsWith("."))).toEqual([]);
  });

  it("refuses an --out outside the current folder or through a symlink", async () => {
    const cwd = tempDir();
    for (const out of ["../x", "a/../../x", tempDir()]) {
      const r = await run(["export", "--format", "markdown", "--out", out, "-d", MINI], { cwd });
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain("is outside");
    }
    const target = tempDir();
    symlinkSync(target, join(cwd, "link"));
    const linked = await run(["export", "--format", "markdown", "--out", "link", "-d", MINI], { cwd });
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain("is a symbolic link; refusing to write through it");
    expect(readdirSync(target)).toEqual([]);
    expect(existsSync(join(cwd, "..", "x"))).toBe(false);
  });

  it("names each single-document format's file", async () => {
    const cwd = tempDir();
    for (const [format, file] of [
      ["webannotation", "annotations.jsonld"],
      ["jsonld", "dataset.jsonld"],
      ["markdown", "dataset.md"],
    ] as const) {
      const r = await run(["export", "--format", format, "--out", "o", "-d", MINI], { cwd });
      expect(r.code).toBe(0);
      expect(existsSync(join(cwd, "o", file))).toBe(true);
    }
  });
});
