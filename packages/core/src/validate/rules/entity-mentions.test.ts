import { describe, expect, it } from "vitest";
import { at, dataset, entity, issuesOf, mention } from "../tests/fixture.js";
import { entityMentions } from "./entity-mentions.js";

const TEXT = "Ana Lee 🦊 sailed; “Lee” — Ana Lee’s crew — followed… Lee waved.";

const base = () =>
  dataset(TEXT, {
    entities: [
      entity("ana-lee", [at(TEXT, "Ana Lee"), at(TEXT, "Lee", 2), at(TEXT, "Ana Lee", 2), at(TEXT, "Lee", 4)]),
      entity("crew", [mention(at(TEXT, "crew"), "nominal")]),
    ],
  });

describe("entity-mentions", () => {
  it("accepts mentions in text order, touching ones included", () => {
    const d = base();
    expect(issuesOf(entityMentions, d)).toEqual([]);
    // "Ana Lee’s" then "’s": the second starts where the first ends.
    const touching = at(TEXT, "’s");
    d.entities[0]!.mentions.splice(3, 0, mention(touching, "pronominal"));
    expect(d.entities[0]!.mentions[2]!.end).toBe(touching.start);
    expect(issuesOf(entityMentions, d)).toEqual([]);
  });

  it("reports an entity with no mention", () => {
    const d = base();
    d.entities[1]!.mentions = [];
    expect(issuesOf(entityMentions, d)).toEqual([
      {
        rule: "entity-mentions",
        path: ["entities", 1, "mentions"],
        recordId: "crew",
        message: "entity has no mention in the text",
        expected: "at least one mention",
        found: "none",
      },
    ]);
  });

  it("reports a mention that overlaps the one before it", () => {
    const d = base();
    const lee = at(TEXT, "Lee");
    d.entities[0]!.mentions.splice(1, 0, mention(lee));
    expect(issuesOf(entityMentions, d)).toEqual([
      {
        rule: "entity-mentions",
        path: ["entities", 0, "mentions", 1],
        recordId: "ana-lee",
        message: "mention overlaps the previous mention of the same entity",
        expected: `start >= ${lee.end}`,
        found: `start ${lee.start} ("Lee" after "Ana Lee")`,
      },
    ]);
  });

  it("reports the same mention twice as an overlap", () => {
    const d = base();
    d.entities[1]!.mentions.push({ ...d.entities[1]!.mentions[0]! });
    expect(issuesOf(entityMentions, d).map((i) => [i.path, i.message])).toEqual([
      [["entities", 1, "mentions", 1], "mention overlaps the previous mention of the same entity"],
    ]);
  });

  it("reports mentions out of text order, each place it happens", () => {
    const d = base();
    const m = d.entities[0]!.mentions;
    [m[0], m[1]] = [m[1]!, m[0]!];
    [m[2], m[3]] = [m[3]!, m[2]!];
    const issues = issuesOf(entityMentions, d);
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [["entities", 0, "mentions", 1], "mentions are not in text order"],
      [["entities", 0, "mentions", 3], "mentions are not in text order"],
    ]);
    expect(issues[0]).toMatchObject({
      expected: `start >= ${m[0]!.end}`,
      found: `start ${m[1]!.start} ("Ana Lee" after "Lee")`,
    });
  });
});
