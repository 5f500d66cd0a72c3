import { Dataset } from "@claimset/schema";
import type { z } from "zod";
import { canonicalJson, hashedContent } from "../../text/canonical.js";
import { sha256 } from "../../text/sha256.js";

type Hasher = (text: string) => string;

// Node (20.16 and later) hands out its native crypto synchronously through
// process.getBuiltinModule, with no import a browser bundle would trip on.
// Browsers have no synchronous SHA-256, so they keep the portable one. Both
// hash the UTF-8 encoding, lone surrogates as U+FFFD, so digests are equal.
function nativeSha256(): Hasher | null {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (typeof get !== "function") return null;
  try {
    const crypto = get("node:crypto") as {
      createHash?: (algorithm: string) => {
        update(text: string, encoding: "utf8"): { digest(encoding: "hex"): string };
      };
    } | null;
    const createHash = crypto?.createHash;
    if (typeof createHash !== "function") return null;
    return (text) => createHash("sha256").update(text, "utf8").digest("hex");
  } catch {
    return null;
  }
}

const native = nativeSha256();

/** SHA-256 of a string's UTF-8 encoding, in hex: native where the host has it synchronously, else portable. */
export function digest(text: string): string {
  return native ? native(text) : sha256(text);
}

type Serializer = (value: unknown) => string;

interface SchemaDef {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
}

/**
 * Compiles a serializer that writes canonical JSON for data of `schema`: each
 * object's keys are sorted once, here, instead of on every record as
 * `sortKeys` does, and nothing is copied. Anything it does not know (unions)
 * goes to `canonicalJson`. It writes only the keys the schema declares, which
 * is all a dataset that passed the strict schema has.
 */
function compile(schema: z.core.$ZodType, omit: ReadonlySet<string> = new Set()): Serializer {
  const def = schema._zod.def as unknown as SchemaDef;
  if (def.type === "object" && def.shape) {
    const fields = Object.keys(def.shape)
      .filter((key) => !omit.has(key))
      .sort()
      .map((key) => ({ key, prefix: `${JSON.stringify(key)}:`, write: compile(def.shape![key]!) }));
    return (value) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) return canonicalJson(value);
      let out = "";
      for (const { key, prefix, write } of fields) {
        const field = (value as Record<string, unknown>)[key];
        if (field !== undefined) out += (out ? "," : "") + prefix + write(field);
      }
      return `{${out}}`;
    };
  }
  if (def.type === "array" && def.element) {
    const write = compile(def.element);
    return (value) => {
      if (!Array.isArray(value)) return canonicalJson(value);
      let out = "[";
      for (let i = 0; i < value.length; i++)
        out += (i ? "," : "") + (value[i] === undefined ? "null" : write(value[i]));
      return `${out}]`;
    };
  }
  if ((def.type === "nullable" || def.type === "optional") && def.innerType) {
    const write = compile(def.innerType);
    return (value) => (value === null ? "null" : write(value));
  }
  if (def.type === "string" || def.type === "boolean" || def.type === "enum") {
    return (value) => (typeof value === "object" ? canonicalJson(value) : JSON.stringify(value));
  }
  return canonicalJson;
}

const writeContent = compile(Dataset, new Set(["version", "contentHash"]));

/**
 * The canonical JSON of a schema-valid dataset's hashed content: equal to
 * `canonicalJson(hashedContent(dataset))`, several times faster.
 */
export function canonicalContent(dataset: Dataset): string {
  return writeContent(dataset);
}

// Datasets that came out of the strict schema parse, and so have no key the fast form would leave out.
const schemaChecked = new WeakSet<object>();

/** Marks a dataset produced by the schema parse, whose content hash may be taken the fast way. */
export function markSchemaChecked(dataset: Dataset): void {
  schemaChecked.add(dataset);
}

/**
 * Checks `contentHash`. A dataset marked by `markSchemaChecked` is hashed the
 * fast way, any other the general way; a mismatch is always confirmed the
 * general way, so both report the same expected hash.
 */
export function datasetContentHash(dataset: Dataset): { matches: boolean; actual: string } {
  if (schemaChecked.has(dataset)) {
    const fast = digest(canonicalContent(dataset));
    if (fast === dataset.contentHash) return { matches: true, actual: fast };
  }
  const actual = digest(canonicalJson(hashedContent(dataset as unknown as Record<string, unknown>)));
  return { matches: actual === dataset.contentHash, actual };
}
