import type { Dataset } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { diffDatasets } from "./diff.js";
import { baseDataset, edit, find, spanOf, TEXT } from "./tests/fixture.js";
import type { DatasetDiff, DeepReadonly } from "./types.js";

const a = baseDataset();

function deepFreeze<T>(value: T): DeepReadonly<T> {
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

const totalRecordChanges = (diff: DatasetDiff) =>
  Object.values(diff.tables).reduce((n, t) => n + t.added.length + t.removed.length + t.changed.length, 0);

describe("diffDatasets: identical and bookkeeping-only differences", () => {
  it("finds nothing between a dataset and itself", () => {
    const diff = diffDatasets(a, a);
    expect(diff.level).toBe("none");
    expect(diff.reasons).toEqual([]);
    expect(totalRecordChanges(diff)).toBe(0);
    expect(diff.source).toBeNull();
    expect([diff.id, diff.schemaVersion, diff.version, diff.contentHash]).toEqual([null, null, null, null]);
    expect(diff.retiredIds).toEqual([]);
  });

  it("finds nothing between a dataset and a deep copy in another key order", () => {
    const reordered = structuredClone(a);
    const entity = reordered.entities[1]!;
    reordered.entities[1] = Object.fromEntries(Object.entries(entity).reverse()) as typeof entity;
    expect(diffDatasets(a, reordered).level).toBe("none");
  });

  it("reports version and contentHash differences at level none", () => {
    const b = { ...structuredClone(a), version: "1.0.1", contentHash: "0".repeat(64) };
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("none");
    expect(diff.version).toEqual({ before: "1.0.0", after: "1.0.1" });
    expect(diff.contentHash).toEqual({ before: a.contentHash, after: "0".repeat(64) });
    expect(diff.reasons).toEqual([]);
  });

  it("accepts deeply frozen datasets and never writes to them", () => {
    const frozenA = deepFreeze(structuredClone(a));
    const frozenB = deepFreeze(edit(a, (d) => d.entities.pop()));
    expect(diffDatasets(frozenA, frozenB).level).toBe("major");
  });

  it("returns plain data that survives a JSON round trip", () => {
    const b = edit(a, (d) => {
      d.claims[0]!.value = 772000;
      d.entities.pop();
      d.source.title = "Putin says";
    });
    const diff = diffDatasets(a, b);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });
});

describe("diffDatasets: records added, removed, renamed, retired", () => {
  it("reports an added record as minor, naming it", () => {
    const b = edit(a, (d) => {
      d.entities.push({
        id: "russia",
        name: "Russia",
        type: "location",
        aliases: [],
        wikidata: null,
        description: null,
        mentions: [{ ...spanOf("Russian"), kind: "nominal" }],
      });
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("minor");
    expect(diff.tables.entities.added.map((r) => r.id)).toEqual(["russia"]);
    expect(diff.reasons).toEqual([{ level: "minor", table: "entities", id: "russia", message: "entity added" }]);
  });

  it("reports a removed id as major, naming it and the missing tombstone", () => {
    const b = edit(a, (d) => {
      d.notes = [];
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("major");
    expect(diff.tables.notes.removed.map((r) => r.id)).toEqual(["note-special-operation"]);
    expect(diff.reasons[0]).toMatchObject({ level: "major", table: "notes", id: "note-special-operation" });
    expect(diff.reasons[0]!.message).toMatch(/without a tombstone/);
    expect(diff.retiredIds).toEqual([]);
  });

  it("reports a renamed id (removed plus added) as major", () => {
    const b = edit(a, (d) => {
      d.claims[0]!.id = "n-russian-losses";
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("major");
    expect(diff.tables.claims.removed.map((r) => r.id)).toEqual(["n-russian-casualties"]);
    expect(diff.tables.claims.added.map((r) => r.id)).toEqual(["n-russian-losses"]);
    expect(diff.tables.claims.changed).toEqual([]);
    expect(diff.reasons.map((r) => [r.level, r.id])).toEqual([
      ["major", "n-russian-casualties"],
      ["minor", "n-russian-losses"],
    ]);
  });

  it("lists a tombstoned removal in retiredIds, still as major", () => {
    const b = edit(a, (d) => {
      d.version = "2.0.0";
      d.claims[0]!.id = "n-russian-losses";
      d.retired.push({
        id: "n-russian-casualties",
        kind: "moved",
        to: ["n-russian-losses"],
        since: "2.0.0",
        reason: "Kyiv counts killed and wounded together: losses, not casualties.",
      });
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("major");
    expect(diff.retiredIds).toEqual([
      { id: "n-russian-casualties", table: "claims", kind: "moved", to: ["n-russian-losses"], since: "2.0.0" },
    ]);
    expect(diff.tables.retired.added.map((r) => r.id)).toEqual(["n-russian-casualties"]);
    const reason = diff.reasons.find((r) => r.id === "n-russian-casualties" && r.table === "claims");
    expect(reason?.level).toBe("major");
    expect(reason?.message).toMatch(/tombstoned as moved → n-russian-losses/);
  });

  it("does not count an id as retired when the tombstone is for another id", () => {
    const b = edit(a, (d) => {
      d.notes = [];
      d.retired.push({ id: "note-older", kind: "removed", to: [], since: "1.0.0", reason: "Withdrawn earlier." });
    });
    expect(diffDatasets(a, b).retiredIds).toEqual([]);
  });

  it("reports removing a tombstone as major", () => {
    const withTombstone = edit(a, (d) => {
      d.retired.push({ id: "old-putin", kind: "moved", to: ["vladimir-putin"], since: "1.0.0", reason: "Renamed." });
    });
    const diff = diffDatasets(withTombstone, a);
    expect(diff.level).toBe("major");
    expect(diff.reasons[0]).toMatchObject({ level: "major", table: "retired", id: "old-putin" });
  });

  it("throws on duplicate ids instead of guessing", () => {
    const b = structuredClone(a);
    b.quotes.push(structuredClone(b.quotes[0]!));
    expect(() => diffDatasets(a, b)).toThrow(/duplicate id "q-putin-will-win" in b\.quotes\[1\]/);
  });

  it("lists records in id order, whatever order the tables are in", () => {
    const b = edit(a, (d) => {
      for (const id of ["note-zeta", "note-alpha", "note-mid"])
        d.notes.push({ id, kind: "context", targets: [], span: null, text: "Added." });
    });
    expect(diffDatasets(a, b).tables.notes.added.map((r) => r.id)).toEqual(["note-alpha", "note-mid", "note-zeta"]);
  });
});

describe("diffDatasets: field changes", () => {
  it("reports a corrected value as patch with the path ['value']", () => {
    const b = edit(a, (d) => {
      d.claims[0]!.value = 772000;
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("patch");
    expect(diff.tables.claims.changed).toEqual([
      {
        id: "n-russian-casualties",
        level: "patch",
        changes: [{ op: "changed", path: ["value"], before: 771000, after: 772000, level: "patch" }],
      },
    ]);
    expect(diff.reasons).toEqual([
      { level: "patch", table: "claims", id: "n-russian-casualties", message: "value: 771000 → 772000" },
    ]);
  });

  it("reports nested paths such as ['bounds', 'low']", () => {
    const b = edit(a, (d) => {
      d.claims[0]!.bounds.low = 770000;
      d.claims[0]!.bounds.lowInclusive = true;
    });
    const changes = diffDatasets(a, b).tables.claims.changed[0]!.changes;
    expect(changes.map((c) => c.path)).toEqual([
      ["bounds", "low"],
      ["bounds", "lowInclusive"],
    ]);
  });

  it("reports a new mention as minor, a list item added at its index in b", () => {
    const third = spanOf("Putin", 3);
    const b = edit(a, (d) => {
      const putin = find(d.entities, "vladimir-putin");
      putin.mentions.push({ ...third, kind: "named" });
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("minor");
    const change = diff.tables.entities.changed[0]!;
    expect(change.id).toBe("vladimir-putin");
    expect(change.changes).toEqual([
      { op: "added", path: ["mentions", 3], after: { ...third, kind: "named" }, level: "minor" },
    ]);
    expect(diff.reasons[0]!.message).toBe(`mention “Putin” (named, ${third.start}–${third.end}) added`);
  });

  it("reports a re-anchored mention (same text elsewhere) as one patch-level move", () => {
    const second = spanOf("Putin", 2);
    const third = spanOf("Putin", 3);
    const b = edit(a, (d) => {
      const putin = find(d.entities, "vladimir-putin");
      putin.mentions[1] = { ...third, kind: "named" };
      putin.mentions.sort((x, y) => x.start - y.start);
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("patch");
    const [change] = diff.tables.entities.changed[0]!.changes;
    expect(change).toMatchObject({ op: "changed", path: ["mentions", 2], before: { ...second, kind: "named" } });
    expect(diff.reasons[0]!.message).toBe(
      `mention “Putin” moved ${second.start}–${second.end} → ${third.start}–${third.end}`,
    );
  });

  it("reports a removed mention as patch and a mention kind change as patch", () => {
    const b = edit(a, (d) => {
      const putin = find(d.entities, "vladimir-putin");
      putin.mentions.pop();
      putin.mentions[1]!.kind = "nominal";
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("patch");
    expect(diff.tables.entities.changed[0]!.changes.map((c) => [c.op, c.path])).toEqual([
      ["changed", ["mentions", 1]],
      ["removed", ["mentions", 2]],
    ]);
  });

  it("reports classification changes (entity type, quote kind, claim kind) as patch", () => {
    const b = edit(a, (d) => {
      d.entities[0]!.type = "organization";
      d.quotes[0]!.kind = "mixed";
      d.claims[0]!.kind = "other";
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("patch");
    expect(diff.reasons.map((r) => [r.level, r.table, r.message])).toEqual([
      ["patch", "entities", 'type: "location" → "organization"'],
      ["patch", "quotes", 'kind: "direct" → "mixed"'],
      ["patch", "claims", 'kind: "count" → "other"'],
    ]);
  });

  it("reports a speaker correction as patch and an assertedBy variant switch as one change", () => {
    const b = edit(a, (d) => {
      d.quotes[0]!.speaker = null;
      d.quotes[0]!.noSpeakerReason = "unclear";
      d.claims[0]!.assertedBy = { type: "publisher" };
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("patch");
    expect(diff.tables.claims.changed[0]!.changes).toEqual([
      {
        op: "changed",
        path: ["assertedBy"],
        before: { type: "entity", id: "kyiv" },
        after: { type: "publisher" },
        level: "patch",
      },
    ]);
    expect(diff.tables.quotes.changed[0]!.changes.map((c) => c.path)).toEqual([["speaker"], ["noSpeakerReason"]]);
  });

  it("reports a new note target and a new alias as minor, a replaced target as patch", () => {
    const added = diffDatasets(
      a,
      edit(a, (d) => {
        d.notes[0]!.targets.push("kyiv");
      }),
    );
    expect(added.level).toBe("minor");
    expect(added.tables.notes.changed[0]!.changes).toEqual([
      { op: "added", path: ["targets", 1], after: "kyiv", level: "minor" },
    ]);
    const replaced = diffDatasets(
      a,
      edit(a, (d) => {
        d.notes[0]!.targets = ["kyiv"];
      }),
    );
    expect(replaced.level).toBe("patch");
  });
});

describe("diffDatasets: dataset-level changes", () => {
  it.each([
    ["2.0.0", "major"],
    ["0.9.0", "major"],
    ["1.1.0", "minor"],
    ["1.0.1", "patch"],
  ] as const)("reports schemaVersion 1.0.0 → %s as %s", (after, level) => {
    const before = edit(a, (d) => {
      d.schemaVersion = "1.0.0";
    });
    const b = edit(a, (d) => {
      d.schemaVersion = after;
    });
    const diff = diffDatasets(before, b);
    expect(diff.schemaVersion).toEqual({ before: "1.0.0", after, level });
    expect(diff.level).toBe(level);
    expect(diff.reasons).toEqual([{ level, table: "dataset", id: null, message: `schemaVersion 1.0.0 → ${after}` }]);
  });

  it("reports a source text change as major, with the edited region", () => {
    const b = edit(a, (d) => {
      d.source.text = TEXT.replace("Kyiv claims", "Kyiv says");
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("major");
    const text = diff.source!.text!;
    expect(text.edit).toEqual({ start: TEXT.indexOf("claims"), deleted: "claim", inserted: "say" });
    expect(text.before).toEqual({ sha256: a.source.sha256, length: TEXT.length });
    expect(text.after.sha256).toBe(b.source.sha256);
    // sha256 follows from the text and is not repeated as a field change.
    expect(diff.source!.fields).toEqual([]);
    expect(diff.reasons[0]).toMatchObject({ level: "major", table: "source", id: null });
  });

  it("reports source metadata changes as patch", () => {
    const b = edit(a, (d) => {
      d.source.title = "Putin: “We will win”";
      d.source.authors = ["A. Writer", "B. Writer"];
    });
    const diff = diffDatasets(a, b);
    expect(diff.level).toBe("patch");
    expect(diff.source!.text).toBeNull();
    expect(diff.source!.fields.map((c) => [c.path, c.level])).toEqual([
      [["title"], "patch"],
      [["authors"], "patch"],
    ]);
  });

  it("reports a changed dataset id as major", () => {
    const diff = diffDatasets(
      a,
      edit(a, (d) => {
        d.id = "putin-claims";
      }),
    );
    expect(diff.id).toEqual({ before: "putin-war-claims", after: "putin-claims" });
    expect(diff.level).toBe("major");
  });
});

describe("diffDatasets: the level is monotone", () => {
  // Independent edits, one per record or dataset field, with the level each requires alone.
  const edits: [string, (d: Dataset) => void, string][] = [
    [
      "value",
      (d) => {
        d.claims[0]!.value = 772000;
      },
      "patch",
    ],
    [
      "mention",
      (d) => void find(d.entities, "vladimir-putin").mentions.push({ ...spanOf("Putin", 3), kind: "named" }),
      "minor",
    ],
    [
      "note removed",
      (d) => {
        d.notes = [];
      },
      "major",
    ],
    [
      "quote kind",
      (d) => {
        d.quotes[0]!.kind = "mixed";
      },
      "patch",
    ],
    [
      "title",
      (d) => {
        d.source.title = "Title";
      },
      "patch",
    ],
    ["entity added", (d) => void d.entities.push({ ...structuredClone(d.entities[0]!), id: "kyiv-2" }), "minor"],
    [
      "version",
      (d) => {
        d.version = "9.9.9";
      },
      "none",
    ],
  ];
  const rank = { none: 0, patch: 1, minor: 2, major: 3 } as const;

  it("equals the highest level of the edits applied, for every subset of them", () => {
    for (let mask = 0; mask < 1 << edits.length; mask++) {
      const chosen = edits.filter((_, i) => mask & (1 << i));
      const b = edit(a, (d) => {
        for (const [, apply] of chosen) apply(d);
      });
      const expected = chosen.reduce((top, [, , level]) => Math.max(top, rank[level as keyof typeof rank]), 0);
      const level = diffDatasets(a, b).level;
      expect(rank[level], chosen.map(([name]) => name).join(", ") || "(none)").toBe(expected);
    }
  });

  it("never falls when a record removal is added to any subset", () => {
    for (let mask = 0; mask < 1 << edits.length; mask++) {
      const chosen = edits.filter((_, i) => mask & (1 << i));
      const b = edit(a, (d) => {
        for (const [, apply] of chosen) apply(d);
      });
      const withRemoval = edit(b, (d) => {
        d.quotes = [];
      });
      expect(rank[diffDatasets(a, withRemoval).level]).toBeGreaterThanOrEqual(rank[diffDatasets(a, b).level]);
      expect(diffDatasets(a, withRemoval).level).toBe("major");
    }
  });
});
