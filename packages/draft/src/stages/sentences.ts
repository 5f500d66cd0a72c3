/**
 * Stage 1: paragraphs (lines with text), tokens and sentences. A sentence
 * ends at . ! ? or … (and any closing quotation marks after it) when the next
 * token starts a new sentence; abbreviations and initials do not end one.
 */
import type { Doc, Range, Sentence, Stage, Token } from "../doc.js";
import { ABBREVIATIONS } from "../lexicon/words.js";
import { charAt, isDigit, isLower, isUpper, norm, OPEN_DOUBLE, OPEN_SINGLE, QUOTE_MARKS } from "../text/chars.js";

/** Words (letters and digits, with inner apostrophes, hyphens, periods and commas), or any other single character. */
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:(?:[-.,’'&/][\p{L}\p{N}\p{M}]+))*|\S/gu;

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
  TOKEN.lastIndex = within.start;
  // The whole text is searched from the paragraph's start; matches past its end are dropped (a paragraph ends at a line break, which no token crosses).
  for (let m = TOKEN.exec(text); m !== null && m.index < within.end; m = TOKEN.exec(text)) {
    const start = m.index;
    let end = Math.min(start + m[0].length, within.end);
    const first = charAt(m[0], 0);
    if (m[0].length > 1 || /[\p{L}\p{N}]/u.test(first)) {
      // An abbreviation or an initial keeps its period: "Lt.", "U.S.", "J.".
      const lower = m[0].toLowerCase();
      if (text[end] === "." && (ABBREVIATIONS.has(lower) || /^\p{Lu}$/u.test(m[0]) || /\.\p{L}$/u.test(m[0]))) end++;
      pushWord(out, text, start, end);
      TOKEN.lastIndex = end;
    } else out.push({ start, end, text: m[0] });
  }
  return out;
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
