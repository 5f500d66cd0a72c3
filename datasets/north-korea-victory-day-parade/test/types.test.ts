// The package's declarations type every id and reference with this dataset's
// own ids, so a misspelt id is a compile error. `npm run typecheck` checks the
// `@ts-expect-error` lines below: each must be an error, or tsc fails.
import { createIndex } from "@claimset/core";
import {
  type ClaimId,
  type DatasetIds,
  dataset,
  type EntityId,
  type NoteId,
  type QuoteId,
} from "@claimset/dataset-north-korea-victory-day-parade";
import { claims } from "@claimset/dataset-north-korea-victory-day-parade/claims";
import { entities } from "@claimset/dataset-north-korea-victory-day-parade/entities";
import { notes } from "@claimset/dataset-north-korea-victory-day-parade/notes";
import { quotes } from "@claimset/dataset-north-korea-victory-day-parade/quotes";
import { describe, expect, expectTypeOf, it } from "vitest";

describe("the package's types", () => {
  it("type each record's id and references with the dataset's ids", () => {
    expectTypeOf(quotes[0]!.id).toEqualTypeOf<QuoteId>();
    expectTypeOf(quotes[0]!.speaker).toEqualTypeOf<EntityId | null>();
    expectTypeOf(quotes[0]!.parent).toEqualTypeOf<QuoteId | null>();
    expectTypeOf(entities[0]!.id).toEqualTypeOf<EntityId>();
    expectTypeOf(claims[0]!.about.entities[0]!).toEqualTypeOf<EntityId>();
    expectTypeOf(notes[0]!.targets[0]!).toEqualTypeOf<EntityId | QuoteId | ClaimId | NoteId>();
    expectTypeOf(dataset.quotes).toEqualTypeOf(quotes);
    expectTypeOf<DatasetIds["entity"]>().toEqualTypeOf<EntityId>();
    // The typed records are still records: they go wherever a dataset does.
    const id: QuoteId = quotes[0]!.id;
    expect(quotes.some((q) => q.id === id)).toBe(true);
  });

  it("make a misspelt id a type error, in comparisons and in index lookups", () => {
    const index = createIndex(dataset);
    const leopard = quotes.filter((q) => q.speaker === "leopard");
    expect(leopard.length).toBeGreaterThan(0);
    expect(index.quotesBy("leopard")).toEqual(leopard);
    // @ts-expect-error "leopardd" is not an entity id of this dataset
    expect(quotes.filter((q) => q.speaker === "leopardd")).toEqual([]);
    // @ts-expect-error "vladimir-putn" is not an entity id of this dataset
    expect(entities.find((e) => e.id === "vladimir-putn")).toBeUndefined();
    // @ts-expect-error quotesBy takes an entity id of this dataset
    expect(index.quotesBy("leopardd")).toEqual([]);
    // @ts-expect-error a quote id is not an entity id
    expect(index.claimsAbout("q-football")).toEqual([]);
    expectTypeOf(index.quotesBy("vladimir-putin")).toEqualTypeOf<readonly (typeof quotes)[number][]>();
  });
});
