import type { ClaimKind, EntityType, QuoteKind } from "@claimset/schema";
import { ClaimsetError } from "../errors/errors.js";
import { createIndex, type DatasetIndex } from "../query/create-index.js";
import type {
  DatasetRecord,
  ReadonlyClaim,
  ReadonlyDataset,
  ReadonlyEntity,
  ReadonlyMention,
  ReadonlyQuote,
  ReadonlySpan,
  SpanAnnotation,
} from "../query/types.js";

/** A record's corpus-wide key: `<dataset>:<id>`. Dataset and record ids never hold a colon. */
export type CorpusKey = `${string}:${string}`;

/** One result of a corpus lookup: the record, the dataset it comes from, its key, and where it is in that dataset's text. */
export interface CorpusHit<R> {
  /** The dataset id. */
  readonly dataset: string;
  /** `<dataset>:<id>` of the record (of the entity, for a mention). */
  readonly key: CorpusKey;
  readonly record: R;
  /** The record's spans in its article, UTF-16 offsets: a quote's words, a claim's phrase, the mention itself. */
  readonly spans: readonly ReadonlySpan[];
}

/** A mention found across datasets, with its entity. */
export interface CorpusMention extends CorpusHit<ReadonlyMention> {
  readonly entity: ReadonlyEntity;
}

/** An annotation at a place in one dataset's text, with the dataset it is in. */
export interface CorpusAnnotation {
  readonly dataset: string;
  readonly key: CorpusKey;
  readonly annotation: SpanAnnotation;
}

/** Lookups over many datasets at once, each answer tagged with its dataset. */
export interface Corpus {
  /** The datasets, in the order given. */
  readonly datasets: readonly ReadonlyDataset[];
  /** A dataset by id. */
  dataset(id: string): ReadonlyDataset | undefined;
  /** The dataset's `createIndex`, built on first use and kept. */
  index(datasetId: string): DatasetIndex;
  /** Any live record by corpus key (`<dataset>:<id>`), with its table. */
  record(key: string): (CorpusHit<DatasetRecord["record"]> & { readonly table: DatasetRecord["table"] }) | undefined;
  /**
   * The entities a reference names, across datasets: a Wikidata QID
   * (`Q7747`: every entity with that id, in every dataset), a corpus key
   * (`<dataset>:<id>`: that one), an entity id (that id in every dataset
   * that has it), or else a name or alias (case-insensitive; in each dataset
   * where it names an entity, as `DatasetIndex.entity` finds it).
   */
  entities(ref: string): readonly CorpusHit<ReadonlyEntity>[];
  /** Quotes whose speaker is one of the entities `ref` names. */
  quotesBy(ref: string): readonly CorpusHit<ReadonlyQuote>[];
  /** Claims whose `about.entities` include one of the entities `ref` names. */
  claimsAbout(ref: string): readonly CorpusHit<ReadonlyClaim>[];
  /** Claims asserted by one of the entities `ref` names, directly or through a quote it speaks. */
  claimsAssertedBy(ref: string): readonly CorpusHit<ReadonlyClaim>[];
  /** Every mention of the entities `ref` names, dataset by dataset, in text order. */
  mentionsOf(ref: string): readonly CorpusMention[];
  /** Every annotation covering a UTF-16 offset of one dataset's text, innermost first. */
  at(datasetId: string, offset: number): readonly CorpusAnnotation[];
  quotesByKind(kind: QuoteKind): readonly CorpusHit<ReadonlyQuote>[];
  claimsByKind(kind: ClaimKind): readonly CorpusHit<ReadonlyClaim>[];
  entitiesByType(type: EntityType): readonly CorpusHit<ReadonlyEntity>[];
  /** `DatasetIndex.search` in every dataset: quote words, claim phrases and what claims are about. */
  search(text: string): {
    readonly quotes: readonly CorpusHit<ReadonlyQuote>[];
    readonly claims: readonly CorpusHit<ReadonlyClaim>[];
  };
}

const QID = /^Q[1-9][0-9]*$/;

/** The spans of a live record: what a reader of its article would highlight. */
function spansOf(found: DatasetRecord): readonly ReadonlySpan[] {
  switch (found.table) {
    case "entities":
      return found.record.mentions;
    case "quotes":
      return found.record.spans;
    case "claims":
      return [found.record.span];
    case "notes":
      return found.record.span ? [found.record.span] : [];
  }
}

function lazy<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/**
 * Builds a `Corpus` over datasets (one article each). Cheap: nothing is
 * indexed until a lookup needs it; each dataset's `createIndex` is built on
 * the first lookup that reads it and kept, and the cross-dataset index of
 * Wikidata ids on the first lookup by QID. Dataset ids must be unique.
 */
export function createCorpus(datasets: Iterable<ReadonlyDataset>): Corpus {
  const list = [...datasets];
  const byId = new Map<string, number>();
  list.forEach((d, i) => {
    if (byId.has(d.id)) {
      throw new ClaimsetError("invalid-argument", [
        {
          rule: "duplicate-dataset",
          message: `two datasets have the id ${JSON.stringify(d.id)}`,
          path: [i, "id"],
          recordId: d.id,
          expected: "each dataset once in a corpus",
          hint: "load each article once, or give a copy its own id",
        },
      ]);
    }
    byId.set(d.id, i);
  });
  const indexes: (DatasetIndex | undefined)[] = new Array(list.length);
  const indexAt = (i: number) => {
    indexes[i] ??= createIndex(list[i]!);
    return indexes[i]!;
  };
  const byQid = lazy(() => {
    const map = new Map<string, { at: number; entity: ReadonlyEntity }[]>();
    list.forEach((d, at) => {
      for (const entity of d.entities) {
        if (entity.wikidata === null) continue;
        const group = map.get(entity.wikidata);
        if (group) group.push({ at, entity });
        else map.set(entity.wikidata, [{ at, entity }]);
      }
    });
    return map;
  });
  // Entity ids and names across datasets, from one pass over every dataset's entities (no per-dataset index needed).
  const byEntityId = lazy(() => {
    const map = new Map<string, { at: number; entity: ReadonlyEntity }[]>();
    list.forEach((d, at) => {
      for (const entity of d.entities) {
        const group = map.get(entity.id);
        if (group) group.push({ at, entity });
        else map.set(entity.id, [{ at, entity }]);
      }
    });
    return map;
  });
  const byName = lazy(() => {
    const map = new Map<string, { at: number; entity: ReadonlyEntity }[]>();
    list.forEach((d, at) => {
      // As DatasetIndex.entity: in each dataset a name beats an alias, and the first entity wins.
      const local = new Map<string, ReadonlyEntity>();
      for (const e of d.entities) if (!local.has(e.name.toLowerCase())) local.set(e.name.toLowerCase(), e);
      for (const e of d.entities) {
        for (const alias of e.aliases) if (!local.has(alias.toLowerCase())) local.set(alias.toLowerCase(), e);
      }
      for (const [name, entity] of local) {
        const group = map.get(name);
        if (group) group.push({ at, entity });
        else map.set(name, [{ at, entity }]);
      }
    });
    return map;
  });
  const quotesOfKind = lazy(() => {
    const map = new Map<string, CorpusHit<ReadonlyQuote>[]>();
    list.forEach((d, at) => {
      for (const q of d.quotes) {
        const group = map.get(q.kind);
        const h = hit(at, q, q.spans);
        if (group) group.push(h);
        else map.set(q.kind, [h]);
      }
    });
    return map;
  });
  const hit = <R extends { id: string }>(at: number, record: R, spans: readonly ReadonlySpan[]): CorpusHit<R> => {
    const dataset = list[at]!.id;
    return { dataset, key: `${dataset}:${record.id}`, record, spans };
  };
  /** The entities a reference names, as (dataset position, entity) pairs in dataset order. */
  const resolve = (ref: string): { at: number; entity: ReadonlyEntity }[] => {
    if (QID.test(ref)) return byQid().get(ref) ?? [];
    const colon = ref.indexOf(":");
    if (colon > 0) {
      const at = byId.get(ref.slice(0, colon));
      if (at === undefined) return [];
      const found = indexAt(at).record(ref.slice(colon + 1));
      return found?.table === "entities" ? [{ at, entity: found.record }] : [];
    }
    // An id where a dataset has it, else a name or alias there.
    const ids = byEntityId().get(ref) ?? [];
    const names = byName().get(ref.toLowerCase()) ?? [];
    if (names.length === 0) return ids;
    const withId = new Set(ids.map((e) => e.at));
    return [...ids, ...names.filter((e) => !withId.has(e.at) && !indexAt(e.at).record(ref))].sort(
      (a, b) => a.at - b.at,
    );
  };
  const each = <R extends { id: string }>(
    pick: (index: DatasetIndex) => readonly R[],
    spans: (record: R) => readonly ReadonlySpan[],
  ): CorpusHit<R>[] => list.flatMap((_, at) => pick(indexAt(at)).map((r) => hit(at, r, spans(r))));
  const byEntities = <R extends { id: string }>(
    ref: string,
    pick: (index: DatasetIndex, entityId: string) => readonly R[],
    spans: (record: R) => readonly ReadonlySpan[],
  ): CorpusHit<R>[] => {
    const out: CorpusHit<R>[] = [];
    for (const { at, entity } of resolve(ref)) {
      for (const r of pick(indexAt(at), entity.id)) out.push(hit(at, r, spans(r)));
    }
    return out;
  };
  const quoteSpans = (q: ReadonlyQuote) => q.spans;
  const claimSpans = (c: ReadonlyClaim) => [c.span];

  return {
    datasets: list,
    dataset: (id) => {
      const at = byId.get(id);
      return at === undefined ? undefined : list[at];
    },
    index(datasetId) {
      const at = byId.get(datasetId);
      if (at === undefined) {
        throw new ClaimsetError("invalid-argument", [
          {
            rule: "unknown-dataset",
            message: `no dataset ${JSON.stringify(datasetId)} in the corpus`,
            path: [],
            recordId: null,
            expected: `one of ${list.map((d) => d.id).join(", ") || "(none: the corpus is empty)"}`,
          },
        ]);
      }
      return indexAt(at);
    },
    record(key) {
      const colon = key.indexOf(":");
      const at = colon > 0 ? byId.get(key.slice(0, colon)) : undefined;
      if (at === undefined) return undefined;
      const found = indexAt(at).record(key.slice(colon + 1));
      return found && { ...hit(at, found.record, spansOf(found)), table: found.table };
    },
    entities: (ref) => resolve(ref).map(({ at, entity }) => hit(at, entity, entity.mentions)),
    quotesBy: (ref) => byEntities(ref, (index, id) => index.quotesBy(id), quoteSpans),
    claimsAbout: (ref) => byEntities(ref, (index, id) => index.claimsAbout(id), claimSpans),
    claimsAssertedBy: (ref) => byEntities(ref, (index, id) => index.claimsAssertedBy(id), claimSpans),
    mentionsOf(ref) {
      const out: CorpusMention[] = [];
      for (const { at, entity } of resolve(ref)) {
        const dataset = list[at]!.id;
        for (const m of entity.mentions) {
          out.push({ dataset, key: `${dataset}:${entity.id}`, record: m, spans: [m], entity });
        }
      }
      return out;
    },
    at(datasetId, offset) {
      const index = this.index(datasetId);
      return index.at(offset).map((annotation) => {
        const owner =
          annotation.type === "mention"
            ? annotation.entity
            : annotation.type === "quote"
              ? annotation.quote
              : annotation.type === "claim"
                ? annotation.claim
                : annotation.note;
        return { dataset: datasetId, key: `${datasetId}:${owner.id}` as CorpusKey, annotation };
      });
    },
    quotesByKind: (kind) => quotesOfKind().get(kind) ?? [],
    claimsByKind: (kind) => each((index) => index.claimsByKind(kind), claimSpans),
    entitiesByType: (type) =>
      each(
        (index) => index.entitiesByType(type),
        (e) => e.mentions,
      ),
    search(text) {
      const quotes: CorpusHit<ReadonlyQuote>[] = [];
      const claims: CorpusHit<ReadonlyClaim>[] = [];
      list.forEach((_, at) => {
        const found = indexAt(at).search(text);
        for (const q of found.quotes) quotes.push(hit(at, q, q.spans));
        for (const c of found.claims) claims.push(hit(at, c, [c.span]));
      });
      return { quotes, claims };
    },
  };
}
