import { createIndex } from "@claimset/core";
import { describe, expect, it } from "vitest";
import { seedDataset } from "../test/datasets.js";
import { type Detail, detailOf, placeOf } from "./details.js";

const dataset = seedDataset();

const index = createIndex(dataset);

function fieldText(detail: Detail | null, label: string): string[] {
  const field = detail?.fields.find((f) => f.label === label || f.label.startsWith(`${label} (`));
  return (field?.values ?? []).map((v) => (v.type === "text" ? v.text : v.label));
}

describe("detailOf", () => {
  it("gives a quote's speaker, as linked record, and its cue", () => {
    const d = detailOf(index, "q-leopard-meat-grinder")!;
    expect(d.heading).toBe("Quote · mixed");
    expect(d.title).toBe("meat grinder … commanders are not bothered by casualties.");
    expect(d.fields.find((f) => f.label === "Speaker")?.values).toEqual([
      { type: "record", id: "leopard", label: "Leopard" },
    ]);
    expect(fieldText(d, "Cue")).toEqual(["said"]);
  });

  it("gives a claim's value, bounds, hedge, unit, asserter and notes", () => {
    const d = detailOf(index, "n-russian-casualties")!;
    expect(fieldText(d, "Value")).toEqual(["> 771,000"]);
    expect(fieldText(d, "Bounds")).toEqual(["> 771,000"]);
    expect(fieldText(d, "Hedge")).toEqual(["more than"]);
    expect(fieldText(d, "Asserted by")).toEqual(["the article itself (no source given)"]);
    expect(d.notes.map((n) => n.id)).toEqual(["note-russian-casualties-unsourced"]);
  });

  it("lists every mention of an entity, in text order", () => {
    const d = detailOf(index, "vladimir-putin")!;
    const mentions = d.fields.find((f) => f.label.startsWith("Mentions"))!;
    const putin = dataset.entities.find((e) => e.id === "vladimir-putin")!;
    expect(mentions.label).toBe(`Mentions (${putin.mentions.length})`);
    expect(mentions.values.map((v) => (v.type === "place" ? v.start : -1))).toEqual(putin.mentions.map((m) => m.start));
    expect(fieldText(d, "Wikidata")).toEqual(["Q7747"]);
  });

  it("is null for an unknown id", () => {
    expect(detailOf(index, "q-nothing")).toBeNull();
  });
});

describe("placeOf", () => {
  it("places a note without a passage at its first placed target", () => {
    const note = dataset.notes.find((n) => n.span === null && n.targets.length > 0)!;
    expect(placeOf(index, note.id)).not.toBeNull();
  });

  it("is null for a note about the whole article", () => {
    const note = dataset.notes.find((n) => n.span === null && n.targets.length === 0);
    if (note) expect(placeOf(index, note.id)).toBeNull();
    else expect(dataset.notes.every((n) => n.span !== null || n.targets.length > 0)).toBe(true);
  });
});
