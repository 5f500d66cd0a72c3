import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonDepthExceeds } from "./limits.js";

/** The rule, one character at a time: a backslash in a string escapes the next character. */
function reference(text: string, limit: number): { exceeded: boolean; offset: number } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (++depth > limit) return { exceeded: true, offset: i };
    } else if (c === "}" || c === "]") depth--;
  }
  return { exceeded: false, offset: -1 };
}

describe("jsonDepthExceeds", () => {
  it("finds the first bracket past the limit, outside strings only", () => {
    expect(jsonDepthExceeds('{"a":[[1]]}', 3)).toEqual({ exceeded: false, offset: -1 });
    expect(jsonDepthExceeds('{"a":[[1]]}', 2)).toEqual({ exceeded: true, offset: 6 });
    expect(jsonDepthExceeds('{"[[[[": "“{[”\\\\", "b": [1]}', 1)).toEqual({ exceeded: true, offset: 24 });
    expect(jsonDepthExceeds('["a\\\\\\"[[[", [[]]]', 2)).toEqual({ exceeded: true, offset: 14 });
    expect(jsonDepthExceeds('["unterminated [[[[', 1)).toEqual({ exceeded: false, offset: -1 });
    expect(jsonDepthExceeds(`${"[".repeat(20_000)}${"]".repeat(20_000)}`, 64)).toEqual({ exceeded: true, offset: 64 });
  });

  it("agrees with the character-by-character rule on any text of quotes, backslashes and brackets", () => {
    const piece = fc.constantFrom('"', "\\", "{", "}", "[", "]", "a", "“", "…", "😀", ",", ":");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 0, max: 6 }), (pieces, limit) => {
        const text = pieces.join("");
        expect(jsonDepthExceeds(text, limit)).toEqual(reference(text, limit));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
