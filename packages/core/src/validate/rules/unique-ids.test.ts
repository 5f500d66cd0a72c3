import { describe, expect, it } from "vitest";
import { at, claim, dataset, entity, issuesOf, note, quote, tombstone } from "../tests/fixture.js";
import { uniqueIds } from "./unique-ids.js";

const TEXT = "“Two boats,” said Ana 🦊 — Ana’s crew agreed…";

const base = () =>
  dataset(TEXT, {
    entities: [entity("ana", [at(TEXT, "Ana")]), entity("crew", [at(TEXT, "crew")])],
    quotes: [quote("q-boats", [at(TEXT, "Two boats,")], "ana")],
    claims: [claim("n-boats", at(TEXT, "Two boats"), 2)],
    notes: [note("note-crew", { targets: ["crew"] })],
    retired: [tombstone("old-ana", "moved", ["ana"])],
  });

const duplicate = (path: (string | number)[], recordId: string, found: string, message = "duplicate id") => ({
  rule: "unique-ids",
  path,
  recordId,
  message,
  expected: "an id used once",
  found,
});

describe("unique-ids", () => {
  it("accepts ids used once across all tables", () => {
    expect(issuesOf(uniqueIds, base())).toEqual([]);
  });

  it("reports an id used twice in one table, pointing at the first use", () => {
    const d = base();
    d.entities[1]!.id = "ana";
    d.notes[0]!.targets = ["ana"];
    expect(issuesOf(uniqueIds, d)).toEqual([duplicate(["entities", 1, "id"], "ana", "also at entities[0]")]);
  });

  it("reports an id used in two tables, and a third use too", () => {
    const d = base();
    d.notes.push(note("note-crew"), note("note-crew"));
    expect(issuesOf(uniqueIds, d)).toEqual([
      duplicate(["notes", 1, "id"], "note-crew", "also at notes[0]"),
      duplicate(["notes", 2, "id"], "note-crew", "also at notes[0]"),
    ]);
  });

  it("reports a live record reusing a retired id, at the tombstone", () => {
    const d = base();
    d.retired.push(tombstone("q-boats", "removed", []));
    expect(issuesOf(uniqueIds, d)).toEqual([
      duplicate(["retired", 1, "id"], "q-boats", "also at quotes[0]", "a retired id is still in use"),
    ]);
  });

  it("reports two tombstones of one id", () => {
    const d = base();
    d.retired.push(tombstone("old-ana", "removed", []));
    expect(issuesOf(uniqueIds, d)).toEqual([
      duplicate(["retired", 1, "id"], "old-ana", "also at retired[0]", "a retired id is still in use"),
    ]);
  });
});
