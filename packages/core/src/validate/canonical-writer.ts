import type * as z from "zod";
import { createNativeHash, type NativeHash, sha256 } from "../text/sha256.js";

/**
 * `contentHash` for data a zod schema accepts, fast: each record is copied
 * with its keys in sorted order (the sort done once per object type, from
 * the schema) and the copies are written by the native `JSON.stringify`,
 * a few dozen records at a time. For data the schema accepts the text is
 * exactly `canonicalJson`'s: strings and finite numbers are written by
 * `JSON.stringify` in both, and an absent or undefined field is left out.
 *
 * Writing canonical JSON piece by piece in JavaScript (as `canonicalJson`
 * must, for any value) costs about twice as much: every `+=` adds a node to
 * a rope that the hash must flatten, and an array of pieces costs a join.
 * Copying an object of a known shape is cheap by comparison.
 */
type Copy = (value: unknown) => unknown;

interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  discriminator?: string;
}
interface Schema {
  _zod: { def: Def; values?: Set<unknown> };
}

/** A schema this copier does not know; the caller then hashes the general way. */
export class UnsupportedWriterError extends Error {
  override name = "UnsupportedWriterError";
}

const same: Copy = (value) => value;

// JavaScript objects list integer-like keys first, whatever their insertion order.
const INDEX_LIKE = /^(?:0|[1-9][0-9]*)$/;

function copyObject(def: Def): Copy {
  const shape = def.shape!;
  const keys = Object.keys(shape).sort();
  if (keys.some((key) => INDEX_LIKE.test(key)))
    throw new UnsupportedWriterError("an object with integer-like keys cannot be written in sorted order");
  const copies = keys.map((key) => copy(shape[key]!));
  const n = keys.length;
  return (value) => {
    const record = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      const field = record[key];
      if (field !== undefined) out[key] = copies[i]!(field);
    }
    return out;
  };
}

function copyArray(def: Def): Copy {
  const element = copy(def.element!);
  if (element === same) return same;
  return (value) => {
    const list = value as unknown[];
    const out = new Array<unknown>(list.length);
    for (let i = 0; i < list.length; i++) out[i] = element(list[i]);
    return out;
  };
}

function copyUnion(def: Def): Copy {
  const key = def.discriminator;
  if (key === undefined) throw new UnsupportedWriterError("only discriminated unions are supported");
  const byValue = new Map<unknown, Copy>();
  for (const option of def.options!) {
    const values = option._zod.def.shape?.[key]?._zod.values;
    if (!values) throw new UnsupportedWriterError(`a union option without a literal "${key}"`);
    const c = copy(option);
    for (const v of values) byValue.set(v, c);
  }
  return (value) => byValue.get((value as Record<string, unknown>)[key])!(value);
}

function copy(schema: Schema): Copy {
  const def = schema._zod.def;
  switch (def.type) {
    case "string":
    case "number":
    case "boolean":
    case "enum":
    case "literal":
      return same;
    case "nullable": {
      const inner = copy(def.innerType!);
      return inner === same ? same : (value) => (value === null ? null : inner(value));
    }
    case "optional":
      return copy(def.innerType!);
    case "object":
      return copyObject(def);
    case "array":
      return copyArray(def);
    case "union":
      return copyUnion(def);
    default:
      throw new UnsupportedWriterError(`zod type "${def.type}" is not supported`);
  }
}

// Records are written and hashed this many at a time: few calls into the
// hash, and no string much longer than a few dozen records.
const RECORDS = 64;

/** Hashes text as it comes, natively where the host has a synchronous SHA-256. */
class TextHash {
  private readonly native: NativeHash | null = createNativeHash ? createNativeHash() : null;
  private readonly parts: string[] = [];

  write(text: string): void {
    if (this.native) this.native.update(text, "utf8");
    else this.parts.push(text);
  }

  digest(): string {
    return this.native ? this.native.digest("hex") : sha256(this.parts.join(""));
  }
}

/** The keys of a dataset that its `contentHash` does not cover. */
const UNHASHED = new Set(["version", "contentHash"]);

/**
 * Compiles `contentHash` for datasets the `schema` (a strict object of
 * tables and fields) accepts, or throws `UnsupportedWriterError`.
 */
export function compileContentHash(schema: z.ZodType): (dataset: object) => string {
  const root = (schema as unknown as Schema)._zod.def;
  if (root.type !== "object") throw new UnsupportedWriterError("the dataset schema is not an object");
  const shape = root.shape!;
  const fields = Object.keys(shape)
    .filter((key) => !UNHASHED.has(key))
    .sort()
    .map((key) => {
      const def = shape[key]!._zod.def;
      return {
        key,
        prefix: JSON.stringify(key),
        // A table is copied and written a few records at a time.
        element: def.type === "array" ? copy(def.element!) : null,
        whole: copy(shape[key]!),
      };
    });
  return (dataset) => {
    const record = dataset as Record<string, unknown>;
    const hash = new TextHash();
    let first = true;
    const chunk: unknown[] = [];
    for (const { key, prefix, element, whole } of fields) {
      const value = record[key];
      if (value === undefined) continue;
      hash.write(`${first ? "{" : ","}${prefix}:`);
      first = false;
      if (!element) {
        hash.write(JSON.stringify(whole(value)));
        continue;
      }
      const list = value as unknown[];
      hash.write("[");
      for (let start = 0; start < list.length; start += RECORDS) {
        const end = Math.min(start + RECORDS, list.length);
        chunk.length = end - start;
        for (let i = start; i < end; i++) chunk[i - start] = element(list[i]);
        const text = JSON.stringify(chunk);
        // Without the chunk's brackets, and a comma between chunks.
        hash.write(start ? `,${text.slice(1, -1)}` : text.slice(1, -1));
      }
      hash.write("]");
    }
    hash.write(first ? "{}" : "}");
    return hash.digest();
  };
}
