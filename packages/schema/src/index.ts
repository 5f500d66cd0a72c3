export { About, AssertedBy, Bounds, ClaimKind, Comparator, NumericClaim, Unit } from "./claim.js";
export { Dataset } from "./dataset.js";
export { Entity, EntityType, Mention, MentionKind } from "./entity.js";
export { ClaimId, EntityId, NoteId, QuoteId, RecordId, SemVer, Sha256 } from "./ids.js";
export { EditorialNote, NoteKind } from "./note.js";
export { Quote, QuoteKind } from "./quote.js";
export type { DeepReadonly, ReadonlyDataset } from "./readonly.js";
export { Provenance } from "./record.js";
export { RetiredId } from "./retired.js";
export { Source } from "./source.js";
export { Span } from "./span.js";
export type {
  ChildTable,
  FieldPath,
  RecordFieldName,
  RecordTableName,
  ReferenceField,
  SpanField,
  TableDescription,
  TableName,
} from "./tables.js";
export {
  CLAIM_KINDS,
  COMPARATORS,
  ENTITY_TYPES,
  MENTION_KINDS,
  NOTE_KINDS,
  PROVENANCE_METHODS,
  QUOTE_KINDS,
  RECORD_FIELDS,
  RECORD_TABLES,
  RETIRED_KINDS,
  TABLE_DESCRIPTIONS,
  TABLES,
} from "./tables.js";
export type {
  DatasetIds,
  IdsOf,
  LiveId,
  TypedAssertedBy,
  TypedClaim,
  TypedDataset,
  TypedEntity,
  TypedNote,
  TypedQuote,
  TypedRetired,
} from "./typed.js";
export { FORMAT_VERSIONS, SCHEMA_ID_BASE, SCHEMA_VERSION } from "./version.js";
