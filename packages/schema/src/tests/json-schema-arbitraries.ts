/**
 * fast-check arbitraries read off a JSON Schema (the subset our generated
 * schemas use: type, properties, required, additionalProperties, enum,
 * const, pattern, minLength, maxLength, minimum, maximum, items, minItems,
 * anyOf, oneOf). `valid` builds documents the schema accepts; `nearMiss`
 * builds documents one mutation away from a valid one. Neither knows zod:
 * they are derived from the JSON Schema alone, so zod and a JSON Schema
 * validator can be compared on them.
 */
import fc from "fast-check";

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema nodes are arbitrary JSON
export type Node = Record<string, any>;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TYPES = ["string", "number", "integer", "boolean", "null", "object", "array"] as const;
type Type = (typeof TYPES)[number];

/** Longest list generated where the schema sets no bound: enough to show every shape, small enough to run often. */
const MAX_ITEMS = 3;

function typesOf(node: Node): Type[] {
  if (Array.isArray(node.type)) return node.type;
  if (typeof node.type === "string") return [node.type as Type];
  return [];
}

/** The node restricted to one of its types, so `{ type: ["number", "null"], minimum }` splits in two. */
const withType = (node: Node, type: Type): Node => ({ ...node, type });

/** Single code points of every width: ASCII, curly quotes and dashes, and astral code points (two UTF-16 units each). */
const char = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom("“", "”", "’", "–", "—", "…", "é") },
  { weight: 2, arbitrary: fc.constantFrom("🦊", "👋", "𝔘", "😀") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);

/** A string of `min`..`max` code points, JSON Schema's measure of length. */
function codePoints(min: number, max: number): fc.Arbitrary<string> {
  const short = fc.array(char, { minLength: min, maxLength: Math.min(max, min + 12) }).map((cs) => cs.join(""));
  // Strings right at the bound, where validators that count differently part ways.
  if (!Number.isFinite(max) || max <= min + 12) return short;
  const atBound = fc.array(char, { minLength: max, maxLength: max }).map((cs) => cs.join(""));
  return fc.oneof({ weight: 4, arbitrary: short }, atBound);
}

const lengthOf = (s: string) => [...s].length;

/** The pattern with its negative lookaheads taken out (fast-check cannot generate them), and what they forbid. */
function splitLookaheads(pattern: string): { base: string; forbidden: string[] } {
  const forbidden: string[] = [];
  const base = pattern.replace(/\(\?!([^()]*)\)/g, (_, alternatives: string) => {
    forbidden.push(...alternatives.split("|"));
    return "";
  });
  return { base, forbidden };
}

function validString(node: Node): fc.Arbitrary<string> {
  const min = node.minLength ?? 0;
  const max = node.maxLength ?? Number.POSITIVE_INFINITY;
  const fits = (s: string) => lengthOf(s) >= min && lengthOf(s) <= max;
  if (node.pattern !== undefined) {
    const full = new RegExp(node.pattern, "u");
    const { base } = splitLookaheads(node.pattern);
    return fc.stringMatching(new RegExp(base)).filter((s) => full.test(s) && fits(s));
  }
  return codePoints(min, max);
}

function validNumber(node: Node, integer: boolean): fc.Arbitrary<number> {
  const min = node.minimum ?? (integer ? Number.MIN_SAFE_INTEGER : -1e12);
  const max = node.maximum ?? (integer ? Number.MAX_SAFE_INTEGER : 1e12);
  if (integer) {
    return fc.oneof(
      fc.constantFrom(min, max),
      fc.integer({ min: Math.max(min, -1000), max: Math.min(max, 1000) }),
      fc.maxSafeInteger().filter((n) => n >= min && n <= max),
    );
  }
  return fc.oneof(fc.constantFrom(min, max), fc.double({ min, max, noNaN: true }));
}

/** Builds each node's arbitrary once: near-misses rebuild their surroundings for every mutated branch. */
function memo(build: (node: Node) => fc.Arbitrary<Json>): (node: Node) => fc.Arbitrary<Json> {
  const cache = new WeakMap<Node, fc.Arbitrary<Json>>();
  return (node) => {
    let arbitrary = cache.get(node);
    if (arbitrary === undefined) {
      arbitrary = build(node);
      cache.set(node, arbitrary);
    }
    return arbitrary;
  };
}

/** Documents `node` accepts. */
export const valid = memo(buildValid);

function buildValid(node: Node): fc.Arbitrary<Json> {
  const branches = node.anyOf ?? node.oneOf;
  if (branches) return fc.oneof(...(branches as Node[]).map(valid));
  if (node.const !== undefined) return fc.constant(node.const);
  if (node.enum) return fc.constantFrom(...(node.enum as Json[]));
  const types = typesOf(node);
  if (types.length > 1) return fc.oneof(...types.map((t) => valid(withType(node, t))));
  switch (types[0]) {
    case "null":
      return fc.constant(null);
    case "boolean":
      return fc.boolean();
    case "string":
      return validString(node);
    case "integer":
      return validNumber(node, true);
    case "number":
      return validNumber(node, false);
    case "array":
      return fc.array(valid(node.items), {
        minLength: node.minItems ?? 0,
        maxLength: Math.max(node.minItems ?? 0, MAX_ITEMS),
      });
    case "object": {
      const properties: Record<string, Node> = node.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, sub]) => [key, valid(sub)]));
      return fc.record(model, { requiredKeys: node.required ?? [] }) as fc.Arbitrary<Json>;
    }
    default:
      throw new Error(`no generator for schema node ${JSON.stringify(node).slice(0, 200)}`);
  }
}

/** One value of each JSON type, to put where another type belongs. */
const OTHER_TYPES: Record<Type, Json[]> = {
  string: [null, 0, true, [], {}],
  number: [null, "1", true, [], {}],
  integer: [null, "1", true, [], {}],
  boolean: [null, "true", 1, [], {}],
  null: ["null", 0, false, [], {}],
  object: [null, "{}", 1, true, []],
  array: [null, "[]", 1, true, {}],
};

function wrongType(node: Node): fc.Arbitrary<Json> {
  const types = typesOf(node);
  const own = new Set(types.flatMap((t) => (t === "number" ? ["number", "integer"] : [t])));
  const others = [...new Set(types.flatMap((t) => OTHER_TYPES[t]))].filter((v) => {
    const t = v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
    return !own.has(t) && !(t === "number" && own.has("integer") && Number.isInteger(v));
  });
  return others.length ? fc.constantFrom(...others) : fc.constant({ wrong: "type" });
}

function nearMissString(node: Node): fc.Arbitrary<Json> {
  const misses: fc.Arbitrary<Json>[] = [wrongType(node)];
  const ok = validString(node);
  if (node.pattern !== undefined) {
    const full = new RegExp(node.pattern, "u");
    const { forbidden } = splitLookaheads(node.pattern);
    misses.push(
      fc
        .tuple(ok, fc.constantFrom(" ", "A", "é", "🦊", "-", ".", "\n"))
        .chain(([s, c]) => fc.constantFrom(`${c}${s}`, `${s}${c}`, s.toUpperCase())),
      fc.string({ unit: "grapheme-ascii", maxLength: 12 }).filter((s) => !full.test(s)),
    );
    // What a negative lookahead forbids: `q-alliance` where an entity id belongs.
    if (forbidden.length) misses.push(fc.tuple(fc.constantFrom(...forbidden), ok).map(([p, s]) => `${p}${s}`));
  }
  if (node.minLength !== undefined) {
    misses.push(codePoints(0, Math.max(0, node.minLength - 1)).filter((s) => lengthOf(s) < node.minLength));
  }
  if (node.maxLength !== undefined) {
    misses.push(
      node.pattern !== undefined
        ? ok.map((s) => s.padEnd(node.maxLength + 1, s.at(-1) ?? "a"))
        : codePoints(node.maxLength + 1, node.maxLength + 1),
    );
  }
  return fc.oneof(...misses);
}

function nearMissNumber(node: Node, integer: boolean): fc.Arbitrary<Json> {
  const misses: fc.Arbitrary<Json>[] = [wrongType(node)];
  if (node.minimum !== undefined) misses.push(fc.constantFrom(node.minimum - 1, node.minimum - 0.5));
  if (node.maximum !== undefined) misses.push(fc.constantFrom(node.maximum + 1, node.maximum + 0.5));
  if (integer) misses.push(validNumber(node, true).map((n) => (n === node.maximum ? n - 0.5 : n + 0.5)));
  return fc.oneof(...misses);
}

/** `record` with one property replaced, added or removed. */
function nearMissObject(node: Node): fc.Arbitrary<Json> {
  const properties: Record<string, Node> = node.properties ?? {};
  const keys = Object.keys(properties);
  const required: string[] = node.required ?? [];
  const base = valid(node) as fc.Arbitrary<Record<string, Json>>;
  const misses: fc.Arbitrary<Json>[] = [wrongType(node)];
  if (required.length) {
    misses.push(
      fc.tuple(base, fc.constantFrom(...required)).map(([o, key]) => {
        const copy = { ...o };
        delete copy[key];
        return copy;
      }),
    );
  }
  if (node.additionalProperties === false) {
    misses.push(
      fc
        .tuple(
          base,
          fc.constantFrom("extra", "__proto__", "constructor", "Id", "colour"),
          fc.jsonValue({ maxDepth: 1 }),
        )
        .filter(([, key]) => !keys.includes(key))
        .map(([o, key, value]) => {
          const copy = { ...o };
          Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
          return copy;
        }),
    );
  }
  if (keys.length) {
    misses.push(
      fc
        .constantFrom(...keys)
        .chain((key) =>
          fc.tuple(base, fc.constant(key), nearMiss(properties[key]!)).map(([o, k, v]) => ({ ...o, [k]: v })),
        ),
    );
  }
  // A span whose end comes before its start: valid to the JSON Schema, which compares no two fields.
  if (properties.start && properties.end) {
    misses.push(
      base
        .filter((o) => o.start !== o.end)
        .map((o) => ({
          ...o,
          start: Math.max(o.start as number, o.end as number),
          end: Math.min(o.start as number, o.end as number),
        })),
    );
  }
  return fc.oneof(...misses);
}

function nearMissArray(node: Node): fc.Arbitrary<Json> {
  const items: Node = node.items;
  const min = node.minItems ?? 0;
  const misses: fc.Arbitrary<Json>[] = [
    wrongType(node),
    fc
      .tuple(
        fc.array(valid(items), { minLength: 0, maxLength: MAX_ITEMS - 1 }),
        nearMiss(items),
        fc.array(valid(items), { minLength: 0, maxLength: 1 }),
      )
      .map(([before, miss, after]) => [...before, miss, ...after]),
  ];
  if (min > 0) misses.push(fc.array(valid(items), { minLength: 0, maxLength: min - 1 }));
  return fc.oneof(...misses);
}

/**
 * Documents one mutation away from one `node` accepts: a required key
 * dropped, an unknown key added, a value of the wrong type, a number out of
 * range, a string off its pattern or its length, a list too short, a span's
 * start and end swapped, each at any depth. Some are still valid (a
 * mutated branch of a union may match another); what matters is that every
 * validator says the same of each.
 */
export const nearMiss = memo(buildNearMiss);

function buildNearMiss(node: Node): fc.Arbitrary<Json> {
  const branches = node.anyOf ?? node.oneOf;
  if (branches) return fc.oneof(...(branches as Node[]).map(nearMiss));
  if (node.const !== undefined) return fc.constantFrom(`${node.const}x`, null, 0);
  if (node.enum) {
    const values = node.enum as Json[];
    return fc.oneof(
      fc.constantFrom(...values.map((v) => (typeof v === "string" ? v.toUpperCase() : `${v}`))),
      fc.constantFrom(null, 0, "other"),
    );
  }
  const types = typesOf(node);
  if (types.length > 1) return fc.oneof(...types.map((t) => nearMiss(withType(node, t))));
  switch (types[0]) {
    case "null":
    case "boolean":
      return wrongType(node);
    case "string":
      return nearMissString(node);
    case "integer":
      return nearMissNumber(node, true);
    case "number":
      return nearMissNumber(node, false);
    case "array":
      return nearMissArray(node);
    case "object":
      return nearMissObject(node);
    default:
      return fc.constant({ unexpected: true });
  }
}
