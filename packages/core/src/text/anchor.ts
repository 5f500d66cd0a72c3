import type { Span } from "@claimset/schema";
import { splitsSurrogatePair } from "./offsets.js";

/** How to find a stretch of text: its exact characters, and what tells it apart when it repeats. */
export interface AnchorQuery {
  text: string;
  /** Text that must immediately precede `text`. */
  prefix?: string | undefined;
  /** Text that must immediately follow `text`. */
  suffix?: string | undefined;
  /** 1-based index among the remaining matches, a list of them, or every match. */
  occurrence?: number | readonly number[] | "all" | undefined;
}

export type AnchorResult =
  | { ok: true; spans: Span[] }
  | {
      ok: false;
      reason: "not-found" | "ambiguous" | "occurrence-out-of-range";
      /** Offsets of every candidate match (after prefix/suffix filtering). */
      matches: number[];
      message: string;
    };

const WORD = /[\p{L}\p{N}\p{M}_]/u;

function isWordAt(text: string, index: number, direction: "before" | "after"): boolean {
  if (direction === "before") {
    if (index <= 0) return false;
    const code = text.charCodeAt(index - 1);
    const start = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? index - 2 : index - 1;
    return WORD.test(text.slice(start, index));
  }
  if (index >= text.length) return false;
  const code = text.charCodeAt(index);
  const end = code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
  return WORD.test(text.slice(index, end));
}

/**
 * Every offset where `needle` occurs in `text` as whole words: when the
 * needle starts (ends) with a word character, the match may not be preceded
 * (followed) by one. Matches never split a surrogate pair.
 */
export function findWholeWord(text: string, needle: string, within?: { start: number; end: number }): number[] {
  const from = within?.start ?? 0;
  const to = within?.end ?? text.length;
  const checkStart = WORD.test(needle.slice(0, needle.codePointAt(0)! > 0xffff ? 2 : 1));
  const lastCode = needle.charCodeAt(needle.length - 1);
  const checkEnd = WORD.test(needle.slice(lastCode >= 0xdc00 && lastCode <= 0xdfff ? -2 : -1));
  const out: number[] = [];
  let index = text.indexOf(needle, from);
  while (index !== -1 && index + needle.length <= to) {
    const end = index + needle.length;
    const ok =
      !(checkStart && isWordAt(text, index, "before")) &&
      !(checkEnd && isWordAt(text, end, "after")) &&
      !splitsSurrogatePair(text, index) &&
      !splitsSurrogatePair(text, end);
    if (ok) out.push(index);
    index = text.indexOf(needle, index + 1);
  }
  return out;
}

/** 1-based line number of an offset, for error messages. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** 1-based line and column (the column in UTF-16 units) of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  return { line: lineOf(text, offset), column: offset - text.lastIndexOf("\n", offset - 1) };
}

/** `line:column` of an offset, which tells two matches on one line apart. */
export function lineColumnOf(text: string, offset: number): string {
  const { line, column } = lineAndColumn(text, offset);
  return `${line}:${column}`;
}

/**
 * Resolves an anchor to spans. With no `occurrence`, the text must match
 * exactly once; `occurrence` picks among the matches that remain after the
 * prefix and suffix filters.
 */
export function resolveAnchor(text: string, query: AnchorQuery, within?: { start: number; end: number }): AnchorResult {
  if (query.text.length === 0) {
    return { ok: false, reason: "not-found", matches: [], message: "the anchor text is empty" };
  }
  let matches = findWholeWord(text, query.text, within);
  if (query.prefix !== undefined) {
    const prefix = query.prefix;
    matches = matches.filter((m) => m >= prefix.length && text.startsWith(prefix, m - prefix.length));
  }
  if (query.suffix !== undefined) {
    const suffix = query.suffix;
    matches = matches.filter((m) => text.startsWith(suffix, m + query.text.length));
  }
  const describe = () => {
    const parts = [JSON.stringify(query.text)];
    if (query.prefix !== undefined) parts.push(`after ${JSON.stringify(query.prefix)}`);
    if (query.suffix !== undefined) parts.push(`before ${JSON.stringify(query.suffix)}`);
    return parts.join(" ");
  };
  const where = () => {
    if (!matches.length) return "";
    const shown = matches.slice(0, 8).map((m) => lineColumnOf(text, m));
    return ` (at ${shown.join(", ")}${matches.length > shown.length ? `, …` : ""})`;
  };
  const span = (start: number): Span => ({ start, end: start + query.text.length, text: query.text });

  if (matches.length === 0) {
    return { ok: false, reason: "not-found", matches, message: `${describe()} was not found as whole words` };
  }
  const occurrence = query.occurrence;
  if (occurrence === undefined) {
    if (matches.length > 1) {
      return {
        ok: false,
        reason: "ambiguous",
        matches,
        message: `${describe()} matches ${matches.length} times${where()}; add a prefix, a suffix or an occurrence`,
      };
    }
    return { ok: true, spans: [span(matches[0] as number)] };
  }
  if (occurrence === "all") return { ok: true, spans: matches.map(span) };
  const wanted = typeof occurrence === "number" ? [occurrence] : occurrence;
  const spans: Span[] = [];
  for (const n of wanted) {
    const start = matches[n - 1];
    if (start === undefined) {
      return {
        ok: false,
        reason: "occurrence-out-of-range",
        matches,
        message: `occurrence ${n} of ${describe()} asked for, but it matches ${matches.length} time${matches.length === 1 ? "" : "s"}${where()}`,
      };
    }
    spans.push(span(start));
  }
  return { ok: true, spans };
}
