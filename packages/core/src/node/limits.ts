/** Input limits: hostile or broken input fails with a clear error instead of exhausting memory. */
export interface InputLimits {
  /** Largest file read, in bytes. Default 64 MiB (`--max-bytes`). */
  maxBytes: number;
  /** Deepest nesting of arrays and objects in JSON, and of lists and maps in YAML. Default 64 (`--max-depth`); a dataset needs 6. */
  maxDepth: number;
  /** Most records in one table. Default 100,000 (`--max-records`). */
  maxRecords: number;
  /** Most YAML alias expansions in one authored file. Default 100 (`--max-aliases`). */
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxBytes: 64 * 1024 * 1024,
  maxDepth: 64,
  maxRecords: 100_000,
  maxAliasCount: 100,
};

/**
 * The deepest nesting of arrays and objects in JSON text, scanning at most
 * until `limit` is passed. Linear, and safe to run before JSON.parse. Strings
 * (most of a dataset's text) are skipped with `indexOf` to their closing
 * quote, one not preceded by an odd number of backslashes, rather than
 * character by character.
 */
export function jsonDepthExceeds(text: string, limit: number): { exceeded: boolean; offset: number } {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      let end = i;
      for (;;) {
        end = text.indexOf('"', end + 1);
        // An unterminated string: nothing nests after it, and JSON.parse says what is wrong.
        if (end === -1) return { exceeded: false, offset: -1 };
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes++;
        if (slashes % 2 === 0) break;
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > limit) return { exceeded: true, offset: i };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return { exceeded: false, offset: -1 };
}
