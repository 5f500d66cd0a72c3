/**
 * Whatever the text, the draft compiles: random and hostile texts (unbalanced
 * quotes, huge numbers, astral and control characters, very long lines) →
 * draft → compile succeeds every time. Bounded by the number of cases;
 * `npm run fuzz` runs many more.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftAndCompile } from "./tests/helpers.js";
import { hostileText } from "./tests/hostile.js";

describe("draft on random and hostile texts", () => {
  it("always compiles", () => {
    fc.assert(
      fc.property(hostileText(), (text) => {
        const { dataset } = draftAndCompile(text);
        expect(dataset.source.text).toBe(text);
      }),
      { numRuns: 250, seed: 20260501 },
    );
  });
});
