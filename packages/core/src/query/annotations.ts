import { createRangeIndex } from "./intervals.js";
import type { ReadonlyDataset, ReadonlySpan, SpanAnnotation } from "./types.js";

// An annotation's kind, by the number stored for each span; the record's key is the kind's, but "entity" for a mention.
const TYPES = ["mention", "quote", "claim", "note"] as const;

/** Stabbing queries over every annotated stretch of the text: entity mentions, quote spans, claim spans and note spans. */
export interface AnnotationIndex {
  /** Every annotation covering `offset` (start <= offset < end), in no particular order. */
  at(offset: number): SpanAnnotation[];
}

/**
 * Indexes the annotations of a dataset without making an object per span:
 * each span is kept as numbers in typed arrays (offsets, kind, its record's
 * position in its table and its own position in the record), and an
 * annotation object is made only for a hit. (Plain arrays filled by push,
 * of numbers or of references, made the build several times slower.)
 */
export function createAnnotationIndex(dataset: ReadonlyDataset): AnnotationIndex {
  const tables = [dataset.entities, dataset.quotes, dataset.claims, dataset.notes] as const;
  // Calls `visit` for every span (a note's may be null), with its kind, record and position.
  const each = (visit: (kind: number, r: number, j: number, span: ReadonlySpan | null) => void) => {
    tables.forEach((table, kind) => {
      // biome-ignore lint/suspicious/noExplicitAny: the kind says which of the four record types this is.
      table.forEach((record: any, r) => {
        (kind > 1 ? [record.span] : kind ? record.spans : record.mentions).forEach(
          (span: ReadonlySpan | null, j: number) => {
            visit(kind, r, j, span);
          },
        );
      });
    });
  };
  let n = 0;
  each(() => {
    n++;
  });
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const kinds = new Uint8Array(n);
  const records = new Uint32Array(n);
  const items = new Uint32Array(n);
  let i = 0;
  each((kind, r, j, span) => {
    // A note without a span keeps an empty range, which nothing stabs.
    if (span) {
      starts[i] = span.start;
      ends[i] = span.end;
    }
    kinds[i] = kind;
    records[i] = r;
    items[i++] = j;
  });
  const index = createRangeIndex(starts, ends);

  return {
    at: (offset) =>
      index.stab(offset).map((hit) => {
        const kind = kinds[hit]!;
        // biome-ignore lint/suspicious/noExplicitAny: the kind says which of the four record types this is.
        const owner: any = tables[kind]![records[hit]!];
        const span = kind ? (kind === 1 ? owner.spans[items[hit]!] : owner.span) : owner.mentions[items[hit]!];
        return { type: TYPES[kind], span, [kind ? TYPES[kind]! : "entity"]: owner } as SpanAnnotation;
      }),
  };
}

// For identical spans, the smaller unit of meaning counts as the inner one.
const RANK = { claim: 0, mention: 1, quote: 2, note: 3 } as const;

function idOf(a: SpanAnnotation): string {
  // The record sits under the annotation's type, but a mention's under "entity".
  return (a as unknown as Record<string, { id: string }>)[a.type === "mention" ? "entity" : a.type]!.id;
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
