import type { DatasetIndex, ReadonlyQuote } from "@claimset/core";

/** The speaker filter's value for quotes that have no named speaker. */
export const NO_SPEAKER = "(none)";

export interface Filters {
  /** Show only records related to this entity (its mentions, quotes by or to it, claims about or by it). */
  readonly entity: string | null;
  /** Show only quotes by this speaker (or `NO_SPEAKER`) and the claims they assert. */
  readonly speaker: string | null;
  /** Claim kinds to show. */
  readonly claimKinds: ReadonlySet<string>;
  /** Editorial-note kinds to show. */
  readonly noteKinds: ReadonlySet<string>;
}

/** The ids that pass the filters, per table. */
export interface Visible {
  readonly entities: ReadonlySet<string>;
  readonly quotes: ReadonlySet<string>;
  readonly claims: ReadonlySet<string>;
  readonly notes: ReadonlySet<string>;
}

/** Filters that show everything in the dataset. */
export function allFilters(index: DatasetIndex): Filters {
  return {
    entity: null,
    speaker: null,
    claimKinds: new Set(index.dataset.claims.map((c) => c.kind)),
    noteKinds: new Set(index.dataset.notes.map((n) => n.kind)),
  };
}

function within(quote: ReadonlyQuote, start: number, end: number): boolean {
  return quote.spans.some((s) => s.start <= start && end <= s.end);
}

/** Applies the filters: each one narrows the result, and they combine with AND. */
export function visibleRecords(index: DatasetIndex, filters: Filters): Visible {
  const { dataset } = index;
  let entities = dataset.entities.map((e) => e.id);
  let quotes = [...dataset.quotes];
  let claims = dataset.claims.filter((c) => filters.claimKinds.has(c.kind));

  if (filters.entity !== null) {
    const id = filters.entity;
    const mentions = index.mentionsOf(id);
    entities = entities.filter((e) => e === id);
    // A quote relates to the entity when it speaks, is spoken to, or is named inside the words.
    quotes = quotes.filter(
      (q) => q.speaker === id || q.addressee === id || mentions.some((m) => within(q, m.start, m.end)),
    );
    const related = new Set([...index.claimsAbout(id), ...index.claimsAssertedBy(id)].map((c) => c.id));
    claims = claims.filter((c) => related.has(c.id));
  }
  if (filters.speaker !== null) {
    const speaker = filters.speaker;
    quotes = quotes.filter((q) => (speaker === NO_SPEAKER ? q.speaker === null : q.speaker === speaker));
    const spoken = new Set(quotes.map((q) => q.id));
    claims = claims.filter((c) => c.assertedBy.type === "quote" && spoken.has(c.assertedBy.id));
    entities = entities.filter((e) => e === speaker);
  }

  const kept = new Set<string>([...entities, ...quotes.map((q) => q.id), ...claims.map((c) => c.id)]);
  const narrowed = filters.entity !== null || filters.speaker !== null;
  // Once narrowed to a person, a note stays only if it targets something still shown.
  const notes = dataset.notes.filter(
    (n) => filters.noteKinds.has(n.kind) && (!narrowed || n.targets.some((t) => kept.has(t))),
  );
  return {
    entities: new Set(entities),
    quotes: new Set(quotes.map((q) => q.id)),
    claims: new Set(claims.map((c) => c.id)),
    notes: new Set(notes.map((n) => n.id)),
  };
}

/** Entities that speak at least one quote, by name, for the speaker filter. */
export function speakersOf(index: DatasetIndex): { id: string; name: string; count: number }[] {
  const out = index.dataset.entities
    .map((e) => ({ id: e.id, name: e.name, count: index.quotesBy(e.id).length }))
    .filter((s) => s.count > 0)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const unattributed = index.dataset.quotes.filter((q) => q.speaker === null).length;
  if (unattributed > 0) out.push({ id: NO_SPEAKER, name: "No named speaker", count: unattributed });
  return out;
}
