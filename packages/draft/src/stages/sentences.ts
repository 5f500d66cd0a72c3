/**
 * Stage 1: paragraphs (lines with text), tokens and sentences. A sentence
 * ends at . ! ? or … (and any closing quotation marks after it) when the next
 * token starts a new sentence; abbreviations and initials do not end one.
 */
import type { Doc, Range, Sentence, Stage, Token } from "../doc.js";
import { ABBREVIATIONS } from "../lexicon/words.js";
import { charAt, isDigit, isLower, isUpper, norm, OPEN_DOUBLE, OPEN_SINGLE, QUOTE_MARKS } from "../text/chars.js";

/** Words (letters and digits, with inner apostrophes, hyphens, periods and commas), or any other single character. */
export const TOKEN = /[\p{L}\p{N}\p{M}]+(?:(?:[-.,’'&/][\p{L}\p{N}\p{M}]+))*|\S/gu;

export function paragraphsOf(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e });
    start = end + 1;
  }
  return out;
}

/** Splits a word token that ends in a possessive ("Russia’s" → "Russia", "’s") or carries a trailing period of an abbreviation. */
function pushWord(out: Omit<Token, "sentence" | "lower">[], text: string, start: number, end: number): void {
  const word = text.slice(start, end);
  const poss = /[’']s$/i.exec(word);
  if (poss && word.length > 2) {
    out.push({ start, end: end - 2, text: word.slice(0, -2) });
    out.push({ start: end - 2, end, text: word.slice(-2) });
    return;
  }
  // Numbers written with a trailing comma inside the match ("12,000,") never reach here: the comma needs a digit after it.
  out.push({ start, end, text: word });
}

export function tokenize(text: string, within: Range): Omit<Token, "sentence" | "lower">[] {
  const out: Omit<Token, "sentence" | "lower">[] = [];
  // The whole text is searched from the paragraph's start; matches past its end are dropped (a paragraph ends at a line break, which no token crosses).
  for (let m = nextToken(text, within.start); m !== null && m.start < within.end; m = nextToken(text, m.end)) {
    const { start } = m;
    const raw = text.slice(start, m.end);
    let end = Math.min(m.end, within.end);
    if (m.word) {
      // An abbreviation or an initial keeps its period: "Lt.", "U.S.", "J.".
      if (text[end] === "." && (ABBREVIATIONS.has(raw.toLowerCase()) || /^\p{Lu}$/u.test(raw) || /\.\p{L}$/u.test(raw)))
        end++;
      pushWord(out, text, start, end);
      m.end = end;
    } else out.push({ start, end, text: raw });
  }
  return out;
}

const letterCodePoints = new Map<number, boolean>();
const LETTER = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

/** Whether the code point at `i` is a letter, digit or mark (`[\p{L}\p{N}\p{M}]`); ASCII by its code. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (Number.isNaN(c)) return false;
  const cp = text.codePointAt(i)!;
  let letter = letterCodePoints.get(cp);
  if (letter === undefined) {
    letter = LETTER.test(String.fromCodePoint(cp));
    if (letterCodePoints.size > 10_000) letterCodePoints.clear();
    letterCodePoints.set(cp, letter);
  }
  return letter;
}

const widthAt = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

/** Inner joiners of a word: "12,000", "U.S", "al-Assad", "Russia’s", "AT&T", "and/or". */
const JOINERS = new Set(["-", ".", ",", "’", "'", "&", "/"]);

/**
 * The next match of `TOKEN` at or after `from`, read by hand (a regular expression's match object for every
 * token cost more than the rest of tokenizing): a word of letters, digits and marks with inner joiners, or any
 * other single non-space code point. `word` says which.
 */
export function nextToken(text: string, from: number): { start: number; end: number; word: boolean } | null {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) i++;
    else if (c >= 128 && SPACE.test(text[i]!)) i++;
    else break;
  }
  if (i >= n) return null;
  const start = i;
  if (!isLetterAt(text, i)) return { start, end: i + widthAt(text, i), word: false };
  while (i < n && isLetterAt(text, i)) i += widthAt(text, i);
  while (i + 1 < n && JOINERS.has(text[i]!) && isLetterAt(text, i + 1)) {
    i++;
    while (i < n && isLetterAt(text, i)) i += widthAt(text, i);
  }
  return { start, end: i, word: true };
}

const ENDERS = new Set([".", "!", "?", "…"]);

function startsSentence(token: { text: string } | undefined): boolean {
  if (!token) return true;
  const ch = charAt(token.text, 0);
  return (
    isUpper(ch) ||
    isDigit(ch) ||
    OPEN_DOUBLE.has(ch) ||
    OPEN_SINGLE.has(ch) ||
    ch === '"' ||
    ch === "'" ||
    ch === "(" ||
    ch === "—" ||
    (!isLower(ch) && !/[\p{L}]/u.test(ch) && ch !== "," && ch !== ";" && ch !== ":")
  );
}

export function splitSentences(text: string, paragraphs: readonly Range[]): { sentences: Sentence[]; tokens: Token[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  paragraphs.forEach((paragraph, p) => {
    const words = tokenize(text, paragraph);
    let first = 0;
    const close = (last: number) => {
      if (last < first) return;
      const index = sentences.length;
      for (let i = first; i <= last; i++) {
        const w = words[i]! as Token;
        w.sentence = index;
        w.lower = norm(w.text);
        tokens.push(w);
      }
      sentences.push({
        start: words[first]!.start,
        end: words[last]!.end,
        paragraph: p,
        tokenStart: tokens.length - (last - first + 1),
        tokenEnd: tokens.length,
      });
      first = last + 1;
    };
    for (let i = 0; i < words.length; i++) {
      const t = words[i]!;
      if (!ENDERS.has(t.text)) continue;
      // Closing quotation marks and brackets after the end mark belong to the sentence.
      let last = i;
      while (
        last + 1 < words.length &&
        (QUOTE_MARKS.has(words[last + 1]!.text) || words[last + 1]!.text === ")") &&
        !opensNext(words, last + 1)
      )
        last++;
      while (last + 1 < words.length && ENDERS.has(words[last + 1]!.text)) last++;
      if (last + 1 < words.length && !startsSentence(words[last + 1])) continue;
      close(last);
      i = last;
    }
    close(words.length - 1);
  });
  return { sentences, tokens };
}

/** A quotation mark that opens the next sentence rather than closing this one: preceded by a space, followed by a letter. */
function opensNext(words: readonly Omit<Token, "sentence" | "lower">[], i: number): boolean {
  const mark = words[i]!;
  const prev = words[i - 1];
  const next = words[i + 1];
  if (OPEN_DOUBLE.has(mark.text) || OPEN_SINGLE.has(mark.text)) return true;
  if (mark.text !== '"' && mark.text !== "'") return false;
  return prev !== undefined && prev.end < mark.start && next !== undefined && next.start === mark.end;
}

export const sentences: Stage = {
  name: "sentences",
  description: "paragraphs, tokens and sentences",
  run(doc: Doc) {
    doc.paragraphs = paragraphsOf(doc.text);
    const split = splitSentences(doc.text, doc.paragraphs);
    doc.sentences = split.sentences;
    doc.tokens = split.tokens;
  },
};
