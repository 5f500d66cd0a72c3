import { describe, expect, it } from "vitest";
import { at, dataset, entity, issuesOf, tombstone } from "../tests/fixture.js";
import { retiredIds } from "./retired-ids.js";

const TEXT = "Ana 🦊 met Ben — “and Cy”…";

const base = () =>
  dataset(TEXT, {
    entities: [entity("ana", [at(TEXT, "Ana")]), entity("ben", [at(TEXT, "Ben")]), entity("cy", [at(TEXT, "Cy")])],
    retired: [
      tombstone("old-ana", "moved", ["ana"]),
      tombstone("pair", "split", ["ben", "cy"]),
      tombstone("trio", "split", ["ana", "ben", "cy"]),
      tombstone("gone", "removed", []),
    ],
  });

const arity = (i: number, recordId: string, kind: string, expected: string, found: string) => ({
  rule: "retired-ids",
  path: ["retired", i, "to"],
  recordId,
  message: `a "${kind}" tombstone points to the wrong number of ids`,
  expected,
  found,
});

describe("retired-ids", () => {
  it("accepts moved to one id, split into two or more, removed to none, all live", () => {
    expect(issuesOf(retiredIds, base())).toEqual([]);
  });

  it("reports a moved tombstone without exactly one id", () => {
    for (const to of [[], ["ana", "ben"]]) {
      const d = base();
      d.retired[0]!.to = to;
      expect(issuesOf(retiredIds, d)).toEqual([arity(0, "old-ana", "moved", "exactly one id", String(to.length))]);
    }
  });

  it("reports a split tombstone with fewer than two ids", () => {
    for (const to of [[], ["ben"]]) {
      const d = base();
      d.retired[1]!.to = to;
      expect(issuesOf(retiredIds, d)).toEqual([arity(1, "pair", "split", "two or more ids", String(to.length))]);
    }
  });

  it("reports a removed tombstone that points anywhere", () => {
    const d = base();
    d.retired[3]!.to = ["ana"];
    expect(issuesOf(retiredIds, d)).toEqual([arity(3, "gone", "removed", "no ids", "1")]);
  });

  it("reports a tombstone that chains to another, at the id that chains", () => {
    const d = base();
    d.retired[1]!.to = ["ben", "old-ana"];
    expect(issuesOf(retiredIds, d)).toEqual([
      {
        rule: "retired-ids",
        path: ["retired", 1, "to", 1],
        recordId: "pair",
        message: 'tombstone chains to another retired id "old-ana"',
        expected: "a live record id (point straight to the final replacement)",
        found: '"old-ana"',
      },
    ]);
  });

  it("reports a tombstone that points to itself", () => {
    const d = base();
    d.retired[0]!.to = ["old-ana"];
    expect(issuesOf(retiredIds, d)).toEqual([
      {
        rule: "retired-ids",
        path: ["retired", 0, "to", 0],
        recordId: "old-ana",
        message: "tombstone points to itself",
        expected: "a live record id (point straight to the final replacement)",
        found: '"old-ana"',
      },
    ]);
  });
});
