import type { FlatColumn, FlatTable } from "../flat/types.js";

/**
 * A Parquet schema element, as the Parquet format's Thrift definition names
 * its fields (and as hyparquet-writer takes them). Only standard logical
 * types: STRING, LIST, and plain INT32, DOUBLE and BOOLEAN. Every integer
 * column is an offset into or a length of a text, and a JavaScript string
 * is shorter than 2^31 units, so INT32 holds them (the writer refuses one
 * that does not fit rather than wrap it).
 */
export interface ParquetSchemaElement {
  readonly name: string;
  readonly type?: "BYTE_ARRAY" | "INT32" | "DOUBLE" | "BOOLEAN";
  readonly repetition_type?: "REQUIRED" | "OPTIONAL" | "REPEATED";
  readonly converted_type?: "UTF8" | "LIST";
  readonly logical_type?: { readonly type: "STRING" | "LIST" };
  readonly num_children?: number;
}

const STRING = { type: "BYTE_ARRAY", converted_type: "UTF8", logical_type: { type: "STRING" } } as const;
const PHYSICAL = {
  string: STRING,
  integer: { type: "INT32" },
  number: { type: "DOUBLE" },
  boolean: { type: "BOOLEAN" },
} as const;

function elements(column: FlatColumn): ParquetSchemaElement[] {
  const repetition_type = column.nullable ? "OPTIONAL" : "REQUIRED";
  if (column.type === "string-list") {
    // The three-level LIST of the Parquet format's LogicalTypes: <list> (LIST) → repeated group list → element.
    return [
      { name: column.name, repetition_type, converted_type: "LIST", logical_type: { type: "LIST" }, num_children: 1 },
      { name: "list", repetition_type: "REPEATED", num_children: 1 },
      { name: "element", repetition_type: "REQUIRED", ...STRING },
    ];
  }
  return [{ name: column.name, repetition_type, ...PHYSICAL[column.type] }];
}

/** The Parquet schema of a flat table: a root, then its columns in order, flattened depth first. */
export function parquetSchema(table: FlatTable): ParquetSchemaElement[] {
  return [{ name: "schema", num_children: table.columns.length }, ...table.columns.flatMap(elements)];
}
