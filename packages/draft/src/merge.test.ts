import { compileDataset } from "@claimset/core/authoring";
import { describe, expect, it } from "vitest";
import { draft } from "./draft.js";
import { appendRecords, draftMissing, MergeError } from "./merge.js";
import { stripProvenance } from "./tests/helpers.js";

const TEXT =
  "“Prices will fall,” Anna Berg told reporters in Oslo on Monday. She said 3,000 jobs were at risk. Tom Reed, 41, disagreed: “Nothing will change.”";

const compile = (files: Record<string, string>) =>
  compileDataset({ files: stripProvenance(files), article: TEXT, version: "0.0.0" });

describe("draftMissing", () => {
  it("proposes nothing for a folder that already holds its own draft", () => {
    const first = draft(TEXT, { provenance: false }).files;
    const compiled = compile(first);
    if (!compiled.ok) throw new Error("draft does not compile");
    const again = draftMissing(compiled.dataset, first, { provenance: false });
    expect(again.files).toEqual({});
    expect(Object.values(again.added).flat()).toEqual([]);
  });

  it("keeps a hand-written record byte for byte and adds only what it does not cover", () => {
    const authored = draft(TEXT, { provenance: false }).files;
    const quotes = `# written by hand\n- id: q-berg-prices\n  kind: direct\n  spans: "Prices will fall,"\n  speaker: anna-berg\n  cue: told\n`;
    const entities = `- id: anna-berg\n  name: Anna Berg\n  type: person\n  mentions: ["Anna Berg"]\n`;
    const files = {
      ...authored,
      "quotes.yml": quotes,
      "entities.yml": entities,
      "claims.yml": "[]\n",
      "notes.yml": "[]\n",
    };
    const compiled = compile(files);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
    const merged = draftMissing(compiled.dataset, files, { provenance: true });
    expect(merged.files["quotes.yml"]!.startsWith(quotes)).toBe(true);
    expect(merged.files["entities.yml"]!.startsWith(entities)).toBe(true);
    // The hand-written quote's words are not proposed again; the other quote is, with the existing speaker id where it applies.
    expect(merged.added.quotes.map((q) => q.id)).not.toContain("q-berg-prices");
    expect(
      merged.added.quotes.some((q) => q.spans.some((s) => TEXT.slice(s.start, s.end) === "Nothing will change.")),
    ).toBe(true);
    expect(merged.added.entities.map((e) => e.id)).not.toContain("anna-berg");
    const result = compile({ ...files, ...merged.files });
    expect(result.ok).toBe(true);
  });

  it("appends to empty, commented and block-list files, and refuses a flow list", () => {
    expect(appendRecords("q.yml", "# header\n[]\n", "- id: q-a\n")).toBe("# header\n- id: q-a\n");
    expect(appendRecords("q.yml", "", "- id: q-a\n")).toBe("- id: q-a\n");
    expect(appendRecords("q.yml", "- id: q-x\n  kind: direct\n\n", "- id: q-a\n")).toBe(
      "- id: q-x\n  kind: direct\n- id: q-a\n",
    );
    expect(() => appendRecords("q.yml", '[{ "id": "q-x" }]', "- id: q-a\n")).toThrow(MergeError);
  });
});
