/**
 * Noun phrases around a reporting verb, read on tokens: a name with its
 * titles ("Russian Defense Minister Andrei Belousov"), a pronoun ("he"), or
 * a description ("the colonel", "a spokesman for the ministry", "officials").
 */
import type { Token } from "../doc.js";
import { DEMONYMS } from "../lexicon/gazetteer.js";
import {
  CUE_ADVERBS,
  FUNCTION_WORDS,
  MONTHS,
  PRONOUNS,
  TITLES,
  UNNAMED_SOURCE_HEADS,
  WEEKDAYS,
} from "../lexicon/words.js";
import { charAt, isCapitalized, isLower } from "./chars.js";

export interface Phrase {
  /** Token indexes [from, to). */
  from: number;
  to: number;
  kind: "name" | "pronoun" | "description";
}

export const NAME_CONNECTORS = new Set([
  "of",
  "the",
  "de",
  "del",
  "al",
  "bin",
  "ibn",
  "von",
  "van",
  "der",
  "den",
  "la",
  "le",
  "du",
  "da",
  "dos",
  "di",
  "for",
]);
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "one",
  "another",
  "some",
  "two",
  "three",
  "several",
  "many",
  "other",
  "our",
  "this",
  "that",
  "these",
  "those",
]);
const SPEAKER_PRONOUNS = new Set(["he", "she", "they", "i", "we", "it"]);

export const isWordToken = (t: Token | undefined): boolean => t !== undefined && /^[\p{L}\p{N}]/u.test(t.text);

/** A token that can be part of a name: capitalized, an initial, or an acronym; never a month or weekday alone. */
export function isNameToken(t: Token | undefined): boolean {
  if (!t || !isWordToken(t)) return false;
  if (!isCapitalized(t.text)) return false;
  // Contractions are never names: "I'm", "We've", "Don't".
  if (/['’](?:m|ve|ll|d|re|t)$/i.test(t.text)) return false;
  const w = t.lower;
  if (WEEKDAYS.has(w)) return false;
  if (MONTHS.has(w) && w.length > 3) return false;
  return true;
}

/** Whether the name run starting at `from` starts a sentence (so its first word may be a common word). */
function atSentenceStart(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || prev.sentence !== tokens[i]!.sentence || /^["“‘'«(—–-]$/.test(prev.text);
}

/** The name run that ends at token `end - 1`, with its titles, reading backwards; null if that token is not part of a name. */
export function nameBackward(tokens: readonly Token[], end: number, floor: number): Phrase | null {
  let i = end - 1;
  if (i < floor || !isNameToken(tokens[i])) return null;
  let from = i;
  while (from - 1 >= floor) {
    const prev = tokens[from - 1]!;
    if (prev.sentence !== tokens[from]!.sentence) break;
    if (isNameToken(prev) || (TITLES.has(prev.lower) && !FUNCTION_WORDS.has(prev.lower))) {
      from--;
      continue;
    }
    // "Ministry of Defence", "Institute for the Study of War": a connector between two name words.
    if (NAME_CONNECTORS.has(prev.text) && from - 2 >= floor && isNameToken(tokens[from - 2])) {
      from -= 2;
      continue;
    }
    break;
  }
  // A common word that starts the sentence is not part of the name: "But Putin said".
  while (from < end && atSentenceStart(tokens, from) && FUNCTION_WORDS.has(tokens[from]!.lower) && from + 1 < end)
    from++;
  i = from;
  return { from: i, to: end, kind: "name" };
}

/** The name run starting at token `start`, reading forwards. */
export function nameForward(tokens: readonly Token[], start: number, limit: number): Phrase | null {
  if (start >= limit || !isNameToken(tokens[start])) return null;
  let to = start + 1;
  while (to < limit) {
    const t = tokens[to]!;
    if (t.sentence !== tokens[start]!.sentence) break;
    if (isNameToken(t)) {
      to++;
      continue;
    }
    if (NAME_CONNECTORS.has(t.text) && to + 1 < limit && isNameToken(tokens[to + 1])) {
      to += 2;
      continue;
    }
    break;
  }
  let from = start;
  while (from < to - 1 && atSentenceStart(tokens, from) && FUNCTION_WORDS.has(tokens[from]!.lower)) from++;
  return { from, to, kind: "name" };
}

/** The speaker phrase that ends right before token `end` (a reporting verb), skipping adverbs and an apposition. */
export function speakerBefore(tokens: readonly Token[], end: number, floor: number): Phrase | null {
  let i = end;
  while (i - 1 >= floor && CUE_ADVERBS.has(tokens[i - 1]!.lower)) i--;
  if (i - 1 < floor) return null;
  // "Kim, 35, said" / "John Smith, a spokesman for the ministry, said"
  if (tokens[i - 1]!.text === ",") {
    for (let k = i - 2; k >= Math.max(floor, i - 16); k--) {
      if (tokens[k]!.text === "," && k - 1 >= floor) {
        const inner = speakerCore(tokens, k, floor);
        if (inner) return inner;
        break;
      }
      if (/^[.;:!?“”"]$/.test(tokens[k]!.text)) break;
    }
    return null;
  }
  return speakerCore(tokens, i, floor);
}

function speakerCore(tokens: readonly Token[], end: number, floor: number): Phrase | null {
  const last = tokens[end - 1];
  if (!last || end - 1 < floor) return null;
  const w = last.lower;
  if ((SPEAKER_PRONOUNS.has(w) && PRONOUNS.has(w)) || w === "it" || w === "we")
    return { from: end - 1, to: end, kind: "pronoun" };
  const name = nameBackward(tokens, end, floor);
  if (name) return name;
  // A description: up to six words back to a determiner, or a bare plural ("officials").
  let k = end - 1;
  let words = 0;
  while (k >= floor && words < 7) {
    const t = tokens[k]!;
    const lw = t.lower;
    if (!isWordToken(t) && t.text !== "’s" && t.text !== "'s") break;
    // A possessive stands for a determiner: "Putin's puppet", "the ministry's spokesman".
    if ((t.text === "’s" || t.text === "'s") && k + 1 < end) {
      const owner = nameBackward(tokens, k, floor) ?? speakerCore(tokens, k, floor);
      return { from: owner ? owner.from : Math.max(floor, k - 1), to: end, kind: "description" };
    }
    if (DETERMINERS.has(lw)) {
      // "a spokesman for the hospice": the determiner of a prepositional phrase; the head's comes earlier.
      const prep = tokens[k - 1]?.lower ?? "";
      if ((prep === "for" || prep === "of" || prep === "at" || prep === "from") && k - 1 > floor) {
        for (let j = k - 2; j >= Math.max(floor, k - 6); j--) {
          const wj = tokens[j]!.lower;
          if (DETERMINERS.has(wj)) return { from: j, to: end, kind: "description" };
          if (!isWordToken(tokens[j]) || FUNCTION_WORDS.has(wj)) break;
        }
      }
      return { from: k, to: end, kind: "description" };
    }
    if (SPEAKER_PRONOUNS.has(lw) || lw === "that" || lw === "which" || lw === "who") break;
    if (FUNCTION_WORDS.has(lw) && !DEMONYMS.has(t.text) && lw !== "of" && lw !== "for" && lw !== "in" && lw !== "at")
      break;
    k--;
    words++;
  }
  // No determiner: a bare plural or a demonym-led phrase ("officials", "Russian officials", "people familiar with the matter").
  const start = k + 1;
  if (start < end) {
    let s = start;
    while (
      s < end &&
      (tokens[s]!.lower === "of" ||
        tokens[s]!.lower === "for" ||
        tokens[s]!.lower === "in" ||
        tokens[s]!.lower === "at")
    )
      s++;
    const two = s + 1 < end ? `${tokens[s]!.text} ${tokens[s + 1]!.text}` : "";
    if (
      s < end &&
      (/s$/.test(tokens[end - 1]!.lower) ||
        DEMONYMS.has(tokens[s]!.text) ||
        DEMONYMS.has(two) ||
        UNNAMED_SOURCE_HEADS.has(tokens[end - 1]!.lower))
    )
      return { from: s, to: end, kind: "description" };
  }
  return null;
}

/** The speaker phrase right after a reporting verb ("said Putin", "said the colonel, who …"). */
export function speakerAfter(tokens: readonly Token[], start: number, limit: number): Phrase | null {
  const t = tokens[start];
  if (!t || start >= limit) return null;
  const w = t.lower;
  if (SPEAKER_PRONOUNS.has(w)) return { from: start, to: start + 1, kind: "pronoun" };
  // Titles written in lowercase before a name: "said defence minister Andrei Belousov".
  let s = start;
  while (s < limit && TITLES.has(tokens[s]!.lower) && !isNameToken(tokens[s])) s++;
  const name = nameForward(tokens, s, limit);
  if (name) return { from: start, to: name.to, kind: "name" };
  if (DETERMINERS.has(w)) {
    let k = start + 1;
    while (k < limit && k - start < 8) {
      const tk = tokens[k]!;
      if (!isWordToken(tk) && tk.text !== "’s" && tk.text !== "'s") break;
      const lk = tk.lower;
      if (
        /^(who|which|that|on|in|at|to|as|after|when|while|had|has|have|was|were|is|are|would|will|could|should|did|does|do|be|been|may|might|must|can)$/.test(
          lk,
        )
      )
        break;
      k++;
    }
    if (k > start + 1) return { from: start, to: k, kind: "description" };
  }
  // A bare plural, perhaps with what qualifies it: "officials", "people familiar with the matter".
  if ((/s$/.test(w) || UNNAMED_SOURCE_HEADS.has(w)) && !FUNCTION_WORDS.has(w) && isLower(charAt(t.text, 0))) {
    let k = start + 1;
    if ((tokens[k]?.lower ?? "") === "familiar" && (tokens[k + 1]?.lower ?? "") === "with") {
      k += 2;
      while (k < limit && isWordToken(tokens[k]) && k - start < 8) k++;
    }
    return { from: start, to: k, kind: "description" };
  }
  return null;
}
