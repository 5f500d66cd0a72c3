import { describe, expect, it } from "vitest";
import { createOffsetConverter, splitsSurrogatePair } from "./offsets.js";

describe("offsets", () => {
  const text = "a👋b🏽“c”…d";
  const convert = createOffsetConverter(text);

  it("counts code points before each UTF-16 offset", () => {
    const points = Array.from(text);
    let utf16 = 0;
    points.forEach((ch, cp) => {
      expect(convert.toCodePoint(utf16)).toBe(cp);
      expect(convert.toUtf16(cp)).toBe(utf16);
      utf16 += ch.length;
    });
    expect(convert.toCodePoint(text.length)).toBe(points.length);
    expect(convert.toUtf16(points.length)).toBe(text.length);
  });

  it("detects offsets inside a surrogate pair", () => {
    expect(splitsSurrogatePair(text, 2)).toBe(true);
    expect(splitsSurrogatePair(text, 1)).toBe(false);
    expect(splitsSurrogatePair(text, 3)).toBe(false);
  });

  it("rejects offsets outside the text", () => {
    expect(() => convert.toCodePoint(text.length + 1)).toThrow(RangeError);
    expect(() => convert.toUtf16(-1)).toThrow(RangeError);
  });
});
