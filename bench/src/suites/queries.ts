import { readFileSync } from "node:fs";
import { createIndex, type ReadonlyDataset, type SpanAnnotation } from "@claimset/core";
import type { Dataset } from "@claimset/schema";
import { mergeArticles } from "../corpus/corpus.js";
import { createRandom } from "../corpus/random.js";
import { measure } from "../measure.js";

export interface QueryFigures {
  query: "quotesBy" | "claimsAbout" | "at";
  articles: number;
  /** Records the query looks through: quotes, claims, or annotated spans. */
  records: number;
  /** One linear scan (one query without an index). */
  scanMs: number;
  /** One indexed lookup, its index built. */
  lookupMs: number;
  /** Building the index the lookup needs (createIndex and the first call). */
  buildMs: number;
  /** scanMs / lookupMs. */
  speedup: number;
  /** buildMs / scanMs: how many scans the index costs to build. */
  buildInScans: number;
}

const RANK = { claim: 0, mention: 1, quote: 2, note: 3 } as const;
const idOf = (a: SpanAnnotation) =>
  a.type === "mention" ? a.entity.id : a.type === "quote" ? a.quote.id : a.type === "claim" ? a.claim.id : a.note.id;

/** What a consumer without an index writes: look at every record, every time. */
export const linear = {
  quotesBy: (d: ReadonlyDataset, speaker: string) => d.quotes.filter((q) => q.speaker === speaker),
  claimsAbout: (d: ReadonlyDataset, entity: string) => d.claims.filter((c) => c.about.entities.includes(entity)),
  at(d: ReadonlyDataset, offset: number): SpanAnnotation[] {
    const out: SpanAnnotation[] = [];
    const hit = (s: { start: number; end: number }) => s.start <= offset && offset < s.end;
    for (const entity of d.entities)
      for (const span of entity.mentions) if (hit(span)) out.push({ type: "mention", span, entity });
    for (const quote of d.quotes)
      for (const span of quote.spans) if (hit(span)) out.push({ type: "quote", span, quote });
    for (const claim of d.claims) if (hit(claim.span)) out.push({ type: "claim", span: claim.span, claim });
    for (const note of d.notes) if (note.span && hit(note.span)) out.push({ type: "note", span: note.span, note });
    // Innermost first, as DatasetIndex.at orders them.
    return out.sort(
      (a, b) =>
        a.span.end - a.span.start - (b.span.end - b.span.start) ||
        RANK[a.type] - RANK[b.type] ||
        (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : a.span.start - b.span.start),
    );
  },
};

/** Runs a query per key and counts the hits, so that no result goes unused. */
function total<K>(keys: readonly K[], query: (key: K) => readonly unknown[]): number {
  let hits = 0;
  for (const key of keys) hits += query(key).length;
  return hits;
}

/** The articles of a corpus merged into one dataset: one index over everything, as a corpus-wide consumer would build. */
export function loadMerged(files: readonly string[]): Dataset {
  return mergeArticles(
    files.map((f) => JSON.parse(readFileSync(f, "utf8")) as Dataset),
    { hash: false },
  );
}

/**
 * Indexed lookups against a linear scan over one merged dataset, for 200
 * seeded queries of each kind. Results are checked to be the same first.
 */
export async function benchQueries(dataset: Dataset, articles: number, iterations: number): Promise<QueryFigures[]> {
  const random = createRandom(42);
  const count = 200;
  const speakers = [...new Set(dataset.quotes.map((q) => q.speaker).filter((s): s is string => s !== null))];
  const entityIds = Array.from({ length: count }, (_, i) =>
    i % 2 ? random.pick(dataset.entities).id : random.pick(speakers),
  );
  const offsets = Array.from({ length: count }, () => random.int(0, dataset.source.text.length - 1));
  const index = createIndex(dataset);
  const ids = (list: readonly { id: string }[]) => list.map((r) => r.id).join(" ");
  for (const id of entityIds) {
    if (ids(index.quotesBy(id)) !== ids(linear.quotesBy(dataset, id))) throw new Error(`quotesBy(${id}) differs`);
    if (ids(index.claimsAbout(id)) !== ids(linear.claimsAbout(dataset, id)))
      throw new Error(`claimsAbout(${id}) differs`);
  }
  for (const offset of offsets) {
    const a = index.at(offset).map(idOf).join(" ");
    if (a !== linear.at(dataset, offset).map(idOf).join(" ")) throw new Error(`at(${offset}) differs`);
  }

  const spans =
    dataset.entities.reduce((n, e) => n + e.mentions.length, 0) +
    dataset.quotes.reduce((n, q) => n + q.spans.length, 0) +
    dataset.claims.length +
    dataset.notes.filter((n) => n.span).length;
  const cases = [
    {
      query: "quotesBy" as const,
      records: dataset.quotes.length,
      scan: () => total(entityIds, (id) => linear.quotesBy(dataset, id)),
      lookup: () => total(entityIds, (id) => index.quotesBy(id)),
      build: () => createIndex(dataset).quotesBy(entityIds[0]!),
    },
    {
      query: "claimsAbout" as const,
      records: dataset.claims.length,
      scan: () => total(entityIds, (id) => linear.claimsAbout(dataset, id)),
      lookup: () => total(entityIds, (id) => index.claimsAbout(id)),
      build: () => createIndex(dataset).claimsAbout(entityIds[0]!),
    },
    {
      query: "at" as const,
      records: spans,
      scan: () => total(offsets, (o) => linear.at(dataset, o)),
      lookup: () => total(offsets, (o) => index.at(o)),
      build: () => createIndex(dataset).at(offsets[0]!),
    },
  ];
  const out: QueryFigures[] = [];
  for (const c of cases) {
    const t = await measure({ scan: c.scan, lookup: c.lookup, build: c.build }, { iterations, warmup: 1 });
    const scanMs = t.scan!.ms / count;
    const lookupMs = t.lookup!.ms / count;
    out.push({
      query: c.query,
      articles,
      records: c.records,
      scanMs,
      lookupMs,
      buildMs: t.build!.ms,
      speedup: scanMs / lookupMs,
      buildInScans: t.build!.ms / scanMs,
    });
  }
  return out;
}
