// Seeded mutations of authored YAML, article text and dataset JSON. Each
// mutation takes the bytes of one file and returns new bytes plus a short
// name, so a failing input can be told apart and replayed.

export type Rng = () => number;

/** mulberry32: small, fast, and the same stream for the same seed on every platform. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, n: number) => Math.floor(rng() * n);
const pick = <T>(rng: Rng, items: readonly T[]): T => items[int(rng, items.length)] as T;

/** Characters that break parsers, offsets and terminals: controls, BOM, bidi overrides, lone surrogates, astral. */
const NOISE = [
  "\u0000",
  "\uFEFF",
  "\u202E",
  "\u200D",
  "\uD800",
  "\uDC00",
  "😀",
  "\u0301",
  "\r",
  "\r\n",
  "\u2028",
  "\t",
  "\\",
  '"',
  "'",
  ":",
  ": ",
  "#",
  "&",
  "*",
  "!",
  "%",
  "@",
  "`",
  "|",
  ">",
  "{",
  "[",
  "]",
  "}",
  ",",
  "- ",
  "\u001b[31m",
  "“",
  "–",
  "…",
];

/** Values that change a scalar's type or push a number past what a double holds. */
const ODD_VALUES = [
  "[]",
  "{}",
  "null",
  "~",
  "true",
  "42",
  "-1",
  "0",
  '""',
  '"text"',
  ".nan",
  ".inf",
  "-.inf",
  "0x1F",
  "0o17",
  "1e400",
  "-1e400",
  "1e-400",
  "9007199254740993",
  "123456789012345678901234567890",
  "NaN",
  "Infinity",
  "2024-05-09",
  "[1, [2, [3]]]",
  "{ a: 1 }",
  "*undefinedAlias",
  "!!binary aGVsbG8=",
  "!!js/function 'function () { return 1 }'",
  "!!python/object:os.system 'echo pwned'",
  "!!js/undefined ''",
];

/** Whole lines a hostile author might add to a YAML file. */
const HOSTILE_LINES = [
  "__proto__: { polluted: true }",
  "constructor: { prototype: { polluted: true } }",
  "- __proto__: { polluted: true }",
  "<<: *base",
  "base: &base { id: x }",
  "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "- &a [x, x, x, x, x, x, x, x, x]\n- &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n- &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n- &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n- [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "key: !!js/function 'function () { return 1 }'",
  "- !!python/object/apply:os.system ['echo pwned']",
  "%YAML 1.1\n---",
  "--- !<tag:yaml.org,2002:js/regexp> /x/",
  "? [complex, key]\n: value",
  "id: duplicate\nid: duplicate",
  "---\n- second document",
  "...",
];

export interface Mutation {
  name: string;
  apply(bytes: Buffer, rng: Rng, donors: readonly Buffer[]): Buffer;
}

function lines(bytes: Buffer): string[] {
  return bytes.toString("latin1").split("\n");
}

// Lines are handled as latin1 so that every byte survives, even ones that are not UTF-8.
function join(parts: readonly string[]): Buffer {
  return Buffer.from(parts.join("\n"), "latin1");
}

const utf8 = (text: string) => Buffer.from(text, "utf8").toString("latin1");

/** Replaces `bytes[at, at+length)` with `insert`. */
function splice(bytes: Buffer, at: number, length: number, insert: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, at), insert, bytes.subarray(at + length)]);
}

/** Positions in the text of scalar values after a `key:` or a `- `, and JSON values after `":`. */
function valueSites(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /(?:^\s*-?\s*"?[\w$-]+"?\s*:\s*|^\s*-\s+)([^\n]+?)\s*,?$/gm;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[1] as string;
    const end = m.index + m[0].length - (m[0].length - m[0].trimEnd().length) - (m[0].trimEnd().endsWith(",") ? 1 : 0);
    out.push({ start: end - value.length, end });
  }
  return out;
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: "flip-bits",
    apply(bytes, rng) {
      const out = Buffer.from(bytes);
      if (out.length === 0) return out;
      for (let n = 1 + int(rng, 4); n > 0; n--) {
        const at = int(rng, out.length);
        out[at] = (out[at] as number) ^ (1 << int(rng, 8));
      }
      return out;
    },
  },
  {
    name: "truncate",
    apply: (bytes, rng) => bytes.subarray(0, int(rng, bytes.length + 1)),
  },
  {
    name: "duplicate-lines",
    apply(bytes, rng) {
      const all = lines(bytes);
      const at = int(rng, all.length);
      const count = 1 + int(rng, 8);
      return join([...all.slice(0, at + count), ...all.slice(at, at + count), ...all.slice(at + count)]);
    },
  },
  {
    name: "delete-lines",
    apply(bytes, rng) {
      const all = lines(bytes);
      const at = int(rng, all.length);
      return join([...all.slice(0, at), ...all.slice(at + 1 + int(rng, 4))]);
    },
  },
  {
    name: "swap-lines",
    apply(bytes, rng) {
      const all = lines(bytes);
      const i = int(rng, all.length);
      const j = int(rng, all.length);
      [all[i], all[j]] = [all[j] as string, all[i] as string];
      return join(all);
    },
  },
  {
    name: "swap-values",
    apply(bytes, rng) {
      const text = bytes.toString("latin1");
      const sites = valueSites(text);
      if (sites.length < 2) return bytes;
      const [a, b] = [pick(rng, sites), pick(rng, sites)].sort((x, y) => x.start - y.start) as [
        { start: number; end: number },
        { start: number; end: number },
      ];
      if (a.end > b.start) return bytes;
      const out =
        text.slice(0, a.start) +
        text.slice(b.start, b.end) +
        text.slice(a.end, b.start) +
        text.slice(a.start, a.end) +
        text.slice(b.end);
      return Buffer.from(out, "latin1");
    },
  },
  {
    name: "change-type",
    apply(bytes, rng) {
      const text = bytes.toString("latin1");
      const sites = valueSites(text);
      if (sites.length === 0) return bytes;
      const site = pick(rng, sites);
      return Buffer.from(text.slice(0, site.start) + pick(rng, ODD_VALUES) + text.slice(site.end), "latin1");
    },
  },
  {
    name: "huge-number",
    apply(bytes, rng) {
      const text = bytes.toString("latin1");
      const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?/g)];
      if (numbers.length === 0) return bytes;
      const m = pick(rng, numbers);
      const huge = pick(rng, ["1e400", "-1e400", "1e309", "9".repeat(400), "9007199254740993", "0.0000001e-400", "-0"]);
      return Buffer.from(text.slice(0, m.index) + huge + text.slice(m.index + m[0].length), "latin1");
    },
  },
  {
    name: "deep-nesting",
    apply(bytes, rng) {
      const text = bytes.toString("latin1");
      const sites = valueSites(text);
      const depth = pick(rng, [65, 200, 1000, 20_000]);
      const nested =
        rng() < 0.5 ? "[".repeat(depth) + "1" + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth);
      if (sites.length === 0) return Buffer.from(nested + text, "latin1");
      const site = pick(rng, sites);
      return Buffer.from(text.slice(0, site.start) + nested + text.slice(site.end), "latin1");
    },
  },
  {
    name: "unicode-noise",
    apply(bytes, rng) {
      let out = bytes;
      for (let n = 1 + int(rng, 5); n > 0; n--) {
        out = splice(out, int(rng, out.length + 1), 0, Buffer.from(pick(rng, NOISE), "utf8"));
      }
      return out;
    },
  },
  {
    name: "invalid-utf8",
    apply(bytes, rng) {
      const junk = pick(rng, [[0xff], [0xfe, 0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x80], [0xf0, 0x9f]]);
      return splice(bytes, int(rng, bytes.length + 1), 0, Buffer.from(junk));
    },
  },
  {
    name: "hostile-yaml",
    apply(bytes, rng) {
      const all = lines(bytes);
      const at = int(rng, all.length + 1);
      const indent = /^\s*/.exec(all[at] ?? "")?.[0] ?? "";
      const insert = utf8(pick(rng, HOSTILE_LINES))
        .split("\n")
        .map((l) => indent + l);
      return join([...all.slice(0, at), ...insert, ...all.slice(at)]);
    },
  },
  {
    name: "crossover",
    apply(bytes, rng, donors) {
      if (donors.length === 0) return bytes;
      const donor = pick(rng, donors);
      const from = int(rng, donor.length + 1);
      const chunk = donor.subarray(from, from + int(rng, 400));
      return splice(bytes, int(rng, bytes.length + 1), int(rng, 40), chunk);
    },
  },
];

/** Mutations that understand dataset JSON: they edit the parsed value, then write JSON again. */
export const JSON_MUTATIONS: readonly Mutation[] = [
  {
    name: "json-edit",
    apply(bytes, rng) {
      let value: unknown;
      try {
        value = JSON.parse(bytes.toString("utf8"));
      } catch {
        return bytes;
      }
      const paths: (string | number)[][] = [];
      const walk = (v: unknown, path: (string | number)[]) => {
        paths.push(path);
        // Deeply nested input (from deep-nesting) is edited near the top only.
        if (path.length > 40) return;
        if (Array.isArray(v)) for (const [i, x] of v.entries()) walk(x, [...path, i]);
        else if (v !== null && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
      };
      walk(value, []);
      const path = pick(rng, paths);
      const parentPath = path.slice(0, -1);
      const key = path[path.length - 1];
      const parent = parentPath.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value) as
        | Record<string | number, unknown>
        | undefined;
      const target = parent?.[key as string];
      const RAW = "\u0000raw\u0000";
      let raw: string | null = null;
      const op = int(rng, 9);
      if (parent === undefined || key === undefined) return bytes;
      if (op === 0) {
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
      } else if (op === 1) {
        parent[key] = pick(rng, [null, true, 0, -1, "", "x", [], {}, [1], { a: 1 }]);
      } else if (op === 2 && Array.isArray(parent)) {
        parent.splice(key as number, 0, structuredClone(target));
      } else if (op === 3 && typeof target === "number") {
        parent[key] = target + pick(rng, [-1, 1, 2 ** 31, -(2 ** 53), 0.5]);
      } else if (op === 4) {
        raw = pick(rng, ["1e400", "-1e400", "NaN", "Infinity", "-Infinity", "undefined", "9".repeat(500), "0x10"]);
        parent[key] = RAW;
      } else if (op === 5) {
        const other = pick(rng, paths);
        const swap = other.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value);
        parent[key] = structuredClone(swap);
      } else if (op === 6 && target !== null && typeof target === "object" && !Array.isArray(target)) {
        raw = pick(rng, ['{"polluted":true}', '{"prototype":{"polluted":true}}', "null", '{"toString":1}']);
        const name = pick(rng, ["__proto__", "constructor", "hasOwnProperty"]);
        Object.defineProperty(target, name, { value: RAW, enumerable: true, writable: true, configurable: true });
      } else if (op === 7 && typeof target === "string") {
        parent[key] = target + pick(rng, NOISE) + "x".repeat(pick(rng, [0, 1, 1000]));
      } else {
        raw = "[".repeat(pick(rng, [63, 64, 70, 5000])) + "]".repeat(pick(rng, [63, 64, 70, 5000]));
        parent[key] = RAW;
      }
      let text: string;
      try {
        text = JSON.stringify(value, null, rng() < 0.5 ? 2 : 0);
      } catch {
        return bytes; // nested too deeply for JSON.stringify: leave it as it is
      }
      if (raw !== null) text = text.replace(JSON.stringify(RAW), raw);
      return Buffer.from(text, "utf8");
    },
  },
];

/** Applies 1–3 mutations chosen by `rng`; returns the bytes and the names of what was applied. */
export function mutate(
  bytes: Buffer,
  rng: Rng,
  options: { json?: boolean; donors?: readonly Buffer[] } = {},
): { bytes: Buffer; applied: string[] } {
  const pool = options.json ? [...MUTATIONS, ...JSON_MUTATIONS, ...JSON_MUTATIONS, ...JSON_MUTATIONS] : MUTATIONS;
  const applied: string[] = [];
  let out = bytes;
  for (let n = 1 + int(rng, 3); n > 0; n--) {
    const mutation = pick(rng, pool);
    try {
      out = mutation.apply(out, rng, options.donors ?? []);
      applied.push(mutation.name);
    } catch {
      // Input nested too deeply for the mutation's own recursion (structuredClone, JSON.stringify): skip it.
      applied.push(`${mutation.name} (skipped)`);
    }
  }
  return { bytes: out, applied };
}
