import type { ClaimKind, EntityType } from "@claimset/schema";
import { createAnnotationIndex, innermostFirst } from "./annotations.js";
import { createSearchIndex } from "./search.js";
import type {
  DatasetRecord,
  ReadonlyDataset,
  ReadonlyEntity,
  ReadonlyMention,
  ReadonlyRetiredId,
  ResolvedId,
  SearchResult,
  SpanAnnotation,
} from "./types.js";

type Entities<D extends ReadonlyDataset> = D["entities"][number];
type Quotes<D extends ReadonlyDataset> = D["quotes"][number];
type Claims<D extends ReadonlyDataset> = D["claims"][number];
type Notes<D extends ReadonlyDataset> = D["notes"][number];

/**
 * Lookups over one dataset. Each builds its index on first use, once.
 *
 * Typed by the dataset it was made from: for a dataset package's `dataset`
 * (whose records carry its ids as literal unions) an id argument takes only
 * that dataset's ids of the right table, so a misspelt id is a type error,
 * and results are the package's typed records. For a dataset read at run
 * time (`ReadonlyDataset`) every id is a `string`.
 */
export interface DatasetIndex<D extends ReadonlyDataset = ReadonlyDataset> {
  readonly dataset: D;
  /**
   * An entity by id, else by name, else by alias; names and aliases match
   * case-insensitively. When several entities share a name or alias, the
   * first in the dataset (sorted by id) wins; a name beats an alias.
   */
  entity(idOrName: Entities<D>["id"] | (string & {})): Entities<D> | undefined;
  /** Any live record (entity, quote, claim or note) by id, with its table. */
  record(id: Entities<D>["id"] | Quotes<D>["id"] | Claims<D>["id"] | Notes<D>["id"]): DatasetRecord | undefined;
  /** Follows a retired id's tombstone to the ids that replace it; see `ResolvedId`. */
  resolveId(id: string): ResolvedId;
  /** The mentions of an entity, in text order; empty for an unknown id. */
  mentionsOf(entityId: Entities<D>["id"]): readonly ReadonlyMention[];
  /** Quotes whose speaker is the entity. */
  quotesBy(speakerId: Entities<D>["id"]): readonly Quotes<D>[];
  /** Claims whose `about.entities` include the entity. */
  claimsAbout(entityId: Entities<D>["id"]): readonly Claims<D>[];
  /**
   * Claims asserted by a quote (given its id), or by an entity (given its id):
   * directly, or through a quote the entity speaks.
   */
  claimsAssertedBy(id: Entities<D>["id"] | Quotes<D>["id"]): readonly Claims<D>[];
  claimsByKind(kind: ClaimKind): readonly Claims<D>[];
  /** Notes whose `targets` include the record. */
  notesFor(recordId: Entities<D>["id"] | Quotes<D>["id"] | Claims<D>["id"] | Notes<D>["id"]): readonly Notes<D>[];
  entitiesByType(type: EntityType): readonly Entities<D>[];
  /**
   * Every annotation covering a UTF-16 offset (start <= offset < end),
   * innermost (shortest) first. O(log n + k).
   */
  at(offset: number): SpanAnnotation[];
  /** Case-insensitive substring search over quote words, claim phrases and what claims are about. */
  search(text: string): SearchResult;
}

/** Memoizes a builder: runs it on the first call only. */
function lazy<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/** Groups items under the key, or each of the keys, they list; null lists none. */
function groupBy<T>(items: readonly T[], keysOf: (item: T) => string | readonly string[] | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  const add = (key: string, item: T) => {
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  };
  for (const item of items) {
    const keys = keysOf(item);
    if (typeof keys === "string") add(keys, item);
    else if (keys)
      // A record listing the same key twice is still listed once under it.
      keys.forEach((key, j) => {
        if (keys.indexOf(key) === j) add(key, item);
      });
  }
  return groups;
}

const NONE: readonly never[] = Object.freeze([]);

/** Builds a `DatasetIndex`. Cheap: nothing is indexed until a lookup needs it. */
export function createIndex<D extends ReadonlyDataset>(dataset: D): DatasetIndex<D>;
export function createIndex(dataset: ReadonlyDataset): DatasetIndex {
  const records = lazy(() => {
    const map = new Map<string, DatasetRecord>();
    const add = (r: DatasetRecord) => {
      if (!map.has(r.record.id)) map.set(r.record.id, r);
    };
    for (const record of dataset.entities) add({ table: "entities", record });
    for (const record of dataset.quotes) add({ table: "quotes", record });
    for (const record of dataset.claims) add({ table: "claims", record });
    for (const record of dataset.notes) add({ table: "notes", record });
    return map;
  });
  const entityNames = lazy(() => {
    const map = new Map<string, ReadonlyEntity>();
    // Names first, so that an alias never shadows another entity's name.
    for (const e of dataset.entities) if (!map.has(e.name.toLowerCase())) map.set(e.name.toLowerCase(), e);
    for (const e of dataset.entities) {
      for (const alias of e.aliases) if (!map.has(alias.toLowerCase())) map.set(alias.toLowerCase(), e);
    }
    return map;
  });
  const tombstones = lazy(() => new Map<string, ReadonlyRetiredId>(dataset.retired.map((r) => [r.id, r])));
  const quotesBySpeaker = lazy(() => groupBy(dataset.quotes, (q) => q.speaker));
  const claimsByEntity = lazy(() => groupBy(dataset.claims, (c) => c.about.entities));
  const claimsByAsserter = lazy(() => {
    const speakerOf = new Map(dataset.quotes.map((q) => [q.id, q.speaker]));
    return groupBy(dataset.claims, (c): string[] => {
      const by = c.assertedBy;
      if (by.type === "entity") return [by.id];
      if (by.type !== "quote") return [];
      const speaker = speakerOf.get(by.id);
      return speaker ? [by.id, speaker] : [by.id];
    });
  });
  const claimsOfKind = lazy(() => groupBy(dataset.claims, (c) => c.kind));
  const notesByTarget = lazy(() => groupBy(dataset.notes, (n) => n.targets));
  const entitiesOfType = lazy(() => groupBy(dataset.entities, (e) => e.type));
  const annotations = lazy(() => createAnnotationIndex(dataset));
  const searchIndex = lazy(() => createSearchIndex(dataset));

  return {
    dataset,
    entity(idOrName) {
      const byId = records().get(idOrName);
      if (byId?.table === "entities") return byId.record;
      return entityNames().get(idOrName.toLowerCase());
    },
    record: (id) => records().get(id),
    resolveId(id) {
      if (records().has(id)) return { ids: [id], retired: null };
      // Tombstones point at live records only (the retired-ids rule), so one step suffices.
      const tombstone = tombstones().get(id);
      return tombstone ? { ids: tombstone.to, retired: tombstone } : { ids: [], retired: null };
    },
    mentionsOf(entityId) {
      const found = records().get(entityId);
      return found?.table === "entities" ? found.record.mentions : NONE;
    },
    quotesBy: (speakerId) => quotesBySpeaker().get(speakerId) ?? NONE,
    claimsAbout: (entityId) => claimsByEntity().get(entityId) ?? NONE,
    claimsAssertedBy: (id) => claimsByAsserter().get(id) ?? NONE,
    claimsByKind: (kind) => claimsOfKind().get(kind) ?? NONE,
    notesFor: (recordId) => notesByTarget().get(recordId) ?? NONE,
    entitiesByType: (type) => entitiesOfType().get(type) ?? NONE,
    at: (offset) => annotations().at(offset).sort(innermostFirst),
    search: (text) => searchIndex().search(text),
  };
}
