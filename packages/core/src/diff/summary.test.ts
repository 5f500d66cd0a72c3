import { describe, expect, it } from "vitest";
import { diffDatasets } from "./diff.js";
import { summarizeDiff } from "./summary.js";
import { baseDataset, edit, find, spanOf, TEXT } from "./tests/fixture.js";

const a = baseDataset();

describe("summarizeDiff", () => {
  it("says there is nothing to release for an identical dataset", () => {
    const lines = summarizeDiff(diffDatasets(a, a)).split("\n");
    expect(lines[0]).toBe("putin-war-claims@1.0.0 → 1.0.0: no changes that need a release");
    expect(lines.slice(1)).toEqual([
      "entities: no changes",
      "quotes: no changes",
      "claims: no changes",
      "notes: no changes",
      "retired: no changes",
    ]);
  });

  it("gives the level, counts per table, and one line per record and field", () => {
    const third = spanOf("Putin", 3);
    const b = edit(a, (d) => {
      d.version = "2.0.0";
      d.claims[0]!.value = 772000;
      find(d.entities, "vladimir-putin").mentions.push({ ...third, kind: "named" });
      d.notes = [];
      d.quotes[0]!.id = "q-putin-we-will-win";
      d.retired.push({
        id: "q-putin-will-win",
        kind: "moved",
        to: ["q-putin-we-will-win"],
        since: "2.0.0",
        reason: "Renamed.",
      });
    });
    const summary = summarizeDiff(diffDatasets(a, b));
    expect(summary.split("\n")).toEqual([
      "putin-war-claims@1.0.0 → 2.0.0: major change",
      "entities: 0 added, 0 removed, 1 changed",
      "quotes: 1 added, 1 removed, 0 changed",
      "claims: 0 added, 0 removed, 1 changed",
      "notes: 0 added, 1 removed, 0 changed",
      "retired: 1 added, 0 removed, 0 changed",
      `~ entities vladimir-putin: mention “Putin” (named, ${third.start}–${third.end}) added (minor)`,
      "+ quotes q-putin-we-will-win: “We will win.” (minor)",
      "- quotes q-putin-will-win: “We will win.” — retired (moved → q-putin-we-will-win, since 2.0.0) (major)",
      "~ claims n-russian-casualties: value: 771000 → 772000 (patch)",
      "- notes note-special-operation: context: The Kremlin's term for the invasion of Ukraine. — no tombstone: citations of this id break (major)",
      "+ retired q-putin-will-win: moved → q-putin-we-will-win (minor)",
    ]);
  });

  it("reports dataset-level changes before the tables", () => {
    const b = edit(a, (d) => {
      d.schemaVersion = "2.0.0";
      d.source.text = TEXT.replace("🪖", "🪖🪖");
      d.source.title = "Putin: “We will win”";
    });
    const lines = summarizeDiff(diffDatasets(a, b)).split("\n");
    // The common prefix takes in the first 🪖 (two UTF-16 units): the second one is the insertion.
    const inserted = TEXT.indexOf("🪖") + 2;
    expect(lines.slice(0, 4)).toEqual([
      "putin-war-claims@1.0.0 → 1.0.0: major change",
      `schemaVersion: ${a.schemaVersion} → 2.0.0 (major)`,
      `source text changed at offset ${inserted}: inserted "🪖" (length ${TEXT.length} → ${TEXT.length + 2}; every offset may move) (major)`,
      'source title: null → "Putin: “We will win”" (patch)',
    ]);
  });

  it("names a renamed dataset in the header", () => {
    const b = edit(a, (d) => {
      d.id = "putin-claims";
    });
    expect(summarizeDiff(diffDatasets(a, b)).split("\n").slice(0, 2)).toEqual([
      "putin-war-claims@1.0.0 → putin-claims@1.0.0: major change",
      "dataset id: putin-war-claims → putin-claims (major)",
    ]);
  });
});
