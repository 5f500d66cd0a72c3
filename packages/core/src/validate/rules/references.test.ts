import type { Dataset } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { at, checkAlone, claim, dataset, entity, issuesOf, note, quote, tombstone } from "../tests/fixture.js";
import { references } from "./references.js";

const TEXT = "Ana 🦊 told Ben “we sail at dawn” and “forty boats” — Ben’s log says 40… Ben agreed.";

/** A dataset with a valid reference in every reference field the table description lists. */
function full(): Dataset {
  return dataset(TEXT, {
    entities: [entity("ana", [at(TEXT, "Ana")]), entity("ben", [at(TEXT, "Ben"), at(TEXT, "Ben", 3)])],
    quotes: [
      quote("q-dawn", [at(TEXT, "we sail at dawn")], "ana", { addressee: "ben" }),
      quote("q-boats", [at(TEXT, "forty boats")], "ana", { parent: "q-dawn" }),
    ],
    claims: [
      claim("n-boats", at(TEXT, "forty boats"), 40, {
        about: { text: "boats", entities: ["ana", "ben"] },
        assertedBy: { type: "quote", id: "q-boats" },
      }),
      claim("n-log", at(TEXT, "40"), 40, { assertedBy: { type: "entity", id: "ben" } }),
    ],
    notes: [note("note-log", { targets: ["n-log", "ben", "q-dawn", "note-log"] })],
    retired: [tombstone("old-ben", "moved", ["ben"])],
  });
}

const dangling = (
  path: (string | number)[],
  recordId: string,
  problem: string,
  expected: string,
  id: string,
  hint?: string,
) => ({
  rule: "references",
  path,
  recordId,
  message: `dangling reference: ${problem}`,
  expected,
  found: JSON.stringify(id),
  ...(hint === undefined ? {} : { hint }),
});

describe("references", () => {
  it("accepts references to live records of the right table; notes and tombstones may point at any table", () => {
    expect(issuesOf(references, full())).toEqual([]);
  });

  it("reports an id no record has, in every reference field", () => {
    const d = full();
    d.quotes[0]!.speaker = "cat";
    d.quotes[0]!.addressee = "cat";
    d.quotes[1]!.parent = "q-cat";
    d.claims[0]!.about.entities[1] = "cat";
    d.claims[0]!.assertedBy = { type: "quote", id: "q-cat" };
    d.claims[1]!.assertedBy = { type: "entity", id: "cat" };
    d.notes[0]!.targets[2] = "cat";
    d.retired[0]!.to = ["cat"];
    const none = (id: string) => `no record has id "${id}"`;
    expect(issuesOf(references, d)).toEqual([
      dangling(["quotes", 0, "speaker"], "q-dawn", none("cat"), "an id in entities", "cat"),
      dangling(["quotes", 0, "addressee"], "q-dawn", none("cat"), "an id in entities", "cat"),
      dangling(["quotes", 1, "parent"], "q-boats", none("q-cat"), "an id in quotes", "q-cat"),
      dangling(["claims", 0, "about", "entities", 1], "n-boats", none("cat"), "an id in entities", "cat"),
      dangling(["claims", 0, "assertedBy", "id"], "n-boats", none("q-cat"), "an id in quotes", "q-cat"),
      dangling(["claims", 1, "assertedBy", "id"], "n-log", none("cat"), "an id in entities", "cat"),
      dangling(["notes", 0, "targets", 2], "note-log", none("cat"), "an existing record id", "cat"),
      dangling(["retired", 0, "to", 0], "old-ben", none("cat"), "an existing record id", "cat"),
    ]);
  });

  // The id patterns already keep each table's ids apart, so the schema refuses
  // these before any rule runs; the rule still says what is wrong on its own.
  it("reports an id of the wrong table", () => {
    const d = full();
    d.quotes[0]!.speaker = "q-boats";
    d.quotes[1]!.parent = "ana";
    d.claims[0]!.assertedBy = { type: "quote", id: "ben" };
    d.claims[1]!.assertedBy = { type: "entity", id: "q-dawn" };
    expect(checkAlone(references, d).map((i) => [i.path.join("."), i.message])).toEqual([
      ["quotes.0.speaker", 'dangling reference: "q-boats" is in quotes, not entities'],
      ["quotes.1.parent", 'dangling reference: "ana" is in entities, not quotes'],
      ["claims.0.assertedBy.id", 'dangling reference: "ben" is in entities, not quotes'],
      ["claims.1.assertedBy.id", 'dangling reference: "q-dawn" is in quotes, not entities'],
    ]);
  });

  it("points a retired id to its replacement", () => {
    const d = full();
    d.quotes[0]!.addressee = "old-ben";
    d.notes[0]!.targets = ["old-ben"];
    expect(issuesOf(references, d)).toEqual([
      dangling(
        ["quotes", 0, "addressee"],
        "q-dawn",
        '"old-ben" is a retired id; point to its replacement',
        "an id in entities",
        "old-ben",
        'point to "ben", which replaced it',
      ),
      dangling(
        ["notes", 0, "targets", 0],
        "note-log",
        '"old-ben" is a retired id; point to its replacement',
        "an existing record id",
        "old-ben",
        'point to "ben", which replaced it',
      ),
    ]);
  });

  it("suggests the ids of the right table nearest to a mistyped one", () => {
    const d = full();
    d.quotes[0]!.addressee = "bem";
    expect(issuesOf(references, d)).toEqual([
      dangling(
        ["quotes", 0, "addressee"],
        "q-dawn",
        'no record has id "bem"',
        "an id in entities",
        "bem",
        "did you mean ben?",
      ),
    ]);
  });

  it("names every reference field in its description", () => {
    for (const field of [
      "quotes.speaker",
      "quotes.addressee",
      "quotes.parent",
      "claims.about.entities[]",
      "claims.assertedBy.id",
      "notes.targets[]",
      "retired.to[]",
    ]) {
      expect(references.description).toContain(field);
    }
    expect(references.description.match(/claims\.assertedBy\.id/g)).toHaveLength(1);
  });
});
