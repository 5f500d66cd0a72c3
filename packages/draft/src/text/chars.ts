/** Character classes the stages share. Letters and digits of every script count as word characters. */

const WORD = /[\p{L}\p{N}\p{M}_]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The code point at `index` as a string (two code units for an astral character). */
export function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? "" : String.fromCodePoint(cp);
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

export const isWordChar = (ch: string): boolean => ch !== "" && WORD.test(ch);
export const isUpper = (ch: string): boolean => ch !== "" && UPPER.test(ch);
export const isLower = (ch: string): boolean => ch !== "" && LOWER.test(ch);
export const isDigit = (ch: string): boolean => ch >= "0" && ch <= "9" && ch.length === 1;
export const isSpace = (ch: string): boolean => ch === "" || /\s/u.test(ch);

/** Whether a word starts with a capital letter. */
export const isCapitalized = (word: string): boolean => isUpper(charAt(word, 0));

/** Lowercase and straight apostrophes, for looking words up in the lexicons. */
export const norm = (word: string): string => word.toLowerCase().replace(/[’‘]/g, "'");

/** Quotation marks and apostrophes, by role. */
export const OPEN_DOUBLE = new Set(["“", "„", "«", "‟"]);
export const CLOSE_DOUBLE = new Set(["”", "»"]);
export const OPEN_SINGLE = new Set(["‘", "‹", "‚"]);
export const CLOSE_SINGLE = new Set(["’", "›"]);
export const QUOTE_MARKS = new Set(['"', "'", "“", "”", "„", "«", "»", "‟", "‘", "’", "‹", "›", "‚"]);

/** Dashes that separate clauses. */
export const DASHES = new Set(["—", "–", "―", "-"]);
