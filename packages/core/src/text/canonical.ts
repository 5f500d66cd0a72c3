import { createNativeHash, type NativeHash, sha256 } from "./sha256.js";

/**
 * How objects of one shape are written: their keys in input order (to
 * recognise the shape) and the same keys sorted, with their `"key":`
 * prefixes. Objects under one key (every mention, every span) nearly always
 * share a shape, so each key remembers the last shape seen under it and the
 * sort runs once per shape, not once per object.
 */
interface Shape {
  keys: string[];
  sorted: string[];
  prefixes: string[];
}

/** The last shape seen under each key (the root object's under ""). */
type Shapes = Map<string, Shape>;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function shapeOf(object: object, under: string, shapes: Shapes): Shape {
  const keys = Object.keys(object);
  const known = shapes.get(under);
  if (known && sameKeys(known.keys, keys)) return known;
  const sorted = [...keys].sort();
  const shape = { keys, sorted, prefixes: sorted.map((key) => `${JSON.stringify(key)}:`) };
  shapes.set(under, shape);
  return shape;
}

/** Whether JSON leaves a value out of an object (and writes null for it in an array). */
const omitted = (value: unknown) => value === undefined || typeof value === "function" || typeof value === "symbol";

/**
 * `value` in canonical form: what `JSON.stringify` writes, with the keys of
 * every object sorted by UTF-16 code units. Keys whose value JSON leaves out
 * are left out, and such array items become null, as `JSON.stringify` does.
 * Nothing is copied.
 */
function serialize(value: unknown, under: string, shapes: Shapes): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? String(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "object":
      break;
    default:
      // bigint throws, as in JSON.stringify.
      return JSON.stringify(value) ?? "null";
  }
  if (value === null) return "null";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      out += `${i ? "," : ""}${omitted(item) ? "null" : serialize(item, under, shapes)}`;
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const { sorted, prefixes } = shapeOf(record, under, shapes);
  let out = "";
  for (let i = 0; i < sorted.length; i++) {
    const key = sorted[i]!;
    const field = record[key];
    if (omitted(field)) continue;
    out += `${out ? "," : "{"}${prefixes[i]}${serialize(field, key, shapes)}`;
  }
  return out ? `${out}}` : "{}";
}

// Output reaches a hash in chunks of about this many UTF-16 units. One huge
// string made the hash transcode all of it as two-byte text (a single curly
// quote makes every character two bytes wide); in chunks, most of the output
// (keys, ids, numbers) stays one-byte and takes a fast path.
const CHUNK = 8192;

/** Feeds a SHA-256 in chunks, natively where the host has one synchronously. */
class ChunkedHash {
  private buffer = "";
  private readonly native: NativeHash | null = createNativeHash ? createNativeHash() : null;
  private readonly parts: string[] = [];

  write(piece: string): void {
    this.buffer += piece;
    if (this.buffer.length > CHUNK) this.flush();
  }

  private flush(): void {
    if (this.native) this.native.update(this.buffer, "utf8");
    else this.parts.push(this.buffer);
    this.buffer = "";
  }

  digest(): string {
    this.flush();
    return this.native ? this.native.digest("hex") : sha256(this.parts.join(""));
  }
}

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit order, no
 * whitespace, numbers in their shortest round-trip form. For the data
 * claimset writes (finite numbers, no lone surrogates) this is the JSON
 * Canonicalization Scheme of RFC 8785. Undefined for what JSON cannot write
 * at the top (undefined, a function).
 */
export function canonicalJson(value: unknown): string {
  if (omitted(value)) return JSON.stringify(value) as unknown as string;
  return serialize(value, "", new Map());
}

/** The keys of a dataset that its `contentHash` does not cover. */
const UNHASHED = new Set(["version", "contentHash"]);

/**
 * The SHA-256 of a dataset's content: the canonical JSON of the dataset
 * without `version` and `contentHash`, hashed record by record as it is
 * written. Works on any object; the dataset need not be valid.
 */
export function contentHash(dataset: object): string {
  const hash = new ChunkedHash();
  const shapes: Shapes = new Map();
  const record = dataset as Record<string, unknown>;
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const field = record[key];
    if (UNHASHED.has(key) || omitted(field)) continue;
    hash.write(`${first ? "{" : ","}${JSON.stringify(key)}:`);
    first = false;
    if (Array.isArray(field)) {
      // A table: each record is written and handed on by itself.
      hash.write("[");
      for (let i = 0; i < field.length; i++) {
        const item = field[i];
        hash.write(`${i ? "," : ""}${omitted(item) ? "null" : serialize(item, key, shapes)}`);
      }
      hash.write("]");
    } else hash.write(serialize(field, key, shapes));
  }
  hash.write(first ? "{}" : "}");
  return hash.digest();
}
