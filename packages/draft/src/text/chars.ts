/** Character classes the stages share. Letters and digits of every script count as word characters. */

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The code point at `index` as a string (two code units for an astral character). */
export function charAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return "";
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(index, index + 2);
  }
  return text[index]!;
}

/** The code point that ends just before `index`. */
export function charBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text[index - 1] ?? "";
}

// ASCII first: most characters of an English text never reach the Unicode property tests.
export const isWordChar = (ch: string): boolean => {
  if (ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD.test(ch);
};
export const isUpper = (ch: string): boolean => {
  if (ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(ch);
};
export const isLower = (ch: string): boolean => {
  if (ch === "") return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(ch);
};
export const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9" && ch.length === 1;
export const isSpace = (ch: string): boolean => ch === "" || ch === " " || ch === "\n" || /\s/u.test(ch);

/** Whether a word starts with a capital letter. */
export const isCapitalized = (word: string): boolean => isUpper(charAt(word, 0));

const normCache = new Map<string, string>();

/** Lowercase and straight apostrophes, for looking words up in the lexicons. Memoised: texts repeat their words. */
export const norm = (word: string): string => {
  let out = normCache.get(word);
  if (out === undefined) {
    out = word.toLowerCase();
    if (out.includes("’") || out.includes("‘")) out = out.replace(/[’‘]/g, "'");
    // Bounded: a hostile text of unique words cannot grow it without limit.
    if (normCache.size > 50_000) normCache.clear();
    normCache.set(word, out);
  }
  return out;
};

/** Quotation marks and apostrophes, by role. */
export const OPEN_DOUBLE = new Set(["“", "„", "«", "‟"]);
export const CLOSE_DOUBLE = new Set(["”", "»"]);
export const OPEN_SINGLE = new Set(["‘", "‹", "‚"]);
export const CLOSE_SINGLE = new Set(["’", "›"]);
export const QUOTE_MARKS = new Set(['"', "'", "“", "”", "„", "«", "»", "‟", "‘", "’", "‹", "›", "‚"]);

/** Dashes that separate clauses. */
export const DASHES = new Set(["—", "–", "―", "-"]);
