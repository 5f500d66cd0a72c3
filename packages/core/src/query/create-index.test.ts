import type { Dataset } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { createIndex } from "./create-index.js";
import { buildFixture, FIXTURE_TEXT, spanOf } from "./fixture.test-helper.js";
import type { DeepReadonly, SpanAnnotation } from "./types.js";

const dataset = buildFixture();
const index = createIndex(dataset);
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function describeAnnotation(a: SpanAnnotation): string {
  switch (a.type) {
    case "mention":
      return `mention:${a.entity.id}`;
    case "quote":
      return `quote:${a.quote.id}`;
    case "claim":
      return `claim:${a.claim.id}`;
    case "note":
      return `note:${a.note.id}`;
  }
}

describe("createIndex: records and ids", () => {
  it("finds entities by id, name and alias, ignoring case on names and aliases", () => {
    expect(index.entity("kim-jong-un")?.id).toBe("kim-jong-un");
    expect(index.entity("KIM JONG UN")?.id).toBe("kim-jong-un");
    expect(index.entity("kim")?.id).toBe("kim-jong-un");
    expect(index.entity("times")?.id).toBe("the-times");
    expect(index.entity("Seoul")).toBeUndefined();
    // A quote id is a record, but not an entity.
    expect(index.entity("q-show")).toBeUndefined();
  });

  it("prefers a name over another entity's alias", () => {
    const clash = structuredClone(dataset);
    clash.entities.find((e) => e.id === "kim-jong-un")!.aliases.push("Pyongyang");
    expect(createIndex(clash).entity("pyongyang")?.id).toBe("pyongyang");
    expect(createIndex(clash).entity("PYONGYANG")?.id).toBe("pyongyang");
  });

  it("finds any record by id with its table", () => {
    expect(index.record("russians")?.table).toBe("entities");
    expect(index.record("q-show")?.table).toBe("quotes");
    expect(index.record("n-tanks")?.table).toBe("claims");
    const note = index.record("note-we");
    expect(note?.table === "notes" && note.record.kind).toBe("inference");
    expect(index.record("kim")).toBeUndefined();
  });

  it("follows tombstones: moved, split and removed ids, and tells unknown ids apart", () => {
    expect(index.resolveId("kim-jong-un")).toEqual({ ids: ["kim-jong-un"], retired: null });
    const moved = index.resolveId("kim");
    expect(moved.ids).toEqual(["kim-jong-un"]);
    expect(moved.retired?.kind).toBe("moved");
    expect(index.resolveId("n-tank-count").ids).toEqual(["n-missiles", "n-tanks"]);
    const removed = index.resolveId("n-withdrawn");
    expect(removed.ids).toEqual([]);
    expect(removed.retired?.reason).toBe("Not a number in the text.");
    expect(index.resolveId("no-such-id")).toEqual({ ids: [], retired: null });
  });
});

describe("createIndex: relations", () => {
  it("lists mentions and quotes of an entity", () => {
    expect(index.mentionsOf("kim-jong-un").map((m) => m.text)).toEqual(["Kim Jong Un", "we", "Kim"]);
    expect(index.mentionsOf("q-show")).toEqual([]);
    expect(ids(index.quotesBy("kim-jong-un"))).toEqual(["q-kim-losses", "q-kim-missiles"]);
    expect(index.quotesBy("the-times")).toEqual([]);
  });

  it("lists claims about an entity, apart from claims it asserts", () => {
    expect(ids(index.claimsAbout("second-army-corps"))).toEqual(["n-corps-losses", "n-corps-number"]);
    expect(ids(index.claimsAbout("kim-jong-un"))).toEqual([]);
    expect(ids(index.claimsAssertedBy("kim-jong-un"))).toEqual(["n-corps-losses", "n-corps-number", "n-missiles"]);
    expect(ids(index.claimsAssertedBy("q-kim-missiles"))).toEqual(["n-missiles"]);
    expect(index.claimsAssertedBy("russians")).toEqual([]);
  });

  it("groups claims by kind, notes by target and entities by type", () => {
    expect(ids(index.claimsByKind("count"))).toEqual([
      "n-corps-losses",
      "n-missiles",
      "n-russian-casualties",
      "n-tanks",
    ]);
    expect(ids(index.claimsByKind("money"))).toEqual([]);
    expect(ids(index.notesFor("q-kim-losses"))).toEqual(["note-line-context"]);
    expect(ids(index.notesFor("kim-jong-un"))).toEqual(["note-we"]);
    expect(ids(index.entitiesByType("media-outlet"))).toEqual(["the-times"]);
  });
});

describe("createIndex: at(offset)", () => {
  it("returns nested annotations innermost first: number, mention, quote, note passage", () => {
    const two = spanOf("2nd").start;
    expect(index.at(two).map(describeAnnotation)).toEqual([
      "claim:n-corps-number",
      "mention:second-army-corps",
      "quote:q-kim-losses",
      "note:note-line-context",
    ]);
  });

  it("breaks ties between equal spans by kind: a mention before a note", () => {
    expect(index.at(spanOf("we").start + 1).map(describeAnnotation)).toEqual([
      "mention:kim-jong-un",
      "note:note-we",
      "quote:q-kim-losses",
      "note:note-line-context",
    ]);
  });

  it("is end-exclusive and empty outside annotations and the text", () => {
    const claim = spanOf("2nd");
    expect(index.at(claim.end).map(describeAnnotation)).not.toContain("claim:n-corps-number");
    expect(index.at(0)).toEqual([]);
    expect(index.at(-1)).toEqual([]);
    expect(index.at(FIXTURE_TEXT.length)).toEqual([]);
  });

  it("agrees with a scan of every annotation at every offset", () => {
    const all = [
      ...dataset.entities.flatMap((e) => e.mentions.map((s) => ({ s, key: `mention:${e.id}` }))),
      ...dataset.quotes.flatMap((q) => q.spans.map((s) => ({ s, key: `quote:${q.id}` }))),
      ...dataset.claims.map((c) => ({ s: c.span, key: `claim:${c.id}` })),
      ...dataset.notes.flatMap((n) => (n.span ? [{ s: n.span, key: `note:${n.id}` }] : [])),
    ];
    for (let offset = 0; offset <= FIXTURE_TEXT.length; offset++) {
      const found = index.at(offset);
      const expected = all.filter(({ s }) => s.start <= offset && offset < s.end).map(({ key }) => key);
      expect(found.map(describeAnnotation).sort()).toEqual(expected.sort());
      const lengths = found.map((a) => a.span.end - a.span.start);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    }
  });
});

describe("createIndex: search", () => {
  it("matches quotes case-insensitively, folding curly quotes and the ellipsis", () => {
    expect(ids(index.search("WON'T STOP...").quotes)).toEqual(["q-kim-losses"]);
    expect(ids(index.search("won’t stop…").quotes)).toEqual(["q-kim-losses"]);
  });

  it("matches claim phrases and what claims are about, across line breaks", () => {
    expect(ids(index.search("771,000").claims)).toEqual(["n-russian-casualties"]);
    expect(ids(index.search("rolled by in the").claims)).toEqual(["n-tanks"]);
    const tested = index.search("Tested");
    expect(ids(tested.quotes)).toEqual(["q-kim-missiles"]);
    expect(ids(tested.claims)).toEqual(["n-missiles"]);
  });

  it("returns results in text order, and nothing for a blank query", () => {
    expect(ids(index.search("2").claims)).toEqual(["n-corps-number", "n-corps-losses", "n-tanks"]);
    expect(index.search("  ")).toEqual({ quotes: [], claims: [] });
  });
});

describe("createIndex: laziness and readonly input", () => {
  it("reads no table until a lookup needs it, and indexes each table once", () => {
    const reads = new Map<string | symbol, number>();
    const watched = new Proxy(buildFixture(), {
      get(target, key, receiver) {
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return Reflect.get(target, key, receiver);
      },
    });
    const lazy = createIndex(watched);
    expect(reads.get("claims")).toBeUndefined();
    lazy.claimsByKind("count");
    const afterFirst = reads.get("claims");
    expect(afterFirst).toBeGreaterThan(0);
    lazy.claimsByKind("year");
    lazy.claimsByKind("count");
    expect(reads.get("claims")).toBe(afterFirst);
  });

  it("accepts a deeply frozen dataset typed DeepReadonly<Dataset>", () => {
    const frozen: DeepReadonly<Dataset> = deepFreeze(buildFixture());
    const ro = createIndex(frozen);
    expect(ro.entity("Kim")?.name).toBe("Kim Jong Un");
    expect(ro.at(spanOf("2nd").start)).toHaveLength(4);
    expect(ro.search("show").quotes).toHaveLength(1);
  });
});
