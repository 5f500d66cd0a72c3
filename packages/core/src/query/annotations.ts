import type { ReadonlyDataset, SpanAnnotation } from "./types.js";

/** Every annotated stretch of the text: entity mentions, quote spans, claim spans and note spans. */
export function annotationsOf(dataset: ReadonlyDataset): SpanAnnotation[] {
  const out: SpanAnnotation[] = [];
  for (const entity of dataset.entities) {
    for (const span of entity.mentions) out.push({ type: "mention", span, entity });
  }
  for (const quote of dataset.quotes) {
    for (const span of quote.spans) out.push({ type: "quote", span, quote });
  }
  for (const claim of dataset.claims) out.push({ type: "claim", span: claim.span, claim });
  for (const note of dataset.notes) if (note.span) out.push({ type: "note", span: note.span, note });
  return out;
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
