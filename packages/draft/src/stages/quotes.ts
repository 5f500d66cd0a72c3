/**
 * Stage 3: every stretch inside quotation marks, in every quoting style:
 * curly and straight, double and single, guillemets, nested quotes, a quote
 * running over paragraphs (each paragraph reopens it, only the last closes
 * it), and a quote interrupted by its attribution ("…,” he said, “…”).
 * Apostrophes (Russia’s, don’t, soldiers’) are told apart from closing
 * single quotes by the letters around them.
 */
import type { Doc, QuoteRecord, Range, Stage } from "../doc.js";
import { REPORTING_VERBS } from "../lexicon/words.js";
import { charAt, charBefore, isLower, isSpace, isUpper, isWordChar } from "../text/chars.js";

type Level = "double" | "single";

interface Mark {
  at: number;
  length: number;
  level: Level;
  canOpen: boolean;
  canClose: boolean;
  /** A closing single mark that may be a plural possessive ("the soldiers’ families"). */
  weak: boolean;
}

/** A quoted stretch inside one paragraph. */
export interface Stretch {
  open: number;
  /** Index of the closing mark, or the paragraph end when the quote runs on into the next paragraph. */
  close: number;
  inner: Range;
  level: Level;
  depth: number;
  /** Index of the enclosing stretch in the same list, or null. */
  parent: number | null;
  /** Unclosed at the end of its paragraph, and the next paragraph opens with a quotation mark. */
  runsOn: boolean;
}

const OPENERS_BEFORE = new Set(["(", "[", "{", "—", "–", "-", "/", ":", "“", "‘", "«", "‹", '"', "'", "„", "‚"]);

function classify(text: string, at: number): Mark | null {
  const ch = text[at]!;
  const before = charBefore(text, at);
  const after = charAt(text, at + 1);
  const spaceBefore = isSpace(before) || OPENERS_BEFORE.has(before);
  const spaceAfter = isSpace(after) || /[.,;:!?)\]}—–…]/.test(after);
  switch (ch) {
    case "“":
    case "„":
    case "«":
    case "‟":
      return {
        at,
        length: 1,
        level: "double",
        canOpen: true,
        canClose: ch === "“" && !spaceBefore && spaceAfter,
        weak: false,
      };
    case "”":
    case "»":
      // Some texts use ” for both marks: open it where it stands before a word.
      return {
        at,
        length: 1,
        level: "double",
        canOpen: ch === "”" && spaceBefore && !spaceAfter,
        canClose: true,
        weak: false,
      };
    case '"':
      if (spaceBefore && !isSpace(after))
        return { at, length: 1, level: "double", canOpen: true, canClose: false, weak: false };
      if (!isSpace(before) && (spaceAfter || after === ""))
        return { at, length: 1, level: "double", canOpen: false, canClose: true, weak: false };
      return { at, length: 1, level: "double", canOpen: true, canClose: true, weak: false };
    case "‘":
    case "‹":
    case "‚":
      if (isWordChar(before) && isWordChar(after)) return null; // a misprinted apostrophe inside a word
      return {
        at,
        length: 1,
        level: "single",
        canOpen: spaceBefore || !isWordChar(before),
        canClose: ch !== "‘",
        weak: false,
      };
    case "’":
    case "›":
    case "'": {
      // Inside a word: an apostrophe (don’t, Kim’s, O’Neill).
      if (isWordChar(before) && isWordChar(after)) return null;
      // Before a digit after a space: an elided century (’90s).
      if (spaceBefore && /\d/.test(after)) return null;
      if (spaceBefore && !isSpace(after)) {
        // ’ opening a word: "’em", "’tis" are rare in news; as an opening mark it is common in careless typing.
        return ch === "›" ? null : { at, length: 1, level: "single", canOpen: true, canClose: false, weak: false };
      }
      if (!isSpace(before) && (spaceAfter || after === "" || after === "”" || after === '"')) {
        // "soldiers’ families": after an s and before a lowercase word, most likely a possessive.
        const next = nextWord(text, at + 1);
        const weak = (before === "s" || before === "S") && next !== "" && isLower(charAt(next, 0));
        return { at, length: 1, level: "single", canOpen: false, canClose: true, weak };
      }
      return null;
    }
    default:
      return null;
  }
}

function nextWord(text: string, from: number): string {
  const m = /^\s+([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m ? m[1]! : "";
}

const MARK_CHARS = /["“”„«»‟‘’‚‹›']/g;

/** Whether the first double mark of a paragraph closes a quote: it continues one opened in the paragraph before. */
function closesFirst(text: string, paragraph: Range): boolean {
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i]!;
    if (ch !== "“" && ch !== "”" && ch !== '"') continue;
    const mark = classify(text, i);
    return mark?.canClose === true && !mark.canOpen;
  }
  return false;
}

/**
 * Pairs the marks of one paragraph into quoted stretches. `opened` says the
 * paragraph continues a quote from the one before without reopening it: its
 * first closing double mark ends that quote.
 */
export function pairMarks(text: string, paragraph: Range, continues: boolean, opened = false): Stretch[] {
  const marks: Mark[] = [];
  if (opened)
    marks.push({ at: paragraph.start - 1, length: 1, level: "double", canOpen: true, canClose: false, weak: false });
  MARK_CHARS.lastIndex = paragraph.start;
  for (let m = MARK_CHARS.exec(text); m !== null && m.index < paragraph.end; m = MARK_CHARS.exec(text)) {
    const mark = classify(text, m.index);
    if (mark) marks.push(mark);
  }
  const out: Stretch[] = [];
  const stack: { mark: Mark; index: number }[] = [];
  const openIndex = (level: Level) => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.mark.level === level) return k;
    return -1;
  };
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i]!;
    const k = openIndex(mark.level);
    if (mark.canClose && k !== -1) {
      // A weak close (a possessive) closes only when no stronger close follows before the enclosing quote ends.
      if (mark.weak && hasLaterClose(marks, i, mark.level)) continue;
      const opener = stack[k]!;
      // Close everything opened inside it that was never closed: those were apostrophes or typos.
      stack.splice(k);
      const inner = { start: opener.mark.at + opener.mark.length, end: mark.at };
      if (inner.end > inner.start) {
        out[opener.index] = {
          open: opener.mark.at,
          close: mark.at,
          inner,
          level: mark.level,
          depth: k,
          parent: null,
          runsOn: false,
        };
      }
      continue;
    }
    if (mark.canOpen) {
      // A double opener that starts a new sentence inside an open double quote (“… yourself. “So …”) is a new
      // quote: a nested one would take single marks, so the open one was left unclosed at its sentence end.
      if (
        mark.level === "double" &&
        !mark.canClose &&
        k !== -1 &&
        k === stack.length - 1 &&
        endsSentence(text, mark.at)
      ) {
        const opener = stack[k]!;
        stack.splice(k);
        const inner = { start: opener.mark.at + opener.mark.length, end: mark.at };
        if (inner.end > inner.start)
          out[opener.index] = {
            open: opener.mark.at,
            close: mark.at - 1,
            inner,
            level: "double",
            depth: k,
            parent: null,
            runsOn: false,
          };
      }
      // Otherwise a double opener inside an open double quote nests (careless transcripts nest doubles in doubles).
      stack.push({ mark, index: out.length });
      out.length++;
    }
  }
  // A double quote left open at the end of its paragraph runs on into the next paragraph;
  // one that opens the paragraph and never closes runs to its end.
  const k0 = stack.findIndex((o) => o.mark.level === "double");
  if (!continues && k0 !== -1 && stack[k0]!.mark.at === paragraph.start) {
    const opener = stack[k0]!;
    const inner = { start: opener.mark.at + 1, end: paragraph.end };
    if (inner.end > inner.start)
      out[opener.index] = {
        open: opener.mark.at,
        close: paragraph.end,
        inner,
        level: "double",
        depth: 0,
        parent: null,
        runsOn: false,
      };
  }
  if (continues) {
    const k = k0;
    if (k !== -1) {
      const opener = stack[k]!;
      const inner = { start: opener.mark.at + opener.mark.length, end: paragraph.end };
      if (inner.end > inner.start) {
        out[opener.index] = {
          open: opener.mark.at,
          close: paragraph.end,
          inner,
          level: "double",
          depth: k,
          parent: null,
          runsOn: true,
        };
      }
    }
  }
  const stretches = out.filter((s): s is Stretch => s !== undefined);
  stretches.sort((a, b) => a.open - b.open);
  // Parents: the nearest earlier stretch that encloses this one.
  for (let i = 0; i < stretches.length; i++) {
    const s = stretches[i]!;
    for (let j = i - 1; j >= 0; j--) {
      const p = stretches[j]!;
      if (p.open < s.open && s.close <= p.close) {
        s.parent = j;
        break;
      }
    }
  }
  return stretches;
}

/** Whether the text before `at` ends a sentence: `.`, `!`, `?` or `…` (and any closing bracket), then a space. */
function endsSentence(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0 || (text[i] !== " " && text[i] !== "\u00a0")) return false;
  while (i > 0 && (text[i] === " " || text[i] === "\u00a0")) i--;
  if (text[i] === ")" || text[i] === "]") i--;
  const ch = text[i];
  return ch === "." || ch === "!" || ch === "?" || ch === "…";
}

function hasLaterClose(marks: readonly Mark[], i: number, level: Level): boolean {
  for (let j = i + 1; j < marks.length; j++) {
    const m = marks[j]!;
    if (m.level === level && m.canOpen && !m.canClose) return false;
    if (m.level === level && m.canClose && !m.weak) return true;
    if (m.level === "double" && level === "single" && m.canClose) return false;
  }
  return false;
}

/** Whether a paragraph begins with an opening quotation mark. */
function opensWithQuote(text: string, paragraph: Range): boolean {
  const ch = text[paragraph.start];
  return ch === "“" || ch === '"' || ch === "«" || ch === "„" || ch === "‘" || ch === "'";
}

const wordsIn = (text: string) => text.match(/[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu) ?? [];

/** "…,” he said, “…": the text between two quotes is only an attribution. */
function isInterruption(between: string, firstInner: string): boolean {
  if (between.length > 90 || (/[.!?]\s*$/.test(between.trimEnd()) && !/,\s*$/.test(between))) return false;
  if (!/^[\s,]*/.test(between)) return false;
  const trimmed = between.trim();
  if (!/,$|:$/.test(trimmed) && !/[,]\s*$/.test(firstInner)) return false;
  const words = wordsIn(trimmed);
  if (words.length === 0 || words.length > 12) return false;
  return words.some((w) => REPORTING_VERBS.has(w.toLowerCase())) && /[,]\s*$/.test(firstInner.trimEnd());
}

/** Whether a quoted stretch reads as a whole utterance rather than a phrase inside the writer's sentence. */
function looksDirect(text: string, s: Stretch, paragraph: Range): boolean {
  const inner = text.slice(s.inner.start, s.inner.end);
  const first = charAt(inner.trimStart(), 0);
  const before = text.slice(Math.max(paragraph.start, s.open - 30), s.open).trimEnd();
  const atStart = before === "" || s.open === paragraph.start;
  const introduced = /[:,—–]$/.test(before) || /[.!?…]["”’]?$/.test(before) || atStart;
  const words = wordsIn(inner).length;
  const sentenceLike = /[.!?…,;:]["”’]?\s*$/.test(inner.trimEnd());
  if (introduced && (isUpper(first) || /[\d“‘"'(…—]/.test(first))) return true;
  if (introduced && sentenceLike && words >= 4) return true;
  if (isUpper(first) && sentenceLike && words >= 6) return true;
  return false;
}

export function findQuotes(text: string, paragraphs: readonly Range[]): QuoteRecord[] {
  const perParagraph: Stretch[][] = [];
  let carried = false;
  paragraphs.forEach((p, i) => {
    const next = paragraphs[i + 1];
    const nextOpens = next !== undefined && opensWithQuote(text, next);
    const nextCloses = next !== undefined && !nextOpens && closesFirst(text, next);
    const stretches = pairMarks(text, p, nextOpens || nextCloses, carried);
    perParagraph.push(stretches);
    carried = nextCloses && stretches.some((s) => s.runsOn);
  });
  const quotes: QuoteRecord[] = [];
  // A quote that runs on collects the next paragraph's opening stretch.
  const consumed = new Set<string>();
  perParagraph.forEach((stretches, p) => {
    const paragraph = paragraphs[p]!;
    const indexOf = new Map<number, number>();
    stretches.forEach((s, i) => {
      if (consumed.has(`${p}:${i}`)) return;
      const parentQuote = s.parent === null ? null : (indexOf.get(s.parent) ?? null);
      const spans: Range[] = [s.inner];
      let outerEnd = s.close + 1;
      let last = s;
      let lastParagraph = p;
      // Run on over paragraphs.
      while (last.runsOn && lastParagraph + 1 < perParagraph.length) {
        const nextStretches = perParagraph[lastParagraph + 1]!;
        const first = nextStretches[0];
        const startOf = paragraphs[lastParagraph + 1]!.start;
        if (!first || (first.open !== startOf && first.open !== startOf - 1)) break;
        consumed.add(`${lastParagraph + 1}:0`);
        spans.push(first.inner);
        outerEnd = Math.min(first.close + 1, paragraphs[lastParagraph + 1]!.end);
        last = first;
        lastParagraph++;
      }
      // Interrupted by the attribution: merge with the next top-level stretch in the same paragraph.
      if (lastParagraph === p && s.parent === null) {
        let j = i + 1;
        while (j < stretches.length && stretches[j]!.parent !== null) j++;
        const next = stretches[j];
        if (
          next &&
          !next.runsOn &&
          isInterruption(text.slice(s.close + 1, next.open), text.slice(last.inner.start, last.inner.end))
        ) {
          consumed.add(`${p}:${j}`);
          spans.push(next.inner);
          outerEnd = next.close + 1;
          // Stretches nested in the merged one hang under this quote.
          for (let k = j + 1; k < stretches.length; k++) if (stretches[k]!.parent === j) indexOf.set(j, quotes.length);
        }
      }
      const trimmed = spans.map((r) => trimRange(text, r)).filter((r) => r.end > r.start);
      if (trimmed.length === 0) return;
      indexOf.set(i, quotes.length);
      const direct = trimmed.length > 1 || s.runsOn || looksDirect(text, s, paragraph);
      quotes.push({
        kind: s.parent !== null ? "direct" : direct ? "direct" : "mixed",
        spans: trimmed,
        outer: { start: s.open, end: Math.min(outerEnd, text.length) },
        parent: parentQuote,
        marked: true,
        cue: null,
        speakerText: null,
        addresseeText: null,
        speakerInherited: false,
        confidence: direct ? 0.9 : 0.75,
      });
    });
  });
  return quotes;
}

/** Trims whitespace from both ends; the quoted words keep their own punctuation. */
function trimRange(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

export const quotes: Stage = {
  name: "quotes",
  description: "quotation-marked stretches, nested, interrupted and running over paragraphs",
  run(doc: Doc) {
    doc.quotes = findQuotes(doc.text, doc.paragraphs);
  },
};
