import { describe, expect, it } from "vitest";
import { validateDataset } from "../validate/validate.js";
import { baseDataset, edit, spanOf, TEXT } from "./tests/fixture.js";

describe("diff test fixture", () => {
  it("is a valid dataset", () => {
    const result = validateDataset(baseDataset());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("stays valid after an edit, because edit recomputes the hashes", () => {
    const b = edit(baseDataset(), (d) => {
      d.claims[0]!.value = 772000;
      d.claims[0]!.bounds.low = 772000;
    });
    expect(validateDataset(b).ok).toBe(true);
  });

  it("locates spans by UTF-16 index, past astral characters", () => {
    const span = spanOf("Vladimir Putin");
    expect(span.start).toBe(5); // 🇷🇺 is four UTF-16 code units, then a space
    expect(TEXT.slice(span.start, span.end)).toBe("Vladimir Putin");
    expect(() => spanOf("Putin", 9)).toThrow(/occurrence 9 of "Putin"/);
  });
});
