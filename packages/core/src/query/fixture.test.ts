import { describe, expect, it } from "vitest";
import { validateDataset } from "../validate/validate.js";
import { buildFixture, FIXTURE_TEXT } from "./fixture.test-helper.js";

describe("query test fixture", () => {
  it("is a valid dataset", () => {
    expect(validateDataset(buildFixture()).issues).toEqual([]);
  });

  it("puts astral characters before every span, so UTF-16 and code point offsets differ", () => {
    const firstSpan = FIXTURE_TEXT.indexOf("Victory");
    expect([...FIXTURE_TEXT.slice(0, firstSpan)].length).toBeLessThan(firstSpan);
  });
});
