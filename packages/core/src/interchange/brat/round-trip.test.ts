import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { compileFolder } from "../../node/authored.js";
import { mini } from "../../validate/tests/fixture.js";
import { fromBrat } from "./from-brat.js";
import { builtinMapping } from "./mappings.js";
import { toBrat } from "./to-brat.js";

const SEED = join(import.meta.dirname, "../../../../../datasets/north-korea-victory-day-parade");

/** What brat carries of a dataset: everything but the metadata, the tombstones and the stamps. */
export function carried(d: Dataset) {
  return { text: d.source.text, entities: d.entities, quotes: d.quotes, claims: d.claims, notes: d.notes };
}

export function throughBrat(dataset: Dataset): Dataset {
  const { files } = toBrat(dataset);
  const txt = files.find((f) => f.path.endsWith(".txt"))!.content;
  const ann = files.find((f) => f.path.endsWith(".ann"))!.content;
  const result = fromBrat({
    txt,
    ann,
    mapping: builtinMapping("claimset"),
    annFile: `${dataset.id}.ann`,
    id: dataset.id,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.dataset;
}

describe("claimset → brat → claimset", () => {
  it("gives the mini dataset back", () => {
    const dataset = mini();
    expect(carried(throughBrat(dataset))).toEqual(carried(dataset));
  });

  it("gives the seed dataset back", () => {
    const dataset = compileFolder(SEED);
    expect(carried(throughBrat(dataset))).toEqual(carried(dataset));
  });
});
