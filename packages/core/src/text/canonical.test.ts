import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash } from "./canonical.js";

const nodeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it("is independent of key order", () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });

  it("sorts by UTF-16 code units, so an astral key sorts before U+FFFF", () => {
    expect(canonicalJson({ "\uffff": 1, "😀": 2, é: 3, z: 4 })).toBe('{"z":4,"é":3,"😀":2,"\uffff":1}');
  });

  it("writes numbers in their shortest round-trip form", () => {
    expect(canonicalJson([0.1, 1e21, 1e-7, -0, 100, 2 ** 53])).toBe("[0.1,1e+21,1e-7,0,100,9007199254740992]");
  });

  it("leaves out what JSON leaves out, as JSON.stringify does", () => {
    expect(canonicalJson({ a: undefined, b: () => 1, c: [undefined, () => 1], d: Number.NaN })).toBe(
      '{"c":[null,null],"d":null}',
    );
    expect(canonicalJson(undefined)).toBeUndefined();
  });

  it("writes objects of different shapes under one key each in their own sorted order", () => {
    const value = {
      rows: [
        { by: { type: "quote", id: "q-a" } },
        { by: { type: "unnamed", span: { text: "x", start: 1, end: 2 } } },
        { by: { type: "quote", id: "q-b" } },
        { by: { id: "q-c", type: "quote" } },
      ],
    };
    expect(canonicalJson(value)).toBe(
      '{"rows":[{"by":{"id":"q-a","type":"quote"}},{"by":{"span":{"end":2,"start":1,"text":"x"},"type":"unnamed"}},{"by":{"id":"q-b","type":"quote"}},{"by":{"id":"q-c","type":"quote"}}]}',
    );
  });

  it("keeps a __proto__ key as data without touching prototypes", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    expect(canonicalJson(input)).toBe('{"__proto__":{"polluted":true},"a":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("contentHash", () => {
  // A known answer, worked out by hand from the definition: the canonical JSON
  // of everything but `version` and `contentHash`, as UTF-8, through SHA-256.
  const dataset = {
    version: "9.9.9",
    schemaVersion: "1.1.0",
    contentHash: "not covered",
    id: "kat",
    source: { text: "“Hi” — 😀…" },
    entities: [],
    quotes: [],
    claims: [{ id: "n-x", value: 1e21, bounds: { low: 0.5, high: null, lowInclusive: false, highInclusive: true } }],
    notes: [],
    retired: [{ id: "old", kind: "removed", to: [], since: "1.0.0", reason: "gone" }],
  };
  const canonical = String.raw`{"claims":[{"bounds":{"high":null,"highInclusive":true,"low":0.5,"lowInclusive":false},"id":"n-x","value":1e+21}],"entities":[],"id":"kat","notes":[],"quotes":[],"retired":[{"id":"old","kind":"removed","reason":"gone","since":"1.0.0","to":[]}],"schemaVersion":"1.1.0","source":{"text":"“Hi” — 😀…"}}`;

  it("is the SHA-256 of the canonical content, pinned", () => {
    expect(nodeSha256(canonical)).toBe("fceda81d0e525016ecc01b06895d7ef652aa7076496c82f37ce32c0f7690fea6");
    expect(contentHash(dataset)).toBe("fceda81d0e525016ecc01b06895d7ef652aa7076496c82f37ce32c0f7690fea6");
  });

  it("covers tombstones: a retired list emptied or edited changes the hash", () => {
    expect(contentHash({ ...dataset, retired: [] })).not.toBe(contentHash(dataset));
    expect(contentHash({ ...dataset, retired: [{ ...dataset.retired[0], reason: "gone!" }] })).not.toBe(
      contentHash(dataset),
    );
  });

  it("ignores version and contentHash but nothing else", () => {
    const a = { id: "x", version: "1.0.0", contentHash: "a", entities: [] };
    const b = { ...a, version: "2.0.0", contentHash: "b" };
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash({ ...a, id: "y" })).not.toBe(contentHash(a));
  });

  it("hashes a table longer than one chunk the same as the text in one piece", () => {
    const big = {
      id: "big",
      notes: Array.from({ length: 2000 }, (_, i) => ({ id: `note-${i}`, text: "’".repeat(i % 7) })),
    };
    expect(contentHash(big)).toBe(nodeSha256(canonicalJson(big)));
  });
});
