import { editDistance } from "../errors/suggest.js";
import { lineAndColumn } from "./anchor.js";

/** A stretch of the text that is nearly what an anchor asked for. */
export interface NearMatch {
  start: number;
  end: number;
  /** The text as it is written there: what to copy into the anchor. */
  text: string;
  /** 1-based line and column (in UTF-16 units) of `start`. */
  line: number;
  column: number;
  /** How it differs: typography (quotes, apostrophes, dashes, ellipses, spaces), case, or spelling. */
  differs: "typography" | "case" | "spelling";
}

// What people type for the article's typography: straight quotes for curly
// ones, a hyphen for a dash, three dots for an ellipsis, any run of spaces.
const FOLD: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u02bc": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u2026": "...",
  "\u00a0": " ",
  "\u202f": " ",
  "\u2009": " ",
};

/**
 * `text` with its typography folded (see FOLD) and runs of whitespace made one
 * space, and for each character of the result the offset in `text` it came
 * from (one more entry: the end).
 */
function fold(text: string, lower: boolean): { folded: string; from: number[] } {
  let folded = "";
  const from: number[] = [];
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch) || ch === "\u00a0" || ch === "\u202f" || ch === "\u2009") {
      if (!space) {
        folded += " ";
        from.push(i);
      }
      space = true;
      continue;
    }
    space = false;
    const mapped = FOLD[ch] ?? (lower ? ch.toLowerCase() : ch);
    for (let k = 0; k < mapped.length; k++) {
      folded += mapped[k];
      from.push(i);
    }
  }
  from.push(text.length);
  return { folded, from };
}

const WORD_RUN = /[\p{L}\p{N}\p{M}'’_-]+/gu;

/**
 * The stretches of `text` an anchor that was not found probably meant,
 * nearest first, at most `limit`: the same words with the article's own
 * quotes, apostrophes, dashes, ellipses and spacing; then the same ignoring
 * case; then, for a short anchor, words spelled within two edits.
 */
export function nearMatches(text: string, needle: string, limit = 3): NearMatch[] {
  const out: NearMatch[] = [];
  const seen = new Set<number>();
  const push = (start: number, end: number, differs: NearMatch["differs"]) => {
    if (seen.has(start) || out.length >= limit) return;
    seen.add(start);
    out.push({ start, end, text: text.slice(start, end), ...lineAndColumn(text, start), differs });
  };
  for (const [lower, differs] of [
    [false, "typography"],
    [true, "case"],
  ] as const) {
    const hay = fold(text, lower);
    const want = fold(needle.trim(), lower).folded;
    if (!want) return out;
    for (let i = hay.folded.indexOf(want); i !== -1 && out.length < limit; i = hay.folded.indexOf(want, i + 1)) {
      const start = hay.from[i]!;
      const end = hay.from[i + want.length - 1]! + 1;
      // A folded ellipsis spans three characters of one source character: take it whole.
      push(start, end, differs);
    }
  }
  if (out.length || needle.length > 40) return out;
  const words = needle.trim().split(/\s+/);
  if (words.length > 3) return out;
  const allowed = Math.min(2, Math.max(1, Math.floor(needle.length / 4)));
  const candidates: { start: number; end: number; distance: number }[] = [];
  const runs = [...text.matchAll(WORD_RUN)];
  for (let r = 0; r + words.length <= runs.length; r++) {
    const first = runs[r]!;
    const last = runs[r + words.length - 1]!;
    const start = first.index!;
    const end = last.index! + last[0].length;
    const candidate = text.slice(start, end);
    if (Math.abs(candidate.length - needle.length) > allowed) continue;
    const distance = editDistance(fold(candidate, true).folded, fold(needle, true).folded);
    if (distance > 0 && distance <= allowed) candidates.push({ start, end, distance });
  }
  candidates.sort((a, b) => a.distance - b.distance || a.start - b.start);
  for (const c of candidates) push(c.start, c.end, "spelling");
  return out;
}

/**
 * A few words either side of a match, within its line, the match in
 * brackets, and an ellipsis where the line goes on: `…the mad [dictator] desperately…`.
 */
export function contextOf(text: string, start: number, end: number, words = 3): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newline = text.indexOf("\n", end);
  const lineEnd = newline === -1 ? text.length : newline;
  const before = text.slice(lineStart, start).split(/(?<=\s)(?=\S)/);
  const after = text.slice(end, lineEnd).split(/(?<=\S)(?=\s)/);
  const head = before.slice(-words).join("");
  const tail = after.slice(0, words).join("");
  const open = before.length > words ? "…" : "";
  const close = after.length > words ? "…" : "";
  return `${open}${head}[${text.slice(start, end)}]${tail}${close}`;
}
