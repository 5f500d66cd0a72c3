import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { blockList, flow, plain, quote } from "./yaml.js";

describe("yaml writer", () => {
  it("quotes any string so that it reads back exactly", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => {
        expect(parse(`v: ${quote(s)}`, { schema: "core" }).v).toBe(s);
      }),
      { numRuns: 500, seed: 7 },
    );
    for (const s of [
      "“curly” – dash… 👋",
      "\u0000\u0085\u2028\uFEFF\uD800",
      'a "b" \\ c',
      "#not a comment",
      "- x: y",
    ]) {
      expect(parse(`v: ${quote(s)}`, { schema: "core" }).v).toBe(s);
    }
  });

  it("writes records in block style, anchors in flow style, keys in the order given", () => {
    const text = blockList([
      {
        id: plain("kim"),
        name: "Kim",
        mentions: ["Kim", { text: "he", prefix: "said ", kind: plain("pronominal") }],
        skip: undefined,
      },
    ]);
    expect(text).toBe(
      '- id: kim\n  name: "Kim"\n  mentions:\n    - "Kim"\n    - { text: "he", prefix: "said ", kind: pronominal }\n',
    );
    expect(parse(text)).toEqual([
      { id: "kim", name: "Kim", mentions: ["Kim", { text: "he", prefix: "said ", kind: "pronominal" }] },
    ]);
    expect(blockList([])).toBe("[]\n");
  });

  it("refuses what it cannot write faithfully", () => {
    expect(() => flow(Number.NaN)).toThrow(/non-finite/);
    expect(flow(plain("yes"))).toBe('"yes"');
    expect(flow(plain("y"))).toBe('"y"');
    expect(flow(plain("kim-jong-un"))).toBe("kim-jong-un");
    expect(flow(-0)).toBe("0");
  });
});
