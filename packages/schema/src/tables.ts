/**
 * The one description of a dataset's tables: their names and order, id
 * prefixes, authored files, which fields hold spans and which hold
 * references to what. Validation, the authoring compiler, package files,
 * exports, diff, the release policy, `claimset new` and the viewer all read
 * it, so a table or a span or reference field is added here, once.
 *
 * Plain data with no zod: the zod-free entry points of `@claimset/core`
 * (createIndex, diff, the data packages' types) import it from
 * `@claimset/schema/tables` without pulling the schema in.
 */

/** The record tables of a dataset, in their canonical order. */
export const TABLES = ["entities", "quotes", "claims", "notes", "retired"] as const;
export type TableName = (typeof TABLES)[number];

/** The tables of live records: everything a record id can point at. Tombstones (`retired`) are not records. */
export const RECORD_TABLES = ["entities", "quotes", "claims", "notes"] as const satisfies readonly TableName[];
export type RecordTableName = (typeof RECORD_TABLES)[number];

/**
 * Fields every live record carries after its own, with the same meaning in
 * every table (their schema is `recordFields` in record.ts). The authoring
 * compiler copies them as authored.
 */
export const RECORD_FIELDS = ["provenance"] as const;
export type RecordFieldName = (typeof RECORD_FIELDS)[number];

/**
 * The values each classifying field takes: the vocabularies of the tables,
 * as plain data, so the zod-free entry points and the CLI's help and
 * completions read them without loading the schema. The zod enums are made
 * from these lists.
 */
export const ENTITY_TYPES = [
  "person",
  "organization",
  "location",
  "facility",
  "event",
  "artifact",
  "weapon",
  "military-unit",
  "media-outlet",
  "group",
  "other",
] as const;
export const MENTION_KINDS = ["named", "nominal", "pronominal"] as const;
export const QUOTE_KINDS = ["direct", "indirect", "mixed", "scare"] as const;
export const CLAIM_KINDS = [
  "count",
  "duration",
  "age",
  "year",
  "date",
  "ordinal",
  "money",
  "percent",
  "other",
] as const;
export const COMPARATORS = ["=", "~", ">", ">=", "<", "<=", "range", "vague"] as const;
export const NOTE_KINDS = ["translation", "inconsistency", "context", "ambiguity", "inference", "fact-check"] as const;
export const RETIRED_KINDS = ["moved", "split", "removed"] as const;
export const PROVENANCE_METHODS = ["drafted", "imported"] as const;

/** A JSON path inside one record, e.g. `["assertedBy", "span"]`. */
export type FieldPath = readonly string[];

/** A field that holds a span of the source text (or a list of spans). */
export interface SpanField {
  readonly path: FieldPath;
  /** The field is a list of spans (entity mentions, quote spans). */
  readonly list: boolean;
  /** The field may be null (a quote without a cue). */
  readonly nullable: boolean;
  /** Only when another field of the record has this value (a union variant). */
  readonly when?: { readonly path: FieldPath; readonly equals: string };
}

/** A field that holds the id of another record (or a list of ids). */
export interface ReferenceField {
  readonly path: FieldPath;
  readonly list: boolean;
  readonly nullable: boolean;
  /** The table the id must be in; `null` for any live record. */
  readonly to: RecordTableName | null;
  readonly when?: { readonly path: FieldPath; readonly equals: string };
}

/** A list field whose items export as rows of a table of their own (entity mentions, quote spans). */
export interface ChildTable {
  /** The exported table's name, snake_case (`mentions`, `quote_spans`). */
  readonly name: string;
  /** The list field that holds the rows. */
  readonly path: FieldPath;
  /** The column holding the parent record's id (`entity`, `quote`). */
  readonly parentKey: string;
}

export interface TableDescription<T extends TableName = TableName> {
  readonly name: T;
  /** One record of the table, for messages: "entity", "tombstone". */
  readonly noun: string;
  /** The authored file the table is written in. */
  readonly file: `${T}.yml`;
  /** Whether a dataset folder may leave the file out (an empty table). */
  readonly optionalFile: boolean;
  /** The prefix every id of the table starts with, or null (entities: none of the other prefixes). */
  readonly idPrefix: string | null;
  /** The exported type of an id of the table, and of a record (`@claimset/schema`'s names). */
  readonly idType: "EntityId" | "QuoteId" | "ClaimId" | "NoteId" | "RecordId";
  readonly recordType: "Entity" | "Quote" | "NumericClaim" | "EditorialNote" | "RetiredId";
  /** The key of the table's ids in `DatasetIds`, and the record type typed with a dataset's ids (`TypedEntity`, …). */
  readonly idsKey: "entity" | "quote" | "claim" | "note" | "retired";
  readonly typedType: "TypedEntity" | "TypedQuote" | "TypedClaim" | "TypedNote" | "TypedRetired";
  /** The union of a dataset's ids of the table that its package exports. */
  readonly packageIdType: "EntityId" | "QuoteId" | "ClaimId" | "NoteId" | "RetiredRecordId";
  /** The field that classifies a record (`type` for entities, `kind` elsewhere). */
  readonly kindField: "type" | "kind";
  readonly spans: readonly SpanField[];
  readonly references: readonly ReferenceField[];
  readonly children: readonly ChildTable[];
}

/** Every table of a dataset, described. */
export const TABLE_DESCRIPTIONS: { readonly [T in TableName]: TableDescription<T> } = {
  entities: {
    name: "entities",
    noun: "entity",
    file: "entities.yml",
    optionalFile: false,
    idPrefix: null,
    idType: "EntityId",
    recordType: "Entity",
    idsKey: "entity",
    typedType: "TypedEntity",
    packageIdType: "EntityId",
    kindField: "type",
    spans: [{ path: ["mentions"], list: true, nullable: false }],
    references: [],
    children: [{ name: "mentions", path: ["mentions"], parentKey: "entity" }],
  },
  quotes: {
    name: "quotes",
    noun: "quote",
    file: "quotes.yml",
    optionalFile: false,
    idPrefix: "q-",
    idType: "QuoteId",
    recordType: "Quote",
    idsKey: "quote",
    typedType: "TypedQuote",
    packageIdType: "QuoteId",
    kindField: "kind",
    spans: [
      { path: ["spans"], list: true, nullable: false },
      { path: ["speakerText"], list: false, nullable: true },
      { path: ["cue"], list: false, nullable: true },
    ],
    references: [
      { path: ["speaker"], to: "entities", list: false, nullable: true },
      { path: ["addressee"], to: "entities", list: false, nullable: true },
      { path: ["parent"], to: "quotes", list: false, nullable: true },
    ],
    children: [{ name: "quote_spans", path: ["spans"], parentKey: "quote" }],
  },
  claims: {
    name: "claims",
    noun: "claim",
    file: "claims.yml",
    optionalFile: false,
    idPrefix: "n-",
    idType: "ClaimId",
    recordType: "NumericClaim",
    idsKey: "claim",
    typedType: "TypedClaim",
    packageIdType: "ClaimId",
    kindField: "kind",
    spans: [
      { path: ["span"], list: false, nullable: false },
      { path: ["qualifier"], list: false, nullable: true },
      {
        path: ["assertedBy", "span"],
        list: false,
        nullable: false,
        when: { path: ["assertedBy", "type"], equals: "unnamed" },
      },
    ],
    references: [
      { path: ["about", "entities"], to: "entities", list: true, nullable: false },
      {
        path: ["assertedBy", "id"],
        to: "entities",
        list: false,
        nullable: false,
        when: { path: ["assertedBy", "type"], equals: "entity" },
      },
      {
        path: ["assertedBy", "id"],
        to: "quotes",
        list: false,
        nullable: false,
        when: { path: ["assertedBy", "type"], equals: "quote" },
      },
    ],
    children: [],
  },
  notes: {
    name: "notes",
    noun: "note",
    file: "notes.yml",
    optionalFile: false,
    idPrefix: "note-",
    idType: "NoteId",
    recordType: "EditorialNote",
    idsKey: "note",
    typedType: "TypedNote",
    packageIdType: "NoteId",
    kindField: "kind",
    spans: [{ path: ["span"], list: false, nullable: true }],
    references: [{ path: ["targets"], to: null, list: true, nullable: false }],
    children: [],
  },
  retired: {
    name: "retired",
    noun: "tombstone",
    file: "retired.yml",
    optionalFile: true,
    idPrefix: null,
    idType: "RecordId",
    recordType: "RetiredId",
    idsKey: "retired",
    typedType: "TypedRetired",
    packageIdType: "RetiredRecordId",
    kindField: "kind",
    spans: [],
    references: [{ path: ["to"], to: null, list: true, nullable: false }],
    children: [],
  },
};

/** The id prefixes reserved for a table; an entity id starts with none of them. */
export function idPrefixes(): string[] {
  return TABLES.flatMap((t) => {
    const prefix = TABLE_DESCRIPTIONS[t].idPrefix;
    return prefix === null ? [] : [prefix];
  });
}

/** The value at `path` inside `record`, or undefined where the path stops early. */
export function valueAt(record: unknown, path: FieldPath): unknown {
  let value = record;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Whether a span or reference field applies to `record` (its `when` variant holds, or it has none). */
export function fieldApplies(field: SpanField | ReferenceField, record: unknown): boolean {
  return field.when === undefined || valueAt(record, field.when.path) === field.when.equals;
}
