import { createRangeIndex } from "./intervals.js";
import type { ReadonlyDataset, SpanAnnotation } from "./types.js";

const MENTION = 0;
const QUOTE = 1;
const CLAIM = 2;
const NOTE = 3;

/** Stabbing queries over every annotated stretch of the text: entity mentions, quote spans, claim spans and note spans. */
export interface AnnotationIndex {
  /** Every annotation covering `offset` (start <= offset < end), in no particular order. */
  at(offset: number): SpanAnnotation[];
}

/**
 * Indexes the annotations of a dataset without making an object per span:
 * each span is recorded as its kind, its record's position in its table and
 * its position in the record (typed arrays, so the build allocates no
 * objects), and an annotation object is made only for a hit.
 */
export function createAnnotationIndex(dataset: ReadonlyDataset): AnnotationIndex {
  const { entities, quotes, claims, notes } = dataset;
  let n = claims.length;
  for (const entity of entities) n += entity.mentions.length;
  for (const quote of quotes) n += quote.spans.length;
  for (const note of notes) if (note.span) n++;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const kinds = new Uint8Array(n);
  const records = new Uint32Array(n);
  const items = new Uint32Array(n);
  let i = 0;
  for (let r = 0; r < entities.length; r++) {
    const mentions = entities[r]!.mentions;
    for (let j = 0; j < mentions.length; j++, i++) {
      starts[i] = mentions[j]!.start;
      ends[i] = mentions[j]!.end;
      kinds[i] = MENTION;
      records[i] = r;
      items[i] = j;
    }
  }
  for (let r = 0; r < quotes.length; r++) {
    const spans = quotes[r]!.spans;
    for (let j = 0; j < spans.length; j++, i++) {
      starts[i] = spans[j]!.start;
      ends[i] = spans[j]!.end;
      kinds[i] = QUOTE;
      records[i] = r;
      items[i] = j;
    }
  }
  for (let r = 0; r < claims.length; r++, i++) {
    const span = claims[r]!.span;
    starts[i] = span.start;
    ends[i] = span.end;
    kinds[i] = CLAIM;
    records[i] = r;
  }
  for (let r = 0; r < notes.length; r++) {
    const span = notes[r]!.span;
    if (!span) continue;
    starts[i] = span.start;
    ends[i] = span.end;
    kinds[i] = NOTE;
    records[i++] = r;
  }
  const index = createRangeIndex(starts, ends);

  return {
    at(offset) {
      return index.stab(offset).map((hit): SpanAnnotation => {
        const r = records[hit]!;
        switch (kinds[hit]) {
          case MENTION: {
            const entity = entities[r]!;
            return { type: "mention", span: entity.mentions[items[hit]!]!, entity };
          }
          case QUOTE: {
            const quote = quotes[r]!;
            return { type: "quote", span: quote.spans[items[hit]!]!, quote };
          }
          case CLAIM: {
            const claim = claims[r]!;
            return { type: "claim", span: claim.span, claim };
          }
          default: {
            const note = notes[r]!;
            return { type: "note", span: note.span!, note };
          }
        }
      });
    },
  };
}

// For identical spans, the smaller unit of meaning counts as the inner one.
const RANK = { claim: 0, mention: 1, quote: 2, note: 3 } as const;

function idOf(a: SpanAnnotation): string {
  switch (a.type) {
    case "mention":
      return a.entity.id;
    case "quote":
      return a.quote.id;
    case "claim":
      return a.claim.id;
    case "note":
      return a.note.id;
  }
}

/** Orders annotations from innermost (shortest) to outermost, deterministically. */
export function innermostFirst(a: SpanAnnotation, b: SpanAnnotation): number {
  const byLength = a.span.end - a.span.start - (b.span.end - b.span.start);
  if (byLength !== 0) return byLength;
  if (a.type !== b.type) return RANK[a.type] - RANK[b.type];
  const x = idOf(a);
  const y = idOf(b);
  return x < y ? -1 : x > y ? 1 : a.span.start - b.span.start;
}
