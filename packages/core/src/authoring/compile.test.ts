import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FORMAT_VERSIONS, SCHEMA_VERSION } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { MINI_DIR } from "../validate/tests/fixture.js";
import { compileDataset } from "./compile.js";

function miniFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(MINI_DIR))
    if (name.endsWith(".yml")) files[name] = readFileSync(join(MINI_DIR, name), "utf8");
  return files;
}
const article = readFileSync(join(MINI_DIR, "article.txt"), "utf8");
const compile = (edit: (files: Record<string, string>) => void = () => {}) => {
  const files = miniFiles();
  edit(files);
  return compileDataset({ files, article, version: "1.2.3" });
};

describe("compileDataset", () => {
  it("resolves anchors to offsets that slice back to the text", () => {
    const result = compile();
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { dataset } = result;
    expect(dataset.version).toBe("1.2.3");
    const quote = dataset.quotes.find((q) => q.id === "q-kim-alliance")!;
    const s = quote.spans[0]!;
    expect(article.slice(s.start, s.end)).toBe("a new and high level of alliance.");
    expect(quote.cue?.text).toBe("said");
    // The emoji before the quote makes UTF-16 offsets differ from code points.
    expect(s.start).toBe(article.indexOf("a new"));
  });

  it("sorts records by id and mentions by offset, and fills defaults", () => {
    const result = compile();
    if (!result.ok) throw new Error("expected a valid dataset");
    const ids = result.dataset.claims.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    const kim = result.dataset.entities.find((e) => e.id === "kim-jong-un")!;
    expect(kim.mentions.map((m) => m.start)).toEqual([...kim.mentions.map((m) => m.start)].sort((a, b) => a - b));
    expect(result.dataset.entities.find((e) => e.id === "colonel")).toMatchObject({ wikidata: null, aliases: [] });
    const losses = result.dataset.claims.find((c) => c.id === "n-losses")!;
    expect(losses.bounds).toEqual({ low: 771000, high: null, lowInclusive: false, highInclusive: true });
    expect(losses.qualifier?.text).toBe("more than");
    expect(result.dataset.source).toMatchObject({ title: null, url: null, publishedAt: null, authors: null });
  });

  it("reports an ambiguous anchor with file, line, record, rule and match count", () => {
    const result = compile((f) => {
      f["entities.yml"] = f["entities.yml"]!.replace("- { text: Kim, occurrence: [2, 3] }", "- Kim");
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: "entities.yml",
        line: 9,
        recordId: "kim-jong-un",
        rule: "anchor-ambiguous",
        message: expect.stringMatching(/"Kim" matches 3 times \(at 1:\d+, 1:\d+, 2:\d+\)/),
      }),
    ]);
  });

  it("reports a missing anchor and keeps going to report every problem", () => {
    const result = compile((f) => {
      f["quotes.yml"] = f["quotes.yml"]!.replace("spans: meat grinder", 'spans: "meat grinders"');
      f["claims.yml"] = f["claims.yml"]!.replace("qualifier: about", "qualifier: around");
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.file, i.recordId, i.rule])).toEqual([
      ["quotes.yml", "q-meat-grinder", "anchor-not-found"],
      ["claims.yml", "n-troops", "anchor-not-found"],
    ]);
    expect(result.issues[1]?.message).toMatch(/inside the record's span/);
  });

  it("reports schema errors in authored files with their line", () => {
    const result = compile((f) => {
      f["claims.yml"] = f["claims.yml"]!.replace('comparator: "~"', 'comparator: "about"');
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ file: "claims.yml", line: 6, recordId: "n-troops", rule: "schema" });
  });

  it("requires explicit bounds for approximate claims", () => {
    const result = compile((f) => {
      f["claims.yml"] = f["claims.yml"]!.replace("  bounds: { low: 11000, high: 13000 }\n", "");
    });
    expect(!result.ok && result.issues[0]).toMatchObject({ rule: "bounds-required", recordId: "n-troops" });
  });

  it("maps integrity problems back to the line of the authored field at fault", () => {
    const result = compile((f) => {
      f["quotes.yml"] = f["quotes.yml"]!.replace("speaker: colonel", "speaker: the-colonel");
    });
    expect(!result.ok && result.issues[0]).toMatchObject({
      file: "quotes.yml",
      line: 11,
      recordId: "q-meat-grinder",
      rule: "references",
    });
  });

  it("refuses YAML that would construct objects, duplicate keys and alias bombs", () => {
    const tag = compile((f) => {
      f["notes.yml"] = "- !!js/function 'function(){}'\n";
    });
    expect(!tag.ok && tag.issues[0]).toMatchObject({ file: "notes.yml", rule: "yaml" });
    const dup = compile((f) => {
      f["dataset.yml"] = `${f["dataset.yml"]}\nid: again\n`;
    });
    expect(!dup.ok && dup.issues[0]).toMatchObject({ file: "dataset.yml", rule: "yaml" });
    const lol = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++)
      lol.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(", ")}]`,
      );
    const bomb = compile((f) => {
      f["notes.yml"] = `${lol.join("\n")}\n`;
    });
    expect(!bomb.ok && bomb.issues[0]?.message).toMatch(/alias/i);
  });

  it("writes the oldest format that holds what the dataset uses", () => {
    const plain = compile();
    expect(plain.ok && plain.dataset.schemaVersion).toBe("1.0.0");
    expect(plain.ok && "machineDrafted" in plain.dataset).toBe(false);
    const provenance = "\n  provenance: { method: drafted, tool: test, confidence: 0.5, reviewed: false }\n";
    const drafted = compile((f) => {
      f["notes.yml"] = f["notes.yml"]!.replace(/\n?$/, provenance);
    });
    expect(drafted.ok && drafted.dataset.schemaVersion).toBe("1.1.0");
    const declared = compile((f) => {
      f["dataset.yml"] = `${f["dataset.yml"]}machineDrafted: true\n`;
    });
    expect(declared.ok && declared.dataset).toMatchObject({ schemaVersion: "1.1.0", machineDrafted: true });
    expect(FORMAT_VERSIONS.map((v) => v.version)).toEqual(["1.0.0", "1.1.0"]);
    expect(FORMAT_VERSIONS.at(-1)?.version).toBe(SCHEMA_VERSION);
  });

  it("treats an empty table file as an empty table", () => {
    const result = compile((f) => {
      f["notes.yml"] = "# nothing yet\n";
    });
    expect(result.ok && result.dataset.notes).toEqual([]);
  });
});
