import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { compileFolder } from "../../node/authored.js";
import { mini } from "../../validate/tests/fixture.js";
import { compileDataset } from "../compile.js";
import { writeAuthoredFiles } from "./dataset.js";

const SEED = join(import.meta.dirname, "../../../../../datasets/north-korea-victory-day-parade");

function rewrite(dataset: Dataset): Dataset {
  const written = writeAuthoredFiles(dataset);
  if (!written.ok) throw new Error(JSON.stringify(written.issues));
  const compiled = compileDataset({ files: written.files, article: dataset.source.text, version: dataset.version });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
  return compiled.dataset;
}

describe("writeAuthoredFiles", () => {
  it("writes files that compile back to the mini dataset", () => {
    const dataset = mini();
    expect(rewrite(dataset)).toEqual(dataset);
  });

  it("writes files that compile back to the seed dataset", () => {
    const dataset = compileFolder(SEED);
    expect(rewrite(dataset)).toEqual(dataset);
  });

  it("reports a span that starts inside a word, with the record and a hint", () => {
    const dataset = mini();
    const entity = dataset.entities[0]!;
    const m = entity.mentions[0]!;
    entity.mentions[0] = { ...m, start: m.start + 1, text: m.text.slice(1) };
    const written = writeAuthoredFiles(dataset);
    expect(written.ok).toBe(false);
    if (written.ok) return;
    expect(written.issues[0]).toMatchObject({ rule: "not-anchorable", recordId: entity.id, path: ["mentions", 0] });
    expect(written.issues[0]!.hint).toMatch(/whole words/);
  });
});
