import { describe, expect, it } from "vitest";
import type { FieldChange } from "./types.js";
import { diffValues } from "./values.js";

const diff = (before: unknown, after: unknown): FieldChange[] => {
  const out: FieldChange[] = [];
  diffValues(before, after, [], out);
  return out;
};
const span = (start: number, text: string, kind?: string) => ({
  start,
  end: start + text.length,
  text,
  ...(kind ? { kind } : {}),
});

describe("diffValues", () => {
  it("finds nothing between structurally equal values, whatever the key order", () => {
    expect(diff({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toEqual([]);
  });

  it("reports a nested value with its path, as patch", () => {
    expect(diff({ bounds: { low: 1, high: null } }, { bounds: { low: 2, high: null } })).toEqual([
      { op: "changed", path: ["bounds", "low"], before: 1, after: 2, level: "patch" },
    ]);
  });

  it("reports an added key as minor and a removed key as major", () => {
    expect(diff({ a: 1, gone: true }, { a: 1, fresh: "x" })).toEqual([
      { op: "added", path: ["fresh"], after: "x", level: "minor" },
      { op: "removed", path: ["gone"], before: true, level: "major" },
    ]);
  });

  it("treats a span as one value", () => {
    const before = { cue: span(10, "said") };
    const after = { cue: span(30, "told") };
    expect(diff(before, after)).toEqual([
      { op: "changed", path: ["cue"], before: before.cue, after: after.cue, level: "patch" },
    ]);
  });

  it("treats a nested union whose `type` changed as one value", () => {
    const before = { assertedBy: { type: "entity", id: "kyiv" } };
    const after = { assertedBy: { type: "quote", id: "q-kyiv" } };
    expect(diff(before, after)).toEqual([
      { op: "changed", path: ["assertedBy"], before: before.assertedBy, after: after.assertedBy, level: "patch" },
    ]);
  });

  it("compares the fields of a record whose own `type` changed one by one", () => {
    expect(diff({ id: "x", type: "person", name: "X" }, { id: "x", type: "group", name: "X" })).toEqual([
      { op: "changed", path: ["type"], before: "person", after: "group", level: "patch" },
    ]);
  });
});

describe("diffValues on lists of plain values", () => {
  it("reports added items as minor at their index in the new list", () => {
    expect(diff({ aliases: ["Putin"] }, { aliases: ["V. Putin", "Putin"] })).toEqual([
      { op: "added", path: ["aliases", 0], after: "V. Putin", level: "minor" },
    ]);
  });

  it("reports removed items as patch at their index in the old list", () => {
    expect(diff({ to: ["a", "b", "c"] }, { to: ["a", "c"] })).toEqual([
      { op: "removed", path: ["to", 1], before: "b", level: "patch" },
    ]);
  });

  it("pairs a removed and an added item into one replacement (patch)", () => {
    expect(diff({ targets: ["a", "b"] }, { targets: ["a", "z"] })).toEqual([
      { op: "changed", path: ["targets", 1], before: "b", after: "z", level: "patch" },
    ]);
  });

  it("reports a reordering as one change of the whole list", () => {
    expect(diff({ authors: ["A", "B"] }, { authors: ["B", "A"] })).toEqual([
      { op: "changed", path: ["authors"], before: ["A", "B"], after: ["B", "A"], level: "patch" },
    ]);
  });

  it("counts repeated items (a multiset, not a set)", () => {
    expect(diff({ xs: [1, 1] }, { xs: [1, 1, 1] })).toEqual([
      { op: "added", path: ["xs", 2], after: 1, level: "minor" },
    ]);
  });

  it("reports null ↔ list as a value change", () => {
    expect(diff({ authors: null }, { authors: ["A"] })).toEqual([
      { op: "changed", path: ["authors"], before: null, after: ["A"], level: "patch" },
    ]);
  });
});

describe("diffValues on lists of spans", () => {
  // “Putin” … ’ – 🪖 Putin … Putin: offsets count UTF-16 code units.
  const text = "“Putin” said – 🪖 Putin… and Putin again";
  const at = (needle: string, from = 0) => text.indexOf(needle, from);
  const p1 = span(at("Putin"), "Putin", "named");
  const p2 = span(at("Putin", p1.end), "Putin", "named");
  const p3 = span(at("Putin", p2.end), "Putin", "named");

  it("uses UTF-16 offsets in the fixture", () => {
    expect(p2.start).toBe(18);
    expect(text.slice(p2.start, p2.end)).toBe("Putin");
  });

  it("leaves matching spans alone and reports a new one as added (minor)", () => {
    expect(diff({ mentions: [p1, p2] }, { mentions: [p1, p2, p3] })).toEqual([
      { op: "added", path: ["mentions", 2], after: p3, level: "minor" },
    ]);
  });

  it("reports a span re-anchored to the same text elsewhere as one change (patch)", () => {
    expect(diff({ mentions: [p1, p2] }, { mentions: [p1, p3] })).toEqual([
      { op: "changed", path: ["mentions", 1], before: p2, after: p3, level: "patch" },
    ]);
  });

  it("reports a re-bounded (overlapping) span as one change (patch)", () => {
    const wider = span(p2.start - 3, "🪖 Putin", "named");
    expect(text.slice(wider.start, wider.end)).toBe("🪖 Putin");
    expect(diff({ mentions: [p1, p2] }, { mentions: [p1, wider] })).toEqual([
      { op: "changed", path: ["mentions", 1], before: p2, after: wider, level: "patch" },
    ]);
  });

  it("reports a kind change at the same place as one change (patch)", () => {
    const nominal = { ...p2, kind: "nominal" };
    expect(diff({ mentions: [p1, p2] }, { mentions: [p1, nominal] })).toEqual([
      { op: "changed", path: ["mentions", 1], before: p2, after: nominal, level: "patch" },
    ]);
  });

  it("reports a removed span as patch, and lists changes in text order", () => {
    const said = span(at("said"), "said");
    const out = diff({ spans: [p1, said, p3] }, { spans: [said, p2, p3] });
    // p1 has the same text as p2: one move, not a removal plus an addition.
    expect(out).toEqual([{ op: "changed", path: ["spans", 1], before: p1, after: p2, level: "patch" }]);
    expect(diff({ spans: [p1, said] }, { spans: [said] })).toEqual([
      { op: "removed", path: ["spans", 0], before: p1, level: "patch" },
    ]);
    const and = span(at("and"), "and");
    expect(diff({ spans: [said] }, { spans: [p1, said, and] }).map((c) => c.path)).toEqual([
      ["spans", 0],
      ["spans", 2],
    ]);
  });

  it("handles a list that goes from empty to spans", () => {
    expect(diff({ mentions: [] }, { mentions: [p1] })).toEqual([
      { op: "added", path: ["mentions", 0], after: p1, level: "minor" },
    ]);
  });
});
