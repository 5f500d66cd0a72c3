/**
 * Anchors for drafted spans, resolved exactly as the authoring compiler
 * resolves them: whole-word matches, then prefix/suffix filters, then
 * occurrence. The plain text when it occurs once in its scope; else the word
 * before (or after) it when that makes it unique; else its occurrence.
 * Whole-word matches are found through an index of the text's words, so that
 * anchoring every record stays linear in the length of the text.
 */
import type { AnchorObject } from "@claimset/schema/authoring";

/** A stretch of the text in UTF-16 units, end-exclusive. */
export interface Range {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
/** Letters and digits: what a prefix or suffix word is made of. */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}\p{M}_]+/gu;

function codePointBefore(text: string, index: number): string {
  if (index <= 0) return "";
  const code = text.charCodeAt(index - 1);
  const start = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
  return text.slice(start, index);
}

function codePointAt(text: string, index: number): string {
  if (index >= text.length) return "";
  const code = text.charCodeAt(index);
  return text.slice(index, code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1);
}

const splitsPair = (text: string, index: number) => {
  if (index <= 0 || index >= text.length) return false;
  const a = text.charCodeAt(index - 1);
  const b = text.charCodeAt(index);
  return a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff;
};

export type Scope = Range;

/** Code units of the code point at `i`: two for a surrogate pair, else one. */
const widthAt = (text: string, i: number) => ((text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1);

const wordCodePoints = new Map<number, boolean>();

/** Whether the code point at `i` is a word character (`WORD`); ASCII by its code, the rest tested once each. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  const cp = text.codePointAt(i)!;
  let word = wordCodePoints.get(cp);
  if (word === undefined) {
    word = WORD.test(String.fromCodePoint(cp));
    // Bounded: a text of many distinct characters cannot grow it without limit.
    if (wordCodePoints.size > 10_000) wordCodePoints.clear();
    wordCodePoints.set(cp, word);
  }
  return word;
}

export class AnchorIndex {
  /** Start offsets of each maximal word run, by its text. */
  private readonly runs = new Map<string, number[]>();
  private readonly cache = new Map<string, number[]>();
  private readonly anchors = new Map<string | number, string | AnchorObject | null>();

  constructor(readonly text: string) {
    // The maximal runs of word characters (what WORD_RUN matches), read by hand: a regular expression's match
    // objects for every word of the text cost twice as much.
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (!isWordAt(text, i)) {
        i += widthAt(text, i);
        continue;
      }
      const start = i;
      while (i < n && isWordAt(text, i)) i += widthAt(text, i);
      const word = text.slice(start, i);
      const list = this.runs.get(word);
      if (list) list.push(start);
      else this.runs.set(word, [start]);
    }
  }

  /** Every whole-word match of `needle`, as the compiler counts them (`findWholeWord` in @claimset/core). */
  occurrences(needle: string): number[] {
    const cached = this.cache.get(needle);
    if (cached) return cached;
    const { text } = this;
    const out: number[] = [];
    const firstCp = codePointAt(needle, 0);
    const checkStart = WORD.test(firstCp);
    const checkEnd = WORD.test(codePointBefore(needle, needle.length));
    const ok = (index: number) => {
      const end = index + needle.length;
      return (
        !(checkStart && WORD.test(codePointBefore(text, index))) &&
        !(checkEnd && WORD.test(codePointAt(text, end))) &&
        !splitsPair(text, index) &&
        !splitsPair(text, end)
      );
    };
    if (checkStart) {
      // A whole-word match starts where a word run starts, and that run is the needle's first run.
      WORD_RUN.lastIndex = 0;
      const first = WORD_RUN.exec(needle)![0];
      const isWhole = first.length === needle.length;
      for (const at of this.runs.get(first) ?? []) {
        if (isWhole || text.startsWith(needle, at)) {
          if (ok(at)) out.push(at);
        }
      }
      // A needle that is one run but whose text also starts longer runs never matches them whole; nothing else to add.
    } else {
      for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) if (ok(i)) out.push(i);
    }
    this.cache.set(needle, out);
    return out;
  }

  /** Matches of `needle` inside `scope`. */
  within(needle: string, scope?: Scope): number[] {
    const all = this.occurrences(needle);
    if (!scope) return all;
    // Occurrences are in text order: find the first inside the scope by binary search, so scoped look-ups stay cheap.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]! < scope.start) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < all.length && all[i]! + needle.length <= scope.end; i++) out.push(all[i]!);
    return out;
  }

  /** The shortest anchor that selects exactly `span` among the matches in `scope`, or null when no anchor can. */
  anchor(span: Range, scope?: Scope): string | AnchorObject | null {
    // One number for an unscoped span of a text shorter than 2²⁶ units (exact in a double), else a string.
    const key =
      !scope && span.end < 2 ** 26
        ? span.start * 2 ** 26 + span.end
        : `${span.start}:${span.end}:${scope ? `${scope.start}:${scope.end}` : ""}`;
    const cached = this.anchors.get(key);
    if (cached !== undefined) return cached;
    const made = this.makeAnchor(span, scope);
    this.anchors.set(key, made);
    return made;
  }

  private makeAnchor(span: Range, scope?: Scope): string | AnchorObject | null {
    if (span.end <= span.start) return null;
    const text = this.text.slice(span.start, span.end);
    const matches = this.within(text, scope);
    const index = matches.indexOf(span.start);
    // A span that is not a whole-word match of its own text (it starts inside a word) cannot be anchored.
    if (index === -1) return null;
    if (matches.length === 1) return text;
    const prefix = this.wordBefore(span.start);
    if (prefix) {
      const filtered = matches.filter((m) => m >= prefix.length && this.text.startsWith(prefix, m - prefix.length));
      if (filtered.length === 1) return { text, prefix };
    }
    const suffix = this.wordAfter(span.end);
    if (suffix) {
      const filtered = matches.filter((m) => this.text.startsWith(suffix, m + text.length));
      if (filtered.length === 1) return { text, suffix };
    }
    return { text, occurrence: index + 1 };
  }

  /** The word before `at` and the up to three characters between it and `at`, on the same line. */
  private wordBefore(at: number): string | null {
    const { text } = this;
    let i = at;
    while (i > 0 && at - i < 3 && text[i - 1] !== "\n" && !WORD_CHAR.test(codePointBefore(text, i)))
      i -= codePointBefore(text, i).length;
    const gapEnd = i;
    while (i > 0 && gapEnd - i < 40 && WORD_CHAR.test(codePointBefore(text, i))) i -= codePointBefore(text, i).length;
    return i < gapEnd ? text.slice(i, at) : null;
  }

  private wordAfter(at: number): string | null {
    const nl = this.text.indexOf("\n", at);
    const m = /^[^\p{L}\p{N}\n]{0,3}[\p{L}\p{N}]+/u.exec(
      this.text.slice(at, Math.min(nl === -1 ? this.text.length : nl, at + 40)),
    );
    return m && m[0].length > 0 ? m[0] : null;
  }
}

/** The line (paragraph) range the compiler searches a quote's cue and speaker in first. */
export function paragraphScope(text: string, from: number, to: number): Scope {
  const start = text.lastIndexOf("\n", from - 1) + 1;
  const nl = text.indexOf("\n", Math.max(to - 1, from));
  return { start, end: nl === -1 ? text.length : nl };
}
