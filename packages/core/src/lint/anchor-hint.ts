import type { Span } from "@claimset/schema";
import { type AnchorQuery, resolveAnchor } from "../text/anchor.js";

const MAX_CONTEXT = 40;

/** An anchor as it is written in YAML flow style: `He` or `{ text: He, suffix: " added" }`. */
export function formatAnchor(query: AnchorQuery): string {
  // Plain only where YAML reads it back as the same string, inside a flow mapping too.
  const value = (s: string) =>
    /^\p{L}[\p{L}\p{N} .’'-]*(?<! )$/u.test(s) && !/^(?:true|false|null|yes|no|on|off)$/i.test(s)
      ? s
      : JSON.stringify(s);
  if (query.prefix === undefined && query.suffix === undefined) return value(query.text);
  const parts = [`text: ${value(query.text)}`];
  if (query.prefix !== undefined) parts.push(`prefix: ${JSON.stringify(query.prefix)}`);
  if (query.suffix !== undefined) parts.push(`suffix: ${JSON.stringify(query.suffix)}`);
  return `{ ${parts.join(", ")} }`;
}

/**
 * The shortest anchor that the build resolves to `target` — the text alone,
 * else with a suffix, else with a prefix, each grown a word at a time — when
 * searched the way the build searches it: inside `scope` first, then, when
 * `scope` has no match and `fallback` is set, in the whole text. Null when
 * no anchor of up to 40 characters of context does it.
 */
export function anchorFor(
  text: string,
  target: Span,
  scope?: { start: number; end: number },
  fallback = true,
): AnchorQuery | null {
  const resolvesToTarget = (query: AnchorQuery) => {
    let result = resolveAnchor(text, query, scope);
    if (!result.ok && result.reason === "not-found" && scope && fallback) result = resolveAnchor(text, query);
    return result.ok && result.spans.length === 1 && result.spans[0]?.start === target.start;
  };
  const plain = { text: target.text };
  if (resolvesToTarget(plain)) return plain;
  const after = text.slice(target.end, target.end + MAX_CONTEXT).split("\n")[0] ?? "";
  for (const end of wordEnds(after)) {
    const query = { text: target.text, suffix: after.slice(0, end) };
    if (resolvesToTarget(query)) return query;
  }
  const before =
    text
      .slice(Math.max(0, target.start - MAX_CONTEXT), target.start)
      .split("\n")
      .pop() ?? "";
  for (const start of wordStarts(before)) {
    const query = { text: target.text, prefix: before.slice(start) };
    if (resolvesToTarget(query)) return query;
  }
  return null;
}

/** Ends of successive words in `s` (each end just after a word), then the end of `s`. */
function wordEnds(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/\S+/g)) out.push((m.index ?? 0) + m[0].length);
  if (out[out.length - 1] !== s.length && s.length) out.push(s.length);
  return out;
}

/** Starts of successive words in `s`, from its end backwards, then its start. */
function wordStarts(s: string): number[] {
  const out: number[] = [];
  for (const m of s.matchAll(/\S+/g)) out.push(m.index ?? 0);
  out.reverse();
  if (out[out.length - 1] !== 0 && s.length) out.push(0);
  return out;
}
