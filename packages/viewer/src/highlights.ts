import type { ReadonlyDataset } from "@claimset/core";
import { isUnreviewed } from "./provenance.js";

/** The four kinds of annotation drawn over the text, each with its own style. */
export type Layer = "entity" | "quote" | "claim" | "note";

/** One highlighted stretch of the article and the record it belongs to. */
export interface Highlight {
  readonly layer: Layer;
  readonly recordId: string;
  /** The record's kind (entity type, quote kind, claim kind or note kind): picks the color. */
  readonly kind: string;
  readonly start: number;
  readonly end: number;
  /** For entity mentions: named, nominal or pronominal (picks the underline style). */
  readonly mentionKind: string | null;
  /** Made by a machine and not reviewed by a person yet (drawn apart). */
  readonly unreviewed: boolean;
}

// For identical ranges the smaller unit of meaning sits inside: a number in
// a quote, a quote in a note's passage.
const DEPTH: Record<Layer, number> = { note: 0, quote: 1, entity: 2, claim: 3 };

/** Orders highlights over the same range from outermost to innermost, deterministically. */
export function outerFirst(a: Highlight, b: Highlight): number {
  return (
    DEPTH[a.layer] - DEPTH[b.layer] || (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : a.start - b.start)
  );
}

/** Every highlight of a dataset: entity mentions, quote spans, claim phrases and note passages. */
export function highlightsOf(dataset: ReadonlyDataset): Highlight[] {
  const out: Highlight[] = [];
  for (const e of dataset.entities) {
    for (const m of e.mentions) {
      out.push({
        layer: "entity",
        recordId: e.id,
        kind: e.type,
        start: m.start,
        end: m.end,
        mentionKind: m.kind,
        unreviewed: isUnreviewed(e),
      });
    }
  }
  for (const q of dataset.quotes) {
    for (const s of q.spans) {
      out.push({
        layer: "quote",
        recordId: q.id,
        kind: q.kind,
        start: s.start,
        end: s.end,
        mentionKind: null,
        unreviewed: isUnreviewed(q),
      });
    }
  }
  for (const c of dataset.claims) {
    out.push({
      layer: "claim",
      recordId: c.id,
      kind: c.kind,
      start: c.span.start,
      end: c.span.end,
      mentionKind: null,
      unreviewed: isUnreviewed(c),
    });
  }
  for (const n of dataset.notes) {
    if (n.span) {
      out.push({
        layer: "note",
        recordId: n.id,
        kind: n.kind,
        start: n.span.start,
        end: n.span.end,
        mentionKind: null,
        unreviewed: isUnreviewed(n),
      });
    }
  }
  return out;
}

/** The paragraphs (lines) of a text as ranges, newline excluded. */
export function paragraphsOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end });
    if (nl === -1) return out;
    start = nl + 1;
  }
}
