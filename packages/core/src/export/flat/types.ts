// The flat-table description every flat export (CSV, JSON Lines, Parquet)
// reads. Plain data: derived from the dataset's JSON Schema and the table
// description by `deriveFlatTables`, committed as flat-tables.generated.ts.

/** The type of a flat column: a scalar, or a list of strings (ids, aliases, bylines). */
export type FlatType = "string" | "integer" | "number" | "boolean" | "string-list";

/** A condition on another field of the record: the column applies only to the variants it names. */
export interface FlatWhen {
  readonly path: readonly string[];
  readonly in: readonly string[];
}

/** Where a column's value comes from. Paths are relative to the row's record (or list item, for child tables). */
export type FlatValue =
  /** The dataset id. */
  | { readonly kind: "dataset" }
  /** The record's corpus-wide key, `<dataset>:<id>`. */
  | { readonly kind: "key" }
  /** The id of the record a child row belongs to (a mention's entity). */
  | { readonly kind: "parent" }
  /** A scalar or list of strings at `path`. */
  | { readonly kind: "field"; readonly path: readonly string[] }
  /** A UTF-16 offset at `path`, converted to Unicode code points. */
  | { readonly kind: "code-point"; readonly path: readonly string[] }
  /** The texts of the spans listed at `path`, joined by `separator` (a quote's words). */
  | { readonly kind: "joined"; readonly path: readonly string[]; readonly separator: string }
  /** The length of the string at `path`, in UTF-16 units or in code points. */
  | { readonly kind: "length"; readonly path: readonly string[]; readonly unit: "utf16" | "code-point" };

export interface FlatColumn {
  /** snake_case. */
  readonly name: string;
  readonly type: FlatType;
  readonly nullable: boolean;
  readonly description: string;
  readonly value: FlatValue;
  /** Set only for the variants of a union this names (`asserted_by_id` when `assertedBy.type` is entity or quote). */
  readonly when?: FlatWhen;
  /**
   * The nullable or optional object the column is part of (a span such as
   * `qualifier`, or `provenance`): when all of its columns are null, the
   * record has `null` there, or no such field.
   */
  readonly object?: { readonly path: readonly string[]; readonly empty: "null" | "absent" };
}

/** Where a flat table's rows come from. */
export type FlatRows =
  /** One row per dataset: the article and its metadata. */
  | { readonly kind: "source" }
  /** One row per record of a table. */
  | { readonly kind: "table"; readonly table: string }
  /** One row per item of a list field of each record (entity mentions, quote spans). */
  | { readonly kind: "child"; readonly table: string; readonly path: readonly string[] };

export interface FlatForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly table: string; readonly fields: readonly string[] };
}

export interface FlatTable {
  /** snake_case: the file name of the table in every flat export. */
  readonly name: string;
  readonly description: string;
  readonly rows: FlatRows;
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly FlatForeignKey[];
  readonly columns: readonly FlatColumn[];
}
