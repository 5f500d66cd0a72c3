/**
 * The drafter against the reviewed datasets of the development texts
 * (test/dev/*.reference, corrected by hand from a draft): floors that a
 * change to a rule must not fall below. The seed dataset is never used here.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileDataset } from "@claimset/core/authoring";
import { evaluateDatasets } from "@claimset/core/eval";
import { describe, expect, it } from "vitest";
import { draftAndCompile } from "./tests/helpers.js";

const DEV = fileURLToPath(new URL("../test/dev/", import.meta.url));
const references = readdirSync(DEV).filter((f) => f.endsWith(".reference"));

function reference(folder: string) {
  const files: Record<string, string> = {};
  for (const name of ["dataset.yml", "entities.yml", "quotes.yml", "claims.yml", "notes.yml"])
    files[name] = readFileSync(join(DEV, folder, name), "utf8");
  const article = readFileSync(join(DEV, folder, "article.txt"), "utf8");
  const result = compileDataset({ files, article, version: "1.0.0" });
  if (!result.ok) throw new Error(`${folder} does not compile: ${result.issues[0]?.message}`);
  return result.dataset;
}

describe.each(references)("%s", (folder) => {
  it("is drafted within the floors", () => {
    const ref = reference(folder);
    const { dataset } = draftAndCompile(ref.source.text);
    const r = evaluateDatasets(dataset, ref);
    expect(r.detection.quoteGroups.marked.overlap.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.detection.quoteGroups.marked.overlap.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.detection.claims.overlap.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.detection.claims.overlap.precision).toBeGreaterThanOrEqual(0.9);
    expect(r.fields.claims.valueBoundsComparator.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.detection.mentionGroups.named.overlap.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.fields.quotes.speaker.accuracy).toBeGreaterThanOrEqual(0.7);
    expect(r.grouping.pairwise.f1).toBeGreaterThanOrEqual(0.9);
  });
});
