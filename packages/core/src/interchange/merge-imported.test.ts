import { describe, expect, it } from "vitest";
import { compileDataset } from "../authoring/compile.js";
import { fromBrat } from "./brat/from-brat.js";
import { builtinMapping } from "./brat/mappings.js";
import { mergeImported } from "./merge-imported.js";

/** Written for this test: curly quotes, an em dash, an ellipsis and an astral character before the spans. */
const TEXT =
  "“We will build the bridge — all of it…” said Minister 𝔸da Okafor on Tuesday.\nOfficials said the budget had doubled to 12 million euros.\n";

/** brat offsets (code points) of the `n`-th `exact` in TEXT. */
function cp(exact: string, n = 1): string {
  let at = -1;
  for (let i = 0; i < n; i++) at = TEXT.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`no ${exact}`);
  const start = [...TEXT.slice(0, at)].length;
  return `${start} ${start + [...exact].length}\t${exact}`;
}

const ANN = [
  `T1\tPerson ${cp("𝔸da Okafor")}`,
  `T2\tSource ${cp("Minister 𝔸da Okafor")}`,
  `T3\tCue ${cp("said")}`,
  `T4\tContent ${cp("“We will build the bridge — all of it…”")}`,
  "R1\tSource Arg1:T4 Arg2:T2",
  "R2\tCue Arg1:T4 Arg2:T3",
  "A1\tType T4 Direct",
  `T5\tSource ${cp("Officials")}`,
  `T6\tAttribution ${cp("said", 2)}`,
  `T7\tContent ${cp("the budget had doubled to 12 million euros")}`,
  "E1\tAttribution:T6 Content:T7 Source:T5",
  "",
].join("\n");

function imported(text = TEXT) {
  const result = fromBrat({
    txt: text,
    ann: ANN,
    mapping: builtinMapping("attribution"),
    annFile: "doc.ann",
    id: "doc",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

/** A dataset of the same article, authored by hand: its own `ada-okafor` is someone else, at "Officials". */
const FILES: Record<string, string> = {
  "dataset.yml": [
    "id: harbour",
    'article: "article.txt"',
    "language: en",
    "title: null",
    "publisher: null",
    "url: null",
    "publishedAt: null",
    "authors: null",
    "retrievedAt: null",
    "rights: Written for this test",
    "",
  ].join("\n"),
  "entities.yml": [
    "# People first.",
    "- id: ada-okafor",
    "  name: The officials",
    "  type: group",
    "  mentions: [Officials]",
    "",
  ].join("\n"),
  "quotes.yml": "[]\n",
  "claims.yml": [
    "- id: n-budget",
    "  kind: count",
    "  span: 12 million euros",
    "  value: 12000000",
    "  comparator: =",
    "  unit: { text: euros, normalized: eur }",
    "  about: { text: the budget, entities: [] }",
    "  assertedBy: { entity: ada-okafor }",
    "",
  ].join("\n"),
  "notes.yml": "[]\n",
};

function compile(files: Record<string, string>) {
  const compiled = compileDataset({ files, article: TEXT, version: "0.1.0" });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues, null, 2));
  return compiled.dataset;
}

describe("mergeImported", () => {
  it("adds what no record covers, under free ids, with its references rewritten, and changes no existing byte", () => {
    const existing = compile(FILES);
    const merged = mergeImported({ existing, files: FILES, imported: imported(), source: "doc.ann" });
    if (!merged.ok) throw new Error(JSON.stringify(merged.issues, null, 2));
    const { summary } = merged;
    // The imported person meets no existing mention: added, under a new id, since ada-okafor is taken.
    expect(summary.renamed).toContainEqual({ imported: "ada-okafor", id: "ada-okafor-2" });
    expect(summary.added.entities).toEqual(["ada-okafor-2"]);
    expect(summary.added.quotes).toHaveLength(2);
    expect(summary.covered).toEqual([]);
    // Existing files grow only at the end; the quotes file's `[]` becomes the list.
    expect(merged.files["entities.yml"]!.startsWith(FILES["entities.yml"]!)).toBe(true);
    expect(merged.files["claims.yml"]).toBeUndefined();
    expect(merged.files["quotes.yml"]!.startsWith("- id:")).toBe(true);

    const after = compile({ ...FILES, ...merged.files });
    const direct = after.quotes.find((q) => q.kind === "direct")!;
    expect(direct.speaker).toBe("ada-okafor-2");
    expect(direct.spans[0]!.text).toBe("We will build the bridge — all of it…");
    expect(direct.spans[0]!.start).toBe(TEXT.indexOf("We will"));
    expect(after.entities.find((e) => e.id === "ada-okafor")).toEqual(existing.entities[0]);
    expect(after.claims).toEqual(existing.claims);
  });

  it("adds nothing the second time: every imported record is covered by the one the first import added", () => {
    const once = mergeImported({ existing: compile(FILES), files: FILES, imported: imported(), source: "doc.ann" });
    if (!once.ok) throw new Error(JSON.stringify(once.issues));
    const files = { ...FILES, ...once.files };
    const twice = mergeImported({ existing: compile(files), files, imported: imported(), source: "doc.ann" });
    if (!twice.ok) throw new Error(JSON.stringify(twice.issues));
    expect(twice.files).toEqual({});
    expect(twice.summary.added).toEqual({ entities: [], quotes: [], claims: [], notes: [] });
    expect(twice.summary.covered.map((c) => [c.table, c.by])).toEqual([
      ["entities", "ada-okafor-2"],
      ["quotes", once.summary.added.quotes[0]],
      ["quotes", once.summary.added.quotes[1]],
    ]);
  });

  it("maps an imported entity onto the existing one its mentions meet, and leaves its own mentions out", () => {
    const files = {
      ...FILES,
      "entities.yml": `${FILES["entities.yml"]}- id: okafor\n  name: 𝔸da Okafor\n  type: person\n  mentions: [𝔸da Okafor]\n`,
    };
    const merged = mergeImported({ existing: compile(files), files, imported: imported(), source: "doc.ann" });
    if (!merged.ok) throw new Error(JSON.stringify(merged.issues));
    expect(merged.summary.covered).toEqual([{ table: "entities", imported: "ada-okafor", by: "okafor" }]);
    expect(merged.summary.added.entities).toEqual([]);
    expect(merged.files["entities.yml"]).toBeUndefined();
    const after = compile({ ...files, ...merged.files });
    expect(after.quotes.find((q) => q.kind === "direct")!.speaker).toBe("okafor");
  });

  it("refuses annotations of another text, naming the line and column where the texts part", () => {
    const other = TEXT.replace("Officials said", "Officials wrote");
    const merged = mergeImported({
      existing: compile(FILES),
      files: FILES,
      imported: { ...imported(), source: { ...imported().source, text: other } },
      source: "doc.ann",
    });
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.issues).toHaveLength(1);
    expect(merged.issues[0]).toMatchObject({ rule: "import-text", file: "doc.ann" });
    expect(merged.issues[0]!.message).toContain("line 2, column 11");
    expect(merged.issues[0]!.message).toContain('"said the budget');
  });

  it("refuses a table file that is not a block list, rather than rewrite it", () => {
    const files = {
      ...FILES,
      "entities.yml": '[{ id: ada-okafor, name: The officials, type: group, mentions: ["Officials"] }]\n',
    };
    const merged = mergeImported({ existing: compile(files), files, imported: imported(), source: "doc.ann" });
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.issues[0]).toMatchObject({ rule: "import-append", file: "entities.yml" });
  });
});
