import { createIndex } from "@claimset/core";
import { describe, expect, it } from "vitest";
import { seedDataset } from "../test/datasets.js";
import { allFilters, NO_SPEAKER, speakersOf, visibleRecords } from "./filters.js";

const dataset = seedDataset();

const index = createIndex(dataset);
const sorted = (ids: Iterable<string>) => [...ids].sort();

describe("visibleRecords", () => {
  it("shows everything by default", () => {
    const v = visibleRecords(index, allFilters(index));
    expect([v.entities.size, v.quotes.size, v.claims.size, v.notes.size]).toEqual([
      dataset.entities.length,
      dataset.quotes.length,
      dataset.claims.length,
      dataset.notes.length,
    ]);
  });

  it("narrows to one speaker's quotes and the numbers inside them", () => {
    const v = visibleRecords(index, { ...allFilters(index), speaker: "leopard" });
    expect(sorted(v.quotes)).toEqual(sorted(index.quotesBy("leopard").map((q) => q.id)));
    expect(v.quotes.has("q-leopard-meat-grinder")).toBe(true);
    expect(sorted(v.entities)).toEqual(["leopard"]);
    for (const id of v.claims) {
      const claim = dataset.claims.find((c) => c.id === id)!;
      expect(claim.assertedBy.type === "quote" && v.quotes.has(claim.assertedBy.id)).toBe(true);
    }
    // Notes stay only when they target something still shown.
    for (const id of v.notes) {
      const note = dataset.notes.find((n) => n.id === id)!;
      expect(note.targets.some((t) => v.quotes.has(t) || v.claims.has(t) || v.entities.has(t))).toBe(true);
    }
  });

  it("selects unattributed quotes with the no-speaker option", () => {
    const v = visibleRecords(index, { ...allFilters(index), speaker: NO_SPEAKER });
    expect(sorted(v.quotes)).toEqual(sorted(dataset.quotes.filter((q) => q.speaker === null).map((q) => q.id)));
  });

  it("narrows to an entity: quotes by, to or naming it, and claims about or by it", () => {
    const v = visibleRecords(index, { ...allFilters(index), entity: "vladimir-putin" });
    expect(sorted(v.entities)).toEqual(["vladimir-putin"]);
    expect(v.quotes.has("q-putin-always-ready")).toBe(true);
    // Lee's quote names Putin inside its words.
    expect(v.quotes.has("q-lee-putin-kim-expect-more")).toBe(true);
    expect(v.quotes.has("q-leopard-meat-grinder")).toBe(false);
    expect(v.notes.has("note-putin-rule-lasted")).toBe(true);
  });

  it("filters claims and notes by kind", () => {
    const v = visibleRecords(index, {
      ...allFilters(index),
      claimKinds: new Set(["count"]),
      noteKinds: new Set(["fact-check"]),
    });
    expect(sorted(v.claims)).toEqual(sorted(index.claimsByKind("count").map((c) => c.id)));
    expect([...v.notes].every((id) => dataset.notes.find((n) => n.id === id)!.kind === "fact-check")).toBe(true);
    expect(v.notes.size).toBe(dataset.notes.filter((n) => n.kind === "fact-check").length);
  });
});

describe("speakersOf", () => {
  it("lists speakers by number of quotes, then those without a speaker", () => {
    const speakers = speakersOf(index);
    expect(speakers[0]).toMatchObject({ id: "hyun-seong-lee" });
    expect(speakers.find((s) => s.id === "leopard")?.count).toBe(index.quotesBy("leopard").length);
    expect(speakers.at(-1)).toMatchObject({ id: NO_SPEAKER });
  });
});
