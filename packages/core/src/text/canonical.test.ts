import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash, sortKeys } from "./canonical.js";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it("is independent of key order", () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });

  it("keeps a __proto__ key as data without touching prototypes", () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    const sorted = sortKeys(input) as Record<string, unknown>;
    expect(Object.keys(sorted)).toEqual(["__proto__", "a"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(canonicalJson(input)).toBe('{"__proto__":{"polluted":true},"a":1}');
  });
});

describe("contentHash", () => {
  it("ignores version and contentHash but nothing else", () => {
    const a = { id: "x", version: "1.0.0", contentHash: "a", entities: [] };
    const b = { ...a, version: "2.0.0", contentHash: "b" };
    expect(contentHash(a)).toBe(contentHash(b));
    expect(contentHash({ ...a, id: "y" })).not.toBe(contentHash(a));
  });
});
