import { describe, expect, it } from "vitest";
import { at, claim, dataset, entity, issuesOf, mention, quote } from "../tests/fixture.js";
import { noDuplicates } from "./no-duplicates.js";

const TEXT = "Ana 🦊 and Ben said “40 boats” — “40 boats” again… Ana waved.";

const base = () =>
  dataset(TEXT, {
    entities: [entity("ana", [at(TEXT, "Ana"), at(TEXT, "Ana", 2)]), entity("ben", [at(TEXT, "Ben")])],
    quotes: [quote("q-ana", [at(TEXT, "40 boats")], "ana"), quote("q-ben", [at(TEXT, "40 boats", 2)], "ben")],
    claims: [
      claim("n-boats", at(TEXT, "40 boats"), 40),
      claim("n-boats-again", at(TEXT, "40 boats", 2), 40),
      // One phrase may state numbers of two kinds.
      claim("n-forty", at(TEXT, "40 boats"), 40, { kind: "other" }),
    ],
  });

describe("no-duplicates", () => {
  it("accepts each mention, quote span and claim (span and kind) annotated once", () => {
    expect(issuesOf(noDuplicates, base())).toEqual([]);
  });

  it("reports a mention that is also another entity's", () => {
    const d = base();
    d.entities[1]!.mentions.push(mention(at(TEXT, "Ana", 2)));
    const ana = at(TEXT, "Ana", 2);
    expect(issuesOf(noDuplicates, d)).toEqual([
      {
        rule: "no-duplicates",
        path: ["entities", 1, "mentions", 1],
        recordId: "ben",
        message: `mention "Ana" at ${ana.start} is also a mention of "ana"`,
        expected: "each mention assigned to one entity",
        found: 'entities "ana" and "ben"',
      },
    ]);
  });

  it("tells mentions apart by both offsets", () => {
    const d = base();
    const a = at(TEXT, "Ana");
    // Same start, other end; same end, other start.
    d.entities[1]!.mentions = [mention({ start: a.start, end: a.end + 2, text: TEXT.slice(a.start, a.end + 2) })];
    d.entities[1]!.mentions.push(mention({ start: a.start + 1, end: a.end, text: TEXT.slice(a.start + 1, a.end) }));
    expect(issuesOf(noDuplicates, d)).toEqual([]);
  });

  it("leaves a mention repeated within one entity to entity-mentions", () => {
    const d = base();
    d.entities[1]!.mentions.push({ ...d.entities[1]!.mentions[0]! });
    expect(issuesOf(noDuplicates, d)).toEqual([]);
  });

  it("reports a quote span that is also another quote's", () => {
    const d = base();
    const s = at(TEXT, "40 boats");
    d.quotes[1]!.spans.push(s);
    expect(issuesOf(noDuplicates, d)).toEqual([
      {
        rule: "no-duplicates",
        path: ["quotes", 1, "spans", 1],
        recordId: "q-ben",
        message: `quote span at ${s.start}..${s.end} is also a span of "q-ana"`,
        expected: "each quoted stretch annotated once",
        found: 'quotes "q-ana" and "q-ben"',
      },
    ]);
  });

  it("reports a claim with the span and kind of another", () => {
    const d = base();
    d.claims.push(claim("n-boats-twice", at(TEXT, "40 boats"), 40));
    expect(issuesOf(noDuplicates, d)).toEqual([
      {
        rule: "no-duplicates",
        path: ["claims", 3, "span"],
        recordId: "n-boats-twice",
        message: 'claim duplicates "n-boats" (same span and kind)',
        expected: "each number annotated once per kind",
        found: 'claims "n-boats" and "n-boats-twice"',
      },
    ]);
  });

  it("tells spans apart beyond the offsets of any real text", () => {
    // Offsets past 2^21 are keyed as strings; two that differ must not collide.
    const long = `${"x".repeat(0x200000)} Ana Ana`;
    const far = long.lastIndexOf("Ana");
    const near = far - 4;
    const d = dataset(long, {
      entities: [
        entity("ana", [{ start: near, end: near + 3, text: "Ana" }]),
        entity("ana-again", [{ start: far, end: far + 3, text: "Ana" }]),
      ],
    });
    expect(issuesOf(noDuplicates, d)).toEqual([]);
    d.entities[1]!.mentions.unshift({ start: near, end: near + 3, text: "Ana", kind: "named" });
    expect(issuesOf(noDuplicates, d).map((i) => i.path)).toEqual([["entities", 1, "mentions", 0]]);
  });

  it("tells apart spans that start at the same offset past 2^21 and end one code unit apart", () => {
    // start * 2^32 + end is no longer exact there: such keys would collide as numbers.
    for (const start of [0x200000, 0x200001]) {
      const long = `${"x".repeat(start)}Ana Ana`;
      const d = dataset(long, {
        entities: [
          entity("ana", [{ start, end: start + 3, text: "Ana" }]),
          entity("ana-space", [{ start, end: start + 4, text: "Ana " }]),
        ],
        quotes: [
          quote("q-ana", [{ start, end: start + 3, text: "Ana" }], "ana"),
          quote("q-ana-space", [{ start, end: start + 4, text: "Ana " }], "ana"),
        ],
      });
      expect(issuesOf(noDuplicates, d), String(start)).toEqual([]);
    }
  });
});
