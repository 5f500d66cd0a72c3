// Properties of anchor resolution, offset conversion and canonical JSON,
// checked against naive reference implementations on generated texts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnchorQuery, findWholeWord, resolveAnchor } from "../../src/text/anchor.js";
import { canonicalJson, contentHash } from "../../src/text/canonical.js";
import { createOffsetConverter, splitsSurrogatePair } from "../../src/text/offsets.js";
import { sha256 } from "../../src/text/sha256.js";
import { arbDataset, arbText, boundaries } from "./arbitraries.js";

const RUNS = { numRuns: 400 };

/** Every scalar inside `value`, with its path. */
function leavesOf(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (value !== null && typeof value === "object") {
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return entries.flatMap(([key, v]) => leavesOf(v, [...path, key]));
  }
  return [{ path, value }];
}

/** A different scalar of a plausible kind. */
function changed(value: unknown): unknown {
  if (typeof value === "string") return `${value}!`;
  if (typeof value === "number") return value + 1;
  if (typeof value === "boolean") return !value;
  return "now set";
}
const WORD = /^[\p{L}\p{N}\p{M}_]$/u;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The code point that ends just before `index`, or "" at the start. */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const low = text.charCodeAt(index - 1);
  return isLow(low) && index >= 2 && isHigh(text.charCodeAt(index - 2))
    ? text.slice(index - 2, index)
    : text.slice(index - 1, index);
}

/** The code point that starts at `index`, or "" at the end. */
function codePointAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? "" : String.fromCodePoint(cp);
}

/** Reference: every offset where `needle` occurs as whole words, without splitting a surrogate pair. */
function referenceMatches(text: string, needle: string): number[] {
  const first = codePointAt(needle, 0);
  const last = codePointBefore(needle, needle.length);
  const out: number[] = [];
  for (let i = 0; i + needle.length <= text.length; i++) {
    if (!text.startsWith(needle, i)) continue;
    const end = i + needle.length;
    if (WORD.test(first) && WORD.test(codePointBefore(text, i))) continue;
    if (WORD.test(last) && WORD.test(codePointAt(text, end))) continue;
    if (splitsSurrogatePair(text, i) || splitsSurrogatePair(text, end)) continue;
    out.push(i);
  }
  return out;
}

/** A text and a stretch of it, `[start, end)`, possibly splitting anything. */
const arbTextAndRange = arbText().chain((text) =>
  fc
    .tuple(fc.nat({ max: text.length }), fc.nat({ max: text.length }))
    .map(([x, y]) => ({ text, start: Math.min(x, y), end: Math.max(x, y) })),
);

/** A query for the stretch, with some context and a random occurrence. */
const arbQuery = arbTextAndRange.chain(({ text, start, end }) =>
  fc
    .record({
      before: fc.option(fc.nat({ max: 6 }), { nil: undefined }),
      after: fc.option(fc.nat({ max: 6 }), { nil: undefined }),
      occurrence: fc.option(
        fc.oneof(
          fc.integer({ min: -1, max: 5 }),
          fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 3 }),
          fc.constant("all" as const),
        ),
        { nil: undefined },
      ),
    })
    .map(({ before, after, occurrence }) => {
      const query: AnchorQuery = { text: text.slice(start, end) };
      if (before !== undefined) query.prefix = text.slice(Math.max(0, start - before), start);
      if (after !== undefined) query.suffix = text.slice(end, end + after);
      if (occurrence !== undefined) query.occurrence = occurrence;
      return { text, start, end, query };
    }),
);

describe("anchor resolution", () => {
  it("finds exactly the whole-word matches a naive scan finds", () => {
    fc.assert(
      fc.property(arbTextAndRange, ({ text, start, end }) => {
        const needle = text.slice(start, end);
        fc.pre(needle.length > 0);
        expect(findWholeWord(text, needle)).toEqual(referenceMatches(text, needle));
      }),
      RUNS,
    );
  });

  it("never returns a wrong span: each slices to the text, keeps its context and splits no pair or word", () => {
    fc.assert(
      fc.property(arbQuery, ({ text, query }) => {
        const result = resolveAnchor(text, query);
        if (!result.ok) {
          expect(result.message.length).toBeGreaterThan(0);
          if (result.reason === "not-found") expect(result.matches).toEqual([]);
          if (result.reason === "ambiguous") {
            expect(query.occurrence).toBeUndefined();
            expect(result.matches.length).toBeGreaterThan(1);
          }
          if (result.reason === "occurrence-out-of-range") {
            const wanted = typeof query.occurrence === "number" ? [query.occurrence] : query.occurrence;
            expect(Array.isArray(wanted) && wanted.some((n) => result.matches[n - 1] === undefined)).toBe(true);
          }
          return;
        }
        const valid = new Set(referenceMatches(text, query.text));
        for (const span of result.spans) {
          expect(text.slice(span.start, span.end)).toBe(query.text);
          expect(span.text).toBe(query.text);
          expect(span.end - span.start).toBe(query.text.length);
          expect(splitsSurrogatePair(text, span.start)).toBe(false);
          expect(splitsSurrogatePair(text, span.end)).toBe(false);
          expect(valid.has(span.start)).toBe(true);
          if (query.prefix !== undefined) expect(text.slice(0, span.start).endsWith(query.prefix)).toBe(true);
          if (query.suffix !== undefined) expect(text.startsWith(query.suffix, span.end)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("resolves every whole-word occurrence by its number, and `all` lists them in text order", () => {
    fc.assert(
      fc.property(arbTextAndRange, ({ text, start, end }) => {
        const needle = text.slice(start, end);
        fc.pre(needle.length > 0);
        const matches = referenceMatches(text, needle);
        matches.forEach((at, i) => {
          const result = resolveAnchor(text, { text: needle, occurrence: i + 1 });
          expect(result).toEqual({ ok: true, spans: [{ start: at, end: at + needle.length, text: needle }] });
        });
        const all = resolveAnchor(text, { text: needle, occurrence: "all" });
        if (matches.length === 0) expect(all.ok ? "found" : all.reason).toBe("not-found");
        else expect(all.ok && all.spans.map((s) => s.start)).toEqual(matches);
        const bare = resolveAnchor(text, { text: needle });
        const expected = matches.length === 0 ? "not-found" : matches.length === 1 ? "ok" : "ambiguous";
        expect(bare.ok ? "ok" : bare.reason).toBe(expected);
      }),
      RUNS,
    );
  });

  it("pins the chosen stretch with enough prefix and suffix, unless it is not a whole-word match", () => {
    fc.assert(
      fc.property(arbTextAndRange, ({ text, start, end }) => {
        const needle = text.slice(start, end);
        fc.pre(needle.length > 0);
        // The whole text before and after always tells occurrences apart.
        const result = resolveAnchor(text, { text: needle, prefix: text.slice(0, start), suffix: text.slice(end) });
        if (referenceMatches(text, needle).includes(start)) {
          expect(result).toEqual({ ok: true, spans: [{ start, end, text: needle }] });
        } else {
          expect(result.ok ? "ok" : result.reason).toBe("not-found");
        }
      }),
      RUNS,
    );
  });

  it("searches only inside `within`", () => {
    fc.assert(
      fc.property(arbTextAndRange, fc.nat(), fc.nat(), ({ text, start, end }, a, b) => {
        const needle = text.slice(start, end);
        fc.pre(needle.length > 0);
        const lo = a % (text.length + 1);
        const hi = lo + (b % (text.length - lo + 1));
        const found = findWholeWord(text, needle, { start: lo, end: hi });
        expect(found).toEqual(referenceMatches(text, needle).filter((m) => m >= lo && m + needle.length <= hi));
      }),
      RUNS,
    );
  });
});

describe("UTF-16 ↔ code point offsets", () => {
  // Lone surrogates included: the converter counts them as one code point each, as `[...text]` does.
  const arbAnyText = fc.oneof(
    arbText(),
    fc.string({ unit: fc.constantFrom("a", "😀", "\ud800", "\udc00", "é", "\r\n") }),
    fc.string({ unit: "binary" }),
  );

  it("round-trips every code point boundary and agrees with [...text]", () => {
    fc.assert(
      fc.property(arbAnyText, (text) => {
        const convert = createOffsetConverter(text);
        const points = [...text];
        let utf16 = 0;
        for (let cp = 0; cp <= points.length; cp++) {
          expect(convert.toCodePoint(utf16)).toBe(cp);
          expect(convert.toUtf16(cp)).toBe(utf16);
          utf16 += points[cp]?.length ?? 0;
        }
        expect(utf16).toBe(text.length);
      }),
      RUNS,
    );
  });

  it("refuses offsets outside the text with a RangeError", () => {
    fc.assert(
      fc.property(arbAnyText, fc.integer({ min: 1, max: 1000 }), (text, over) => {
        const convert = createOffsetConverter(text);
        expect(() => convert.toCodePoint(text.length + over)).toThrow(RangeError);
        expect(() => convert.toCodePoint(-over)).toThrow(RangeError);
        expect(() => convert.toUtf16([...text].length + over)).toThrow(RangeError);
        expect(() => convert.toUtf16(-over)).toThrow(RangeError);
      }),
      RUNS,
    );
  });

  it("maps exactly the boundaries() of a text to distinct code point offsets", () => {
    fc.assert(
      fc.property(arbText(), (text) => {
        const convert = createOffsetConverter(text);
        expect(boundaries(text).map((b) => convert.toCodePoint(b))).toEqual(
          Array.from({ length: [...text].length + 1 }, (_, i) => i),
        );
      }),
      RUNS,
    );
  });
});

/** A copy of `value` with every object's keys in a random order (seeded by `seed`). */
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((v, i) => shuffleKeys(v, seed + i + 1));
  if (value === null || typeof value !== "object") return value;
  const keys = Object.keys(value);
  let s = seed;
  for (let i = keys.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [keys[i], keys[j]] = [keys[j] as string, keys[i] as string];
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    Object.defineProperty(out, key, {
      value: shuffleKeys((value as Record<string, unknown>)[key], seed ^ key.length),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

// JSON values with the keys that trip up naive code, and no -0 (JSON cannot tell it from 0).
const arbJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    fc.string({ unit: "grapheme" }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string(), fc.constantFrom("__proto__", "constructor", "prototype", "toString", "", "é", "e\u0301")),
      tie("value"),
      { maxKeys: 5 },
    ),
  ),
})).value;

/**
 * Reference canonical JSON, written the obvious way: JSON.stringify for
 * scalars, keys sorted with the default sort, undefined members left out.
 * (JSON.stringify of a sorted copy is not a reference: JS objects put
 * integer-like keys first whatever the insertion order.)
 */
function referenceCanonical(value: unknown): string {
  if (Array.isArray(value))
    return `[${value.map((v) => (v === undefined ? "null" : referenceCanonical(v))).join(",")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .filter((key) => record[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${referenceCanonical(record[key])}`);
  return `{${members.join(",")}}`;
}

describe("canonical JSON", () => {
  it("equals JSON.stringify of a sorted copy, for any JSON value", () => {
    fc.assert(
      fc.property(arbJson, (value) => {
        expect(canonicalJson(value)).toBe(referenceCanonical(value));
      }),
      RUNS,
    );
  });

  it("equals the reference for generated datasets, whose objects under one key change shape", () => {
    fc.assert(
      fc.property(arbDataset(), (dataset) => {
        expect(canonicalJson(dataset)).toBe(referenceCanonical(dataset));
        const { version: _v, contentHash: _h, ...content } = dataset;
        expect(contentHash(dataset)).toBe(sha256(referenceCanonical(content)));
      }),
      { numRuns: 200 },
    );
  });

  it("parse → canonicalJson → parse is stable, and the output has no whitespace between tokens", () => {
    fc.assert(
      fc.property(arbJson, (value) => {
        const once = canonicalJson(value);
        expect(canonicalJson(JSON.parse(once))).toBe(once);
        expect(JSON.parse(once)).toEqual(JSON.parse(JSON.stringify(value)));
        // Same tokens as JSON.stringify writes (key order aside: JS puts integer-like keys first, JCS does not).
        expect(once.length).toBe(JSON.stringify(JSON.parse(once)).length);
      }),
      RUNS,
    );
  });

  it("does not depend on key order or on the input's whitespace", () => {
    fc.assert(
      fc.property(arbJson, fc.integer(), fc.constantFrom(0, 1, 2, "\t", " \r\n"), (value, seed, indent) => {
        const reparsed = JSON.parse(JSON.stringify(shuffleKeys(value, seed), null, indent as string | number));
        expect(canonicalJson(reparsed)).toBe(canonicalJson(value));
      }),
      RUNS,
    );
  });

  it("keeps `__proto__` a plain key and leaves Object.prototype alone", () => {
    fc.assert(
      fc.property(arbJson, (value) => {
        const parsed = JSON.parse(`{"__proto__":{"polluted":true},"a":${JSON.stringify(value)}}`);
        expect(canonicalJson(parsed).startsWith('{"__proto__":{"polluted":true},"a":')).toBe(true);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it("gives a dataset the same contentHash whatever its key order and whitespace, and ignores version", () => {
    fc.assert(
      fc.property(arbDataset(), fc.integer(), fc.constantFrom(0, 2, "\t"), (dataset, seed, indent) => {
        const record = dataset as unknown as Record<string, unknown>;
        const text = JSON.stringify(shuffleKeys(dataset, seed), null, indent as string | number);
        const reparsed = JSON.parse(text) as Record<string, unknown>;
        expect(contentHash(reparsed)).toBe(dataset.contentHash);
        expect(contentHash({ ...reparsed, version: "9.9.9", contentHash: "x" })).toBe(contentHash(record));
      }),
      { numRuns: 200 },
    );
  });

  it("changes the hash when any value anywhere in the content changes", () => {
    fc.assert(
      fc.property(arbDataset(), fc.nat(), (dataset, pick) => {
        const leaves = leavesOf(dataset).filter(({ path }) => path[0] !== "version" && path[0] !== "contentHash");
        const { path, value } = leaves[pick % leaves.length]!;
        const edited = structuredClone(dataset) as unknown as Record<string | number, unknown>;
        let parent = edited as Record<string | number, unknown>;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path[path.length - 1]!] = changed(value);
        expect(contentHash(edited), path.join(".")).not.toBe(dataset.contentHash);
      }),
      { numRuns: 300 },
    );
  });

  it("covers every table, tombstones included", () => {
    fc.assert(
      fc.property(arbDataset(), (dataset) => {
        for (const table of ["entities", "quotes", "claims", "notes", "retired"] as const) {
          const edited = structuredClone(dataset);
          (edited[table] as unknown[]).push({ id: "added-by-hand" });
          expect(contentHash(edited), table).not.toBe(dataset.contentHash);
        }
      }),
      { numRuns: 50 },
    );
  });
});
