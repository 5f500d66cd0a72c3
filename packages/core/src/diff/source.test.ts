import { describe, expect, it } from "vitest";
import { diffSource, textEdit } from "./source.js";
import { baseDataset } from "./tests/fixture.js";

const apply = (before: string, edit: ReturnType<typeof textEdit>) =>
  before.slice(0, edit.start) + edit.inserted + before.slice(edit.start + edit.deleted.length);

describe("textEdit", () => {
  it.each([
    ["“We will win.”", "“We shall win.”"],
    ["said – again…", "said — again…"],
    ["", "all new"],
    ["all gone", ""],
    ["same", "same"],
    ["aaa", "aaaa"],
  ])("finds the one region that turns %j into %j", (before, after) => {
    const edit = textEdit(before, after);
    expect(apply(before, edit)).toBe(after);
  });

  it("never cuts a surrogate pair, even between emoji sharing a high surrogate", () => {
    // 🪖 is \uD83E\uDE96 and 🪗 is \uD83E\uDE97: the common prefix ends inside the pair.
    const edit = textEdit("x 🪖 y", "x 🪗 y");
    expect(edit).toEqual({ start: 2, deleted: "🪖", inserted: "🪗" });
    const tail = textEdit("a😀", "b😀");
    expect(tail).toEqual({ start: 0, deleted: "a", inserted: "b" });
    // Same low surrogate, different high surrogate: the common suffix starts inside the pair.
    const low = textEdit("\uD83D\uDE00z", "\uD83C\uDE00z");
    expect(low).toEqual({ start: 0, deleted: "\uD83D\uDE00", inserted: "\uD83C\uDE00" });
  });
});

describe("diffSource", () => {
  const source = baseDataset().source;

  it("returns null for equal sources", () => {
    expect(diffSource(source, structuredClone(source))).toBeNull();
  });

  it("lists sha256 as a field change only when the text is unchanged", () => {
    const diff = diffSource(source, { ...source, sha256: "f".repeat(64) });
    expect(diff?.text).toBeNull();
    expect(diff?.fields).toEqual([
      { op: "changed", path: ["sha256"], before: source.sha256, after: "f".repeat(64), level: "patch" },
    ]);
  });

  it("reports every metadata change as patch, list additions included", () => {
    const before = { ...source, authors: ["A"] };
    const diff = diffSource(before, { ...before, authors: ["A", "B"], language: "en-GB" });
    expect(diff?.fields.map((c) => [c.op, c.path, c.level])).toEqual([
      ["changed", ["language"], "patch"],
      ["added", ["authors", 1], "patch"],
    ]);
  });
});
