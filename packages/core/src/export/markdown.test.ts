import { describe, expect, it } from "vitest";
import { buildFixture } from "../query/fixture.test-helper.js";
import { toMarkdown } from "./markdown.js";

const markdown = toMarkdown(buildFixture());
const lines = markdown.split("\n");

/** The body of a `## heading` section, up to the next `## ` heading. */
function section(heading: string): string {
  const start = lines.indexOf(`## ${heading}`);
  expect(start).toBeGreaterThan(-1);
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

/** Splits a table row into cells at unescaped pipes. */
function cells(row: string): string[] {
  return row
    .slice(2, -2)
    .split(/(?<!\\)\| /)
    .map((c) => c.trim());
}

describe("toMarkdown", () => {
  it("writes unknown metadata as unknown, and known metadata as given", () => {
    expect(lines[0]).toBe("# Untitled article (fixture-parade)");
    expect(lines).toContain("- **Title:** unknown");
    expect(lines).toContain("- **Publisher:** unknown");
    expect(lines).toContain("- **Published:** 2025-05-09");
    const titled = toMarkdown(buildFixture({ title: "Kim’s *big* day", authors: [], url: "https://news.example/a" }));
    expect(titled.split("\n")[0]).toBe("# Kim’s \\*big\\* day");
    expect(titled).toContain("- **Authors:** none (unsigned)");
    expect(titled).toContain("- **URL:** <https://news.example/a>");
  });

  it("never turns a URL that is not http(s) into a link", () => {
    // The schema refuses such a URL; a dataset built by hand can still carry one.
    const hostile = toMarkdown(buildFixture({ url: "javascript:alert(1)" }));
    expect(hostile).toContain("- **URL:** javascript:alert(1) (not an http(s) URL, not linked)");
    expect(hostile).not.toContain("<javascript:");
    expect(toMarkdown(buildFixture({ url: "https://x.example/a b" }))).not.toContain("<https://x.example/a b>");
  });

  it("counts records", () => {
    expect(section("Counts")).toContain("| 6 | 8 | 3 | 6 | 4 | 3 |");
  });

  it("groups quotes by speaker, with cue and addressee, and gives the reason when there is no speaker", () => {
    const said = section("Who said what");
    expect(said).toContain(
      "### Kim Jong Un\n\n- “The 2nd Army Corps lost about 24 men, and we won’t stop…” (direct; cue: *told*; to: The Times) `q-kim-losses`\n- “dozens of missiles were tested” (indirect; cue: *said*) `q-kim-missiles`",
    );
    expect(said).toContain(
      "### Without a named speaker\n\n- “show” (scare; cue: *called*; no speaker: scare quote: the writer keeps a distance from the word) `q-show`",
    );
  });

  it("tabulates the numbers with bounds, units and who asserts them", () => {
    const rows = section("The numbers")
      .split("\n")
      .filter((l) => l.startsWith("| "));
    expect(cells(rows[0]!)).toEqual(["Phrase", "Value", "Unit", "What", "Asserted by", "Id"]);
    const byId = new Map(rows.slice(2).map((r) => [cells(r).at(-1), cells(r)]));
    expect(byId.get("`n-russian-casualties`")).toEqual([
      "More than 771,000",
      "> 771,000",
      "soldiers (person)",
      "Russian soldiers killed \\| wounded",
      "the article itself (no source given)",
      "`n-russian-casualties`",
    ]);
    expect(byId.get("`n-corps-losses`")?.slice(1, 2)).toEqual(["~24 (20–28)"]);
    expect(byId.get("`n-tanks`")?.slice(3, 5)).toEqual([
      "tanks that rolled by<br>in the parade",
      "unnamed source: “People familiar with the matter”",
    ]);
    // Every row has as many cells as the header: no pipe or newline broke one.
    for (const row of rows) expect(cells(row)).toHaveLength(6);
    expect(rows).toHaveLength(2 + 6);
  });

  it("lists editorial notes by kind, escaping their text", () => {
    const notes = section("Editorial notes");
    expect(notes.indexOf("### Context")).toBeLessThan(notes.indexOf("### Ambiguities"));
    expect(notes).toContain("- A made-up article for tests. (about: the article as a whole) `note-article`");
    expect(notes).toContain(
      "### Inferences\n\n- “we” is read as Kim’s side \\| his army. (about: Kim Jong Un (`kim-jong-un`); passage: “we”) `note-we`",
    );
    expect(notes).not.toContain("Translation");
  });

  it("says so when a table is empty", () => {
    const empty = { ...buildFixture(), quotes: [], claims: [], notes: [] };
    const md = toMarkdown(empty);
    expect(md).toContain("## Who said what\n\nNo quotes.");
    expect(md).toContain("## The numbers\n\nNo numeric claims.");
    expect(md).toContain("## Editorial notes\n\nNo editorial notes.");
  });
});
