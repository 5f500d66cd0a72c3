// Offsets in claimset are UTF-16 code units (JavaScript string indices).
// Standards such as W3C Web Annotation count Unicode code points instead;
// these helpers convert between the two.

/** Whether `index` falls between the two halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return false;
  const before = text.charCodeAt(index - 1);
  const after = text.charCodeAt(index);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * Converts UTF-16 offsets to code point offsets in one pass. Build it once per
 * text and reuse it: each lookup is then O(log n) in the number of astral characters.
 */
export function createOffsetConverter(text: string): {
  toCodePoint(utf16: number): number;
  toUtf16(codePoint: number): number;
} {
  // Positions (in UTF-16 units) of the low surrogates of astral characters.
  const astral: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral.push(i + 1);
        i++;
      }
    }
  }
  const countBelow = (limit: number, map: (k: number) => number): number => {
    let lo = 0;
    let hi = astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map(mid) < limit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    toCodePoint(utf16) {
      if (utf16 < 0 || utf16 > text.length) throw new RangeError(`offset ${utf16} outside 0..${text.length}`);
      return utf16 - countBelow(utf16, (k) => astral[k] as number);
    },
    toUtf16(codePoint) {
      // The k-th astral character starts at code point index astral[k] - 1 - k.
      const before = countBelow(codePoint, (k) => (astral[k] as number) - 1 - k);
      const utf16 = codePoint + before;
      if (codePoint < 0 || utf16 > text.length) throw new RangeError(`code point offset ${codePoint} outside the text`);
      return utf16;
    },
  };
}
