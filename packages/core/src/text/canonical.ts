import { sha256 } from "./sha256.js";

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit order, no
 * whitespace, numbers in their shortest round-trip form. For the data
 * claimset writes (finite numbers, no lone surrogates) this is the JSON
 * Canonicalization Scheme of RFC 8785.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/** Returns a copy of `value` whose object keys are in sorted order at every depth. */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      // defineProperty, not assignment: a "__proto__" key stays a plain key.
      Object.defineProperty(out, key, {
        value: sortKeys((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}

/** The content a dataset's `contentHash` covers: everything but `version` and `contentHash`. */
export function hashedContent(dataset: Record<string, unknown>): Record<string, unknown> {
  const { version: _version, contentHash: _hash, ...content } = dataset;
  return content;
}

/** sha256 of the canonical JSON of a dataset's content (see `hashedContent`). */
export function contentHash(dataset: Record<string, unknown>): string {
  return sha256(canonicalJson(hashedContent(dataset)));
}
