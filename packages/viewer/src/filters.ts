import type { DatasetIndex, ReadonlyQuote } from "@claimset/core";
import { isUnreviewed } from "./provenance.js";

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
  /** Records by who made them: all, those a person wrote or checked, or machine drafts not checked yet. */
  readonly review: Review;
}

export type Review = "all" | "reviewed" | "unreviewed";
export const REVIEWS: readonly Review[] = ["all", "reviewed", "unreviewed"];

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
    review: "all",
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
  const byReview = <T extends object>(records: readonly T[]) =>
    filters.review === "all" ? records : records.filter((r) => isUnreviewed(r) === (filters.review === "unreviewed"));
  const entityRecords = byReview(entities.map((id) => index.entity(id)!));
  return {
    entities: new Set(entityRecords.map((e) => e.id)),
    quotes: new Set(byReview(quotes).map((q) => q.id)),
    claims: new Set(byReview(claims).map((c) => c.id)),
    notes: new Set(byReview(notes).map((n) => n.id)),
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

/** Whether the filters show everything (nothing to reset). */
export function isEveryRecord(index: DatasetIndex, filters: Filters): boolean {
  const all = allFilters(index);
  const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((k) => b.has(k));
  return (
    filters.entity === null &&
    filters.speaker === null &&
    filters.review === "all" &&
    same(filters.claimKinds, all.claimKinds) &&
    same(filters.noteKinds, all.noteKinds)
  );
}

/** The URL parameters the filters are kept in, so a filtered view can be shared and reloaded. */
export const FILTER_PARAMS = ["entity", "speaker", "numbers", "notes", "review"] as const;

/** Writes the filters into `params`: only what differs from showing everything. */
export function writeFilters(index: DatasetIndex, filters: Filters, params: URLSearchParams): void {
  const all = allFilters(index);
  for (const name of FILTER_PARAMS) params.delete(name);
  if (filters.entity !== null) params.set("entity", filters.entity);
  if (filters.speaker !== null) params.set("speaker", filters.speaker);
  const kinds = (chosen: ReadonlySet<string>, every: ReadonlySet<string>) =>
    chosen.size === every.size
      ? null
      : [...every]
          .filter((k) => chosen.has(k))
          .sort()
          .join(",") || "none";
  const numbers = kinds(filters.claimKinds, all.claimKinds);
  const notes = kinds(filters.noteKinds, all.noteKinds);
  if (numbers !== null) params.set("numbers", numbers);
  if (notes !== null) params.set("notes", notes);
  if (filters.review !== "all") params.set("review", filters.review);
}

/**
 * Reads the filters from URL parameters. Values that name nothing in the
 * dataset are dropped and reported, so a stale link still opens.
 */
export function readFilters(index: DatasetIndex, params: URLSearchParams): { filters: Filters; ignored: string[] } {
  const all = allFilters(index);
  const ignored: string[] = [];
  const entityParam = params.get("entity");
  const entity = entityParam !== null && index.entity(entityParam) ? entityParam : null;
  if (entityParam !== null && entity === null) ignored.push(`entity=${entityParam}`);
  const speakerParam = params.get("speaker");
  const speakers = new Set(speakersOf(index).map((s) => s.id));
  const speaker = speakerParam !== null && speakers.has(speakerParam) ? speakerParam : null;
  if (speakerParam !== null && speaker === null) ignored.push(`speaker=${speakerParam}`);
  const kinds = (name: string, every: ReadonlySet<string>) => {
    const raw = params.get(name);
    if (raw === null) return new Set(every);
    const asked = raw === "none" ? [] : raw.split(",");
    const unknown = asked.filter((k) => !every.has(k));
    if (unknown.length) ignored.push(`${name}=${unknown.join(",")}`);
    return new Set(asked.filter((k) => every.has(k)));
  };
  const reviewParam = params.get("review");
  const review = REVIEWS.find((r) => r === reviewParam) ?? "all";
  if (reviewParam !== null && review !== reviewParam) ignored.push(`review=${reviewParam}`);
  return {
    filters: {
      entity,
      speaker,
      claimKinds: kinds("numbers", all.claimKinds),
      noteKinds: kinds("notes", all.noteKinds),
      review,
    },
    ignored,
  };
}
