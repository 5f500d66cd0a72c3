// The package's built declarations type every id and reference with this
// dataset's own ids, so a misspelt id is a compile error. `npm run check`
// type-checks this file against dist/ (after the build): each
// `@ts-expect-error` line must be an error, or tsc fails. Nothing here runs.
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
import { expectTypeOf } from "vitest";

// Each record's id and references are the dataset's ids.
expectTypeOf(quotes[0]!.id).toEqualTypeOf<QuoteId>();
expectTypeOf(quotes[0]!.speaker).toEqualTypeOf<EntityId | null>();
expectTypeOf(quotes[0]!.parent).toEqualTypeOf<QuoteId | null>();
expectTypeOf(entities[0]!.id).toEqualTypeOf<EntityId>();
expectTypeOf(claims[0]!.about.entities[0]!).toEqualTypeOf<EntityId>();
expectTypeOf(notes[0]!.targets[0]!).toEqualTypeOf<EntityId | QuoteId | ClaimId | NoteId>();
expectTypeOf(dataset.quotes).toEqualTypeOf(quotes);
expectTypeOf<DatasetIds["entity"]>().toEqualTypeOf<EntityId>();

// The typed records are still records: an id of the right table is accepted…
const index = createIndex(dataset);
const id: QuoteId = quotes[0]!.id;
index.record(id);
index.quotesBy("leopard");
expectTypeOf(index.quotesBy("vladimir-putin")).toEqualTypeOf<readonly (typeof quotes)[number][]>();
quotes.filter((q) => q.speaker === "leopard");

// …and a misspelt one, or one of another table, is not.
// @ts-expect-error "leopardd" is not an entity id of this dataset
quotes.filter((q) => q.speaker === "leopardd");
// @ts-expect-error "vladimir-putn" is not an entity id of this dataset
entities.find((e) => e.id === "vladimir-putn");
// @ts-expect-error quotesBy takes an entity id of this dataset
index.quotesBy("leopardd");
// @ts-expect-error a quote id is not an entity id
index.claimsAbout("q-football");
