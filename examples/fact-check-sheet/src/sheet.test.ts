import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createIndex } from "@claimset/core";
import { dataset } from "@claimset/dataset-north-korea-victory-day-parade";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_HEADER, checklist, priority, toChecklistCsv, toChecklistMarkdown, verificationSteps } from "./sheet.js";

const items = checklist(dataset);
const byId = (id: string) => items.find((i) => i.id === id)!;

describe("checklist", () => {
  it("has one item per claim", () => {
    expect(items.map((i) => i.id).sort()).toEqual(dataset.claims.map((c) => c.id).sort());
  });

  it("puts unattributed and approximate figures first, then text order within a group", () => {
    const priorities = items.map(priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => a - b));
    for (let i = 1; i < items.length; i++) {
      if (priorities[i] === priorities[i - 1]) expect(items[i]!.at).toBeGreaterThan(items[i - 1]!.at);
    }
    expect(items[0]).toMatchObject({ unattributed: true, approximate: true });
    expect(items.at(-1)).toMatchObject({ unattributed: false, approximate: false });
    // "more than 771,000" is the article's own, hedged figure; "19" countries comes, exactly, from an unnamed source.
    expect(priority(byId("n-russian-casualties"))).toBe(0);
    expect(priority(byId("n-invited-countries-19"))).toBe(1);
    expect(items.indexOf(byId("n-russian-casualties"))).toBeLessThan(items.indexOf(byId("n-invited-countries-19")));
  });

  it("gives value, bounds, hedge, asserter and notes", () => {
    expect(byId("n-russian-casualties")).toMatchObject({
      phrase: "more than 771,000",
      value: "> 771,000",
      bounds: "> 771,000",
      hedge: "more than",
      unit: "person",
      assertedBy: "the article itself (no source given)",
    });
    expect(byId("n-russian-casualties").notes.map((n) => n.id)).toEqual(["note-russian-casualties-unsourced"]);
    expect(byId("n-men-two-dozen")).toMatchObject({ value: "~24 (20–28)", bounds: "20–28", approximate: true });
  });

  it("counts a quote with no named speaker as unattributed", () => {
    expect(byId("n-broadcast-hack-20-seconds")).toMatchObject({ unattributed: true });
  });
});

describe("verificationSteps", () => {
  const index = createIndex(dataset);
  const claim = (id: string) => dataset.claims.find((c) => c.id === id)!;

  it("asks for the original source of a figure the article asserts itself", () => {
    expect(verificationSteps(claim("n-russian-casualties"), index)).toEqual([
      "find the original source; the article gives none",
      "the figure is hedged (“more than”): find the exact figure",
      "compare with an independent count (official figures, other outlets, open-source tallies)",
    ]);
  });

  it("names the entity or speaker to check, and the unnamed source to identify", () => {
    expect(verificationSteps(claim("n-invited-countries-19"), index)[0]).toBe(
      "identify the unnamed source (“Putin's puppet”) and find a named source that confirms the figure",
    );
    expect(verificationSteps(claim("n-initial-force-12000"), index)).toEqual([
      "find who said it; the article quotes nobody by name",
      "the figure is hedged (“about”): find the exact figure",
      "compare with an independent count (official figures, other outlets, open-source tallies)",
    ]);
    expect(verificationSteps(claim("n-first-parade-participation"), index)[0]).toBe(
      "identify the unnamed source (“people familiar with the matter”) and find a named source that confirms the figure",
    );
  });

  it("says when the text gives no number at all", () => {
    expect(verificationSteps(claim("n-helmets-dozens"), index)).toContain(
      "the text gives no number: find the figure the words stand for",
    );
  });
});

describe("output", () => {
  it("writes Markdown tasks grouped by priority", () => {
    const md = toChecklistMarkdown(items, "Test");
    expect(md).toMatch(/^# Fact-check sheet: Test\n/);
    expect(md.indexOf("## No named source, approximate figure")).toBeLessThan(
      md.indexOf("## Named source, exact figure"),
    );
    expect(md).toContain("- [ ] **more than 771,000** — total Russian casualties `n-russian-casualties`");
    expect(md.match(/^- \[ \] /gm)?.length).toBe(dataset.claims.length);
  });

  it("writes CSV that parses back, with spreadsheet formulas defused", () => {
    const hostile = structuredClone(dataset) as unknown as typeof dataset;
    (hostile.claims[0]!.about as { text: string }).text = '=HYPERLINK("http://x.example","click")';
    const rows: string[][] = parse(toChecklistCsv(checklist(hostile)), { relax_column_count: false });
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows.length).toBe(dataset.claims.length + 1);
    const abouts = rows.slice(1).map((r) => r[CSV_HEADER.indexOf("about")]!);
    expect(abouts).toContain('\'=HYPERLINK("http://x.example","click")');
    expect(abouts.some((a) => a.startsWith("="))).toBe(false);
  });

  it("writes both files with --out", () => {
    const dir = mkdtempSync(join(tmpdir(), "fact-check-"));
    try {
      const out = execFileSync(process.execPath, ["--import", "tsx", "src/main.ts", "--out", dir], {
        cwd: join(import.meta.dirname, ".."),
        encoding: "utf8",
      });
      expect(out).toContain(`wrote ${dataset.claims.length} claims`);
      expect(readFileSync(join(dir, "fact-check.md"), "utf8")).toBe(
        toChecklistMarkdown(items, `${dataset.source.title ?? dataset.id} (dataset ${dataset.version})`),
      );
      expect(readFileSync(join(dir, "fact-check.csv"), "utf8")).toBe(toChecklistCsv(items));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
