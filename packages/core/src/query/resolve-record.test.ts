import { afterEach, describe, expect, it, vi } from "vitest";
import { createIndex } from "./create-index.js";
import { buildFixture } from "./fixture.test-helper.js";
import { resolveRecord, retiredIdWarning } from "./resolve-record.js";

const dataset = buildFixture();

afterEach(() => vi.restoreAllMocks());

describe("resolveRecord", () => {
  it("gives a live record without a warning", () => {
    const onWarning = vi.fn();
    const found = resolveRecord(dataset, "kim-jong-un", { onWarning });
    expect(found?.records.map((r) => [r.table, r.record.id])).toEqual([["entities", "kim-jong-un"]]);
    expect(found?.retired).toBeNull();
    expect(onWarning).not.toHaveBeenCalled();
  });

  it("follows a moved id to its record and warns once, naming the replacement", () => {
    const onWarning = vi.fn();
    const found = resolveRecord(dataset, "kim", { onWarning });
    expect(found?.records.map((r) => r.record.id)).toEqual(["kim-jong-un"]);
    expect(found?.retired?.kind).toBe("moved");
    expect(onWarning).toHaveBeenCalledTimes(1);
    expect(onWarning.mock.calls[0]?.[0]).toMatch(/^"kim" is a retired id \(moved in .+\); cite "kim-jong-un" instead$/);
    expect(onWarning.mock.calls[0]?.[1]).toBe(found?.retired);
  });

  it("follows a split id to every record, in tombstone order", () => {
    const found = resolveRecord(createIndex(dataset), "n-tank-count", { onWarning: () => {} });
    expect(found?.records.map((r) => `${r.table}/${r.record.id}`)).toEqual(["claims/n-missiles", "claims/n-tanks"]);
  });

  it("a removed id resolves to no records, and says it has no replacement", () => {
    const onWarning = vi.fn();
    const found = resolveRecord(dataset, "n-withdrawn", { onWarning });
    expect(found?.records).toEqual([]);
    expect(onWarning.mock.calls[0]?.[0]).toBe(
      '"n-withdrawn" is a retired id (removed in 1.2.0: Not a number in the text.); it has no replacement',
    );
  });

  it("warns through console.warn by default", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    resolveRecord(dataset, "kim");
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^claimset: "kim" is a retired id/));
  });

  it("returns undefined for an id the dataset never had, without a warning", () => {
    const onWarning = vi.fn();
    expect(resolveRecord(dataset, "no-such-id", { onWarning })).toBeUndefined();
    expect(onWarning).not.toHaveBeenCalled();
  });
});

it("retiredIdWarning quotes ids and keeps curly quotes and emoji in the reason", () => {
  expect(
    retiredIdWarning({ id: "q-old", kind: "split", to: ["q-a", "q-b"], since: "2.0.0", reason: "Two “quotes” – 🎉" }),
  ).toBe('"q-old" is a retired id (split in 2.0.0: Two “quotes” – 🎉); cite "q-a", "q-b" instead');
});
