import { entities, quotes } from "@claimset/dataset-north-korea-victory-day-parade";
import { describe, expect, it } from "vitest";
import { formatGroups, groupBySpeaker } from "./group.js";

const groups = groupBySpeaker(quotes, entities);

describe("groupBySpeaker", () => {
  it("puts every quote of Leopard under Leopard, in text order", () => {
    const leopard = groups.find((g) => g.speaker?.id === "leopard")!;
    expect(leopard.speaker?.name).toBe("Leopard");
    const expected = quotes.filter((q) => q.speaker === "leopard");
    expect(leopard.quotes.map((q) => q.id).sort()).toEqual(expected.map((q) => q.id).sort());
    expect(leopard.quotes.map((q) => q.id)).toContain("q-leopard-meat-grinder");
    const starts = leopard.quotes.map((q) => q.at);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const grinder = leopard.quotes.find((q) => q.id === "q-leopard-meat-grinder")!;
    expect(grinder).toMatchObject({ cue: "said", words: "meat grinder … commanders are not bothered by casualties." });
  });

  it("loses no quote and lists each once", () => {
    const ids = groups.flatMap((g) => g.quotes.map((q) => q.id));
    expect(ids.length).toBe(quotes.length);
    expect(new Set(ids).size).toBe(quotes.length);
  });

  it("orders speakers by number of quotes and puts unattributed quotes last", () => {
    const counts = groups.filter((g) => g.speaker).map((g) => g.quotes.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(groups.at(-1)!.speaker).toBeNull();
    expect(groups.at(-1)!.quotes.length).toBe(quotes.filter((q) => q.speaker === null).length);
  });

  it("names the outlet a quote was given to", () => {
    const vitaly = groups.find((g) => g.speaker?.id === "vitaly")!;
    expect(vitaly.quotes[0]).toMatchObject({ cue: "told", outlet: "The Times" });
  });
});

describe("formatGroups", () => {
  it("prints a heading per speaker and marks reported speech", () => {
    const text = formatGroups(groups);
    expect(text).toMatch(/^Leopard — .* \(\d+ quotes\)$/m);
    expect(text).toContain(
      "  • “meat grinder … commanders are not bothered by casualties.”\n      cue: said, mixed  [q-leopard-meat-grinder]",
    );
    expect(text).toMatch(/• \(reported\) the North Koreans mingled with Russian forces/);
    expect(text).toMatch(/cue: told, to: The Times, mixed {2}\[q-vitaly-like-a-dream\]/);
  });
});
