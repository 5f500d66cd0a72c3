import type { AssertedBy, NumericClaim } from "./claim.js";
import type { Dataset } from "./dataset.js";
import type { Entity } from "./entity.js";
import type { EditorialNote } from "./note.js";
import type { Quote } from "./quote.js";
import type { DeepReadonly } from "./readonly.js";
import type { RetiredId } from "./retired.js";

/**
 * The ids of one dataset, table by table, as unions of string literals. A
 * dataset package exports its own (`DatasetIds`), and types its records
 * with them, so that a misspelt id in `quote.speaker === "vladimir-putn"` or
 * `index.quotesBy("vladimir-putn")` is a type error. With plain `string`
 * for each (the default), the typed records are the ordinary ones.
 */
export interface DatasetIds {
  entity: string;
  quote: string;
  claim: string;
  note: string;
  /** The ids of the tombstones in `retired`. */
  retired: string;
}

/** Any live record's id. */
export type LiveId<I extends DatasetIds = DatasetIds> = I["entity"] | I["quote"] | I["claim"] | I["note"];

type Retype<T, Fields> = Omit<DeepReadonly<T>, keyof Fields> & Readonly<Fields>;

/** An entity whose id is one of the dataset's entity ids. */
export type TypedEntity<I extends DatasetIds = DatasetIds> = Retype<Entity, { id: I["entity"] }>;

/** A quote whose id, speaker, addressee and parent are the dataset's ids. */
export type TypedQuote<I extends DatasetIds = DatasetIds> = Retype<
  Quote,
  { id: I["quote"]; speaker: I["entity"] | null; addressee: I["entity"] | null; parent: I["quote"] | null }
>;

/** Who asserts a claim, with the dataset's entity and quote ids. */
export type TypedAssertedBy<I extends DatasetIds = DatasetIds> =
  | Exclude<DeepReadonly<AssertedBy>, { readonly type: "entity" | "quote" }>
  | { readonly type: "entity"; readonly id: I["entity"] }
  | { readonly type: "quote"; readonly id: I["quote"] };

/** A numeric claim whose id, `about.entities` and `assertedBy` are the dataset's ids. */
export type TypedClaim<I extends DatasetIds = DatasetIds> = Retype<
  NumericClaim,
  {
    id: I["claim"];
    about: Retype<NumericClaim["about"], { entities: readonly I["entity"][] }>;
    assertedBy: TypedAssertedBy<I>;
  }
>;

/** An editorial note whose id and targets are the dataset's ids. */
export type TypedNote<I extends DatasetIds = DatasetIds> = Retype<
  EditorialNote,
  { id: I["note"]; targets: readonly LiveId<I>[] }
>;

/** A tombstone whose id is one of the dataset's retired ids, pointing at its live ids. */
export type TypedRetired<I extends DatasetIds = DatasetIds> = Retype<
  RetiredId,
  { id: I["retired"]; to: readonly LiveId<I>[] }
>;

/** A whole dataset, deeply readonly, typed with its own ids. */
export type TypedDataset<I extends DatasetIds = DatasetIds> = Retype<
  Dataset,
  {
    entities: readonly TypedEntity<I>[];
    quotes: readonly TypedQuote<I>[];
    claims: readonly TypedClaim<I>[];
    notes: readonly TypedNote<I>[];
    retired: readonly TypedRetired<I>[];
  }
>;

/** The ids of a dataset's type: the literal unions of a typed dataset, `string` for an untyped one. */
export interface IdsOf<D extends DeepReadonly<Dataset>> extends DatasetIds {
  entity: D["entities"][number]["id"];
  quote: D["quotes"][number]["id"];
  claim: D["claims"][number]["id"];
  note: D["notes"][number]["id"];
  retired: D["retired"][number]["id"];
}
