import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileDataset } from "../../authoring/compile.js";
import { writeAuthoredFiles } from "../../authoring/write/dataset.js";
import { compileFolder, readAuthoredFolder } from "../../node/authored.js";
import { MINI_DIR, mini } from "../../validate/tests/fixture.js";
import { mergeLabelStudio } from "./merge.js";
import { type LabelStudioResult, toLabelStudio } from "./to-label-studio.js";

const SEED = join(import.meta.dirname, "../../../../../datasets/north-korea-victory-day-parade");

/** What a reviewer who accepts everything submits: the annotation and every prediction, as one annotation. */
function acceptAll(dataset: Dataset, edit: (result: LabelStudioResult[]) => LabelStudioResult[] = (r) => r) {
  const [task] = toLabelStudio(dataset).tasks;
  const result = [...(task!.annotations?.[0]?.result ?? []), ...(task!.predictions ?? []).flatMap((p) => p.result)];
  return [
    { id: 1, data: task!.data, annotations: [{ id: 7, result: edit(structuredClone(result)), was_cancelled: false }] },
  ];
}

function merge(dataset: Dataset, files: Record<string, string>, exported: unknown) {
  const merged = mergeLabelStudio({ dataset, files, exported, exportFile: "export.json" });
  if (!merged.ok) throw new Error(JSON.stringify(merged.issues, null, 2));
  const compiled = compileDataset({
    files: { ...files, ...merged.files },
    article: dataset.source.text,
    version: dataset.version,
  });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  return { merged, dataset: compiled.dataset };
}

const reviewedAll = (d: Dataset): Dataset => {
  const copy = structuredClone(d);
  for (const t of ["entities", "quotes", "claims", "notes"] as const)
    for (const r of copy[t] as { provenance?: { reviewed: boolean } }[]) if (r.provenance) r.provenance.reviewed = true;
  return copy;
};

describe("toLabelStudio", () => {
  it("writes code-point offsets, reviewed records as the annotation and drafted ones as scored predictions", () => {
    const dataset = mini();
    dataset.quotes[0]!.provenance = { method: "drafted", tool: "test-drafter", confidence: 0.4, reviewed: false };
    const { tasks, config } = toLabelStudio(dataset);
    const task = tasks[0]!;
    expect(task.data.text).toBe(dataset.source.text);
    expect(task.predictions).toHaveLength(1);
    expect(task.predictions![0]).toMatchObject({ model_version: "test-drafter", score: 0.4 });
    const codePoints = [...dataset.source.text];
    for (const item of [...task.annotations![0]!.result, ...task.predictions![0]!.result])
      if (item.type === "labels")
        expect(codePoints.slice(item.value.start, item.value.end).join("")).toBe(item.value.text);
    expect(config).toContain('<Relation value="speaker"/>');
    expect(config).toContain('<Relation value="assertedBy"/>');
    expect(config).toContain('<Label value="quote/direct"/>');
  });
});

describe("claimset → Label Studio → claimset", () => {
  it("gives the mini dataset back, its predictions marked reviewed", () => {
    const dataset = mini();
    dataset.entities[0]!.provenance = { method: "drafted", tool: "t", confidence: 0.9, reviewed: false };
    const written = writeAuthoredFiles(dataset);
    if (!written.ok) throw new Error("unwritable");
    const { dataset: back, merged } = merge(dataset, written.files, acceptAll(dataset));
    expect(merged.summary.reviewed).toEqual([dataset.entities[0]!.id]);
    const expected = reviewedAll(dataset);
    expect({ ...back, contentHash: "", schemaVersion: "" }).toEqual({
      ...expected,
      contentHash: "",
      schemaVersion: "",
    });
  });

  it("gives the seed dataset back unchanged and touches no file", () => {
    const dataset = compileFolder(SEED);
    const { files } = readAuthoredFolder(SEED);
    const { dataset: back, merged } = merge(dataset, files, acceptAll(dataset));
    expect(merged.files).toEqual({});
    expect(merged.summary.unchanged).toBe(
      dataset.entities.length + dataset.quotes.length + dataset.claims.length + dataset.notes.length,
    );
    expect(back).toEqual(dataset);
  });

  it("rewrites only the record a reviewer changed, and leaves the rest of the file byte for byte", () => {
    const dataset = mini();
    const { files } = readAuthoredFolder(MINI_DIR);
    const quote = dataset.quotes.find((q) => q.cue !== null)!;
    const exported = acceptAll(dataset, (result) =>
      result.filter((r) => !(r.type === "labels" && r.id === `${quote.id}:cue`)),
    );
    const { merged, dataset: back } = merge(dataset, files, exported);
    expect(merged.summary.changed).toEqual([quote.id]);
    expect(back.quotes.find((q) => q.id === quote.id)!.cue).toBeNull();
    // Every other record's YAML, and the file's header, are byte for byte what they were.
    const blocks = (yaml: string) => yaml.split(/\n(?=- )/);
    const before = blocks(files["quotes.yml"]!);
    const after = blocks(merged.files["quotes.yml"]!);
    expect(after).toHaveLength(before.length);
    const changed = before.findIndex((b) => b.includes(`id: ${quote.id}\n`));
    expect(changed).toBeGreaterThanOrEqual(0);
    before.forEach((block, i) => {
      if (i !== changed) expect(JSON.stringify(after[i])).toBe(JSON.stringify(block));
    });
    expect(after[changed]).not.toContain("cue:");
    expect(Object.keys(merged.files)).toEqual(["quotes.yml"]);
  });

  it("joins a new mention region to the entity of that name, and makes a new entity of another", () => {
    const dataset = mini();
    const { files } = readAuthoredFolder(MINI_DIR);
    const text = dataset.source.text;
    const kim = dataset.entities.find((e) => e.name === "Kim Jong Un")!;
    const cp = (i: number) => [...text.slice(0, i)].length;
    const region = (id: string, start: number, words: string, label: string) => ({
      id,
      from_name: "label",
      to_name: "text",
      type: "labels" as const,
      value: { start: cp(start), end: cp(start + words.length), text: words, labels: [label] },
    });
    const dropped = kim.mentions[1]!;
    const army = text.indexOf("army");
    const exported = acceptAll(dataset, (r) => [
      ...r.filter((x) => !(x.type === "labels" && x.id === `${kim.id}:m1`)),
      region("new1", dropped.start, dropped.text, kim.type),
      region("new2", army, "army", "military-unit"),
    ]);
    const { dataset: back, merged } = merge(dataset, files, exported);
    expect(back.entities.find((e) => e.id === kim.id)!.mentions).toEqual(kim.mentions);
    expect(merged.summary.added).toEqual(["army"]);
    expect(back.entities.find((e) => e.id === "army")).toMatchObject({
      type: "military-unit",
      mentions: [{ text: "army" }],
    });
  });

  it("refuses to append a new entity to a table file written as a flow list, naming the file", () => {
    const dataset = mini();
    const { files } = readAuthoredFolder(MINI_DIR);
    const text = dataset.source.text;
    const at = text.indexOf("army");
    const start = [...text.slice(0, at)].length;
    const exported = acceptAll(dataset, (r) => [
      ...r,
      {
        id: "new1",
        from_name: "label",
        to_name: "text",
        type: "labels" as const,
        value: { start, end: start + 4, text: "army", labels: ["military-unit"] },
      },
    ]);
    const flow = {
      ...files,
      "entities.yml": `${JSON.stringify(dataset.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: e.mentions.map((m) => m.text) })))}\n`,
    };
    const merged = mergeLabelStudio({ dataset, files: flow, exported, exportFile: "export.json" });
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.issues).toEqual([expect.objectContaining({ rule: "label-studio", file: "entities.yml" })]);
    expect(merged.issues[0]!.message).toContain("not a block list");
  });

  it("reports a region whose text is not the article's there", () => {
    const dataset = mini();
    const exported = acceptAll(dataset, (r) =>
      r.map((x) => (x.type === "labels" ? { ...x, value: { ...x.value, text: `${x.value.text}!` } } : x)),
    );
    const merged = mergeLabelStudio({ dataset, files: {}, exported, exportFile: "export.json" });
    expect(merged.ok).toBe(false);
    if (merged.ok) return;
    expect(merged.issues[0]).toMatchObject({
      rule: "label-studio",
      file: "export.json",
      path: [0, "annotations", 0, "result", 0],
    });
  });

  it("gives back generated texts with curly quotes, dashes, ellipses and astral characters", () => {
    const WORDS = ["Ada", "𝔸lpha", "“quoted”", "—", "said", "wait…", "😀", "O’Neil", "–", "bridge", "𝔹eta"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 25 }), fc.nat(), (words, pick) => {
        const text = `${words.join(" ")}\n`;
        let at = 0;
        const spans = words.map((w) => {
          const start = text.indexOf(w, at);
          at = start + w.length;
          return { start, end: at, text: w };
        });
        const named = spans.filter((s) => /^\p{L}/u.test(s.text));
        if (!named.length) return;
        const m = named[pick % named.length]!;
        const draft = {
          id: "gen",
          source: {
            text,
            language: "en",
            title: null,
            publisher: null,
            url: null,
            publishedAt: null,
            authors: null,
            retrievedAt: null,
            rights: "Test.",
          },
          entities: [
            {
              id: "e",
              name: m.text,
              type: "person",
              aliases: [],
              wikidata: null,
              description: null,
              mentions: [{ ...m, kind: "named" }],
              provenance: { method: "drafted", tool: "t", confidence: 0.5, reviewed: false },
            },
          ],
          quotes: [],
          claims: [],
          notes: [],
          retired: [],
        } as unknown as Dataset;
        const written = writeAuthoredFiles(draft);
        if (!written.ok) return;
        const compiled = compileDataset({ files: written.files, article: text, version: "0.1.0" });
        if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
        const { dataset: back } = merge(compiled.dataset, written.files, acceptAll(compiled.dataset));
        expect(back.entities[0]!.mentions).toEqual(compiled.dataset.entities[0]!.mentions);
        expect(back.entities[0]!.provenance?.reviewed).toBe(true);
      }),
      { numRuns: 50, seed: 5 },
    );
  });
});
