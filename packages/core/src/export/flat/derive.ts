import {
  type FieldPath,
  RECORD_TABLES,
  TABLE_DESCRIPTIONS,
  type TableDescription,
  type TableName,
} from "@claimset/schema/tables";
import type { FlatColumn, FlatForeignKey, FlatTable, FlatType, FlatWhen } from "./types.js";

// Derives the flat tables from the dataset's JSON Schema (generated from the
// zod schema) and the table description, so a field added to a record shows
// up in every flat export. Run by scripts/generate-flat-tables.ts; a test
// checks the committed result against a fresh derivation.

/** The JSON Schema subset the generated dataset schema uses. */
export interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  oneOf?: JsonSchemaNode[];
  const?: unknown;
  enum?: unknown[];
  description?: string;
}

/** camelCase → snake_case: `noSpeakerReason` → `no_speaker_reason`. */
export const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const same = (a: FieldPath, b: FieldPath) => a.length === b.length && a.every((k, i) => k === b[i]);

/** A node without its `null` alternative, and whether it had one. */
function unwrapNull(node: JsonSchemaNode): { node: JsonSchemaNode; nullable: boolean } {
  if (node.anyOf) {
    const others = node.anyOf.filter((n) => n.type !== "null");
    if (others.length === 1 && others.length < node.anyOf.length) {
      const description = node.description ?? others[0]!.description;
      return { node: { ...others[0]!, ...(description === undefined ? {} : { description }) }, nullable: true };
    }
  }
  if (Array.isArray(node.type) && node.type.includes("null")) {
    const types = node.type.filter((t) => t !== "null");
    return { node: { ...node, type: types.length === 1 ? types[0]! : types }, nullable: true };
  }
  return { node, nullable: false };
}

const SCALARS: Record<string, FlatType> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
};

interface Context {
  /** The table, for messages. */
  name: string;
  /** Paths, relative to the walked item, of the fields that hold one span. */
  spans: readonly FieldPath[];
  columns: FlatColumn[];
}

interface Extra {
  nullable: boolean;
  when?: FlatWhen;
  /** The nullable or optional object this field is inside. */
  object?: { path: FieldPath; empty: "null" | "absent" };
  description?: string;
}

/** Flattens one node into columns, depth first, in schema order. */
function walk(ctx: Context, node: JsonSchemaNode, path: FieldPath, extra: Extra) {
  const unwrapped = unwrapNull(node);
  const n = unwrapped.node;
  const nullable = extra.nullable || unwrapped.nullable;
  const name = path.map(snakeCase).join("_");
  const description = n.description ?? extra.description ?? "";
  // A nullable object (a span that may be null) owns its columns, unless an outer optional object already does.
  const object =
    extra.object ??
    (unwrapped.nullable && (n.type === "object" || n.oneOf) ? { path, empty: "null" as const } : undefined);
  const meta = { ...(extra.when ? { when: extra.when } : {}), ...(object ? { object } : {}) };
  const inner = { nullable, ...meta };
  if (ctx.spans.some((s) => same(s, path))) {
    // A list item's span (a mention) is `span_*` too: `end` alone is an SQL keyword.
    const prefix = name === "" ? "span_" : `${name}_`;
    const push = (suffix: string, type: FlatType, text: string, value: FlatColumn["value"]) =>
      ctx.columns.push({
        name: `${prefix}${suffix}`,
        type,
        nullable,
        description: `${description}${description ? " " : ""}${text}`,
        value,
        ...meta,
      });
    push("start", "integer", "Start: UTF-16 code units (JavaScript string index).", {
      kind: "field",
      path: [...path, "start"],
    });
    push("end", "integer", "End, exclusive: UTF-16 code units.", { kind: "field", path: [...path, "end"] });
    push("text", "string", "The covered text, exactly.", { kind: "field", path: [...path, "text"] });
    push("start_cp", "integer", "Start: Unicode code points (SQL substring, Python, Spark).", {
      kind: "code-point",
      path: [...path, "start"],
    });
    push("end_cp", "integer", "End, exclusive: Unicode code points.", {
      kind: "code-point",
      path: [...path, "end"],
    });
    // Fields a span item carries besides its offsets (a mention's kind).
    for (const [key, child] of Object.entries(n.properties ?? {})) {
      if (key !== "start" && key !== "end" && key !== "text") walk(ctx, child, [...path, key], inner);
    }
    return;
  }
  if (n.oneOf) {
    // A discriminated union: the discriminator, then each variant's other fields, set only for the variants that have them.
    const variants = n.oneOf.map((v) => unwrapNull(v).node);
    const tag = Object.keys(variants[0]?.properties ?? {}).find((k) =>
      variants.every((v) => v.properties?.[k]?.const !== undefined),
    );
    if (!tag) throw new Error(`${ctx.name}.${path.join(".")}: a union without a discriminator cannot be flattened`);
    const tags = variants.map((v) => String(v.properties![tag]!.const));
    walk(ctx, { type: "string", description: `${description} One of: ${tags.join(", ")}.` }, [...path, tag], inner);
    const keys: string[] = [];
    for (const v of variants) {
      for (const k of Object.keys(v.properties ?? {})) if (k !== tag && !keys.includes(k)) keys.push(k);
    }
    for (const key of keys) {
      const having = variants.filter((v) => v.properties?.[key]);
      walk(ctx, having[0]!.properties![key]!, [...path, key], {
        ...inner,
        nullable: true,
        when: { path: [...path, tag], in: having.map((v) => String(v.properties![tag]!.const)) },
        description: having.map((v) => v.description).join(" "),
      });
    }
    return;
  }
  const type = Array.isArray(n.type) ? undefined : n.type;
  if (type === "object") {
    for (const [key, child] of Object.entries(n.properties ?? {})) {
      const optional = !(n.required ?? []).includes(key);
      const childPath = [...path, key];
      const optionalObject = optional && unwrapNull(child).node.type === "object";
      walk(ctx, child, childPath, {
        ...inner,
        nullable: nullable || optional,
        ...(optionalObject && !object ? { object: { path: childPath, empty: "absent" as const } } : {}),
      });
    }
    return;
  }
  if (type === "array") {
    const items = n.items ? unwrapNull(n.items).node : undefined;
    if (items?.type !== "string") {
      throw new Error(
        `${ctx.name}.${path.join(".")}: only lists of strings flatten into a column; describe a list of records as a child table`,
      );
    }
    ctx.columns.push({ name, type: "string-list", nullable, description, value: { kind: "field", path }, ...meta });
    return;
  }
  const scalar = type === undefined ? undefined : SCALARS[type];
  if (!scalar)
    throw new Error(`${ctx.name}.${path.join(".")}: cannot flatten a value of type ${JSON.stringify(n.type)}`);
  ctx.columns.push({ name, type: scalar, nullable, description, value: { kind: "field", path }, ...meta });
}

const datasetColumn: FlatColumn = {
  name: "dataset",
  type: "string",
  nullable: false,
  description: "The dataset (article) id the row belongs to.",
  value: { kind: "dataset" },
};
const keyColumn: FlatColumn = {
  name: "key",
  type: "string",
  nullable: false,
  description: "The record's corpus-wide key, `<dataset>:<id>`: unique across datasets.",
  value: { kind: "key" },
};

/** The JSON Schema of one record of a table, from the dataset schema. */
function recordSchema(schema: JsonSchemaNode, table: TableName): JsonSchemaNode {
  const items = schema.properties?.[table]?.items;
  if (!items) throw new Error(`dataset schema: no items schema for ${table}`);
  return items;
}

/** Foreign keys from the table description: single references to one table; every row to its dataset's source. */
function foreignKeys(desc: TableDescription, columns: readonly FlatColumn[]): FlatForeignKey[] {
  const keys: FlatForeignKey[] = [{ fields: ["dataset"], reference: { table: "sources", fields: ["dataset"] } }];
  for (const ref of desc.references) {
    if (ref.list || ref.to === null || ref.when) continue;
    const column = columns.find((c) => c.value.kind === "field" && same(c.value.path, ref.path));
    if (column)
      keys.push({ fields: ["dataset", column.name], reference: { table: ref.to, fields: ["dataset", "id"] } });
  }
  return keys;
}

/** Every flat table, in export order: sources, then each record table followed by its child tables, then tombstones. */
export function deriveFlatTables(schema: JsonSchemaNode): FlatTable[] {
  const tables: FlatTable[] = [];

  // sources: the dataset's own scalars (version, hashes, flags), then the source's fields, then the text's lengths.
  const sourceCtx: Context = { name: "sources", spans: [], columns: [] };
  const tableNames: readonly string[] = [...RECORD_TABLES, "retired"];
  const scalars = Object.entries(schema.properties ?? {}).filter(
    ([key]) => key !== "id" && key !== "source" && !tableNames.includes(key),
  );
  walk(sourceCtx, { type: "object", properties: Object.fromEntries(scalars), required: schema.required ?? [] }, [], {
    nullable: false,
  });
  const source = schema.properties?.source;
  if (!source?.properties) throw new Error("dataset schema: no source object");
  walk(sourceCtx, { type: "object", properties: { source }, required: ["source"] }, [], { nullable: false });
  // The source's columns are named without the `source_` prefix: the table is the source.
  const sourceColumns = sourceCtx.columns.map((c) => ({ ...c, name: c.name.replace(/^source_/, "") }));
  sourceColumns.push(
    {
      name: "text_length",
      type: "integer",
      nullable: false,
      description: "Length of the text in UTF-16 code units (JavaScript `text.length`).",
      value: { kind: "length", path: ["source", "text"], unit: "utf16" },
    },
    {
      name: "text_length_cp",
      type: "integer",
      nullable: false,
      description: "Length of the text in Unicode code points (SQL `length(text)`).",
      value: { kind: "length", path: ["source", "text"], unit: "code-point" },
    },
  );
  tables.push({
    name: "sources",
    description:
      "One row per dataset: the article text, its sha256 and metadata (null when unknown), and the dataset's version and content hash.",
    rows: { kind: "source" },
    primaryKey: ["dataset"],
    foreignKeys: [],
    columns: [datasetColumn, ...sourceColumns],
  });

  for (const table of [...RECORD_TABLES, "retired"] as const) {
    const desc = TABLE_DESCRIPTIONS[table];
    const record = recordSchema(schema, table);
    const ctx: Context = {
      name: table,
      spans: desc.spans.filter((s) => !s.list).map((s) => s.path),
      columns: [],
    };
    const childPaths = desc.children.map((c) => c.path);
    for (const [key, node] of Object.entries(record.properties ?? {})) {
      if (childPaths.some((p) => same(p, [key]))) continue;
      const optional = !(record.required ?? []).includes(key);
      walk(ctx, { type: "object", properties: { [key]: node }, required: optional ? [] : [key] }, [], {
        nullable: false,
      });
    }
    const live = (RECORD_TABLES as readonly string[]).includes(table);
    const columns: FlatColumn[] = [datasetColumn, ...(live ? [keyColumn] : [])];
    for (const c of ctx.columns) {
      columns.push(c);
      // A quote's words in one cell, as people read them.
      if (table === "quotes" && c.name === "kind") {
        columns.push({
          name: "text",
          type: "string",
          nullable: false,
          description: "The quoted words; the parts of an interrupted quote joined by ' … ' (see quote_spans).",
          value: { kind: "joined", path: ["spans"], separator: " … " },
        });
      }
    }
    tables.push({
      name: table,
      description: `One row per ${desc.noun}.`,
      rows: { kind: "table", table },
      primaryKey: ["dataset", "id"],
      foreignKeys: foreignKeys(desc, columns),
      columns,
    });
    for (const child of desc.children) {
      const items = unwrapNull(record.properties?.[child.path[0]!] ?? {}).node.items;
      if (!items) throw new Error(`dataset schema: ${table}.${child.path.join(".")} is not a list`);
      // The items of a child list are spans (the description lists the field as one), walked from the item's root.
      const childCtx: Context = { name: child.name, spans: [[]], columns: [] };
      walk(childCtx, items, [], { nullable: false });
      const parent: FlatColumn = {
        name: child.parentKey,
        type: "string",
        nullable: false,
        description: `Id of the ${desc.noun} the row belongs to.`,
        value: { kind: "parent" },
      };
      tables.push({
        name: child.name,
        description: `One row per item of ${desc.noun} \`${child.path.join(".")}\`, in text order.`,
        rows: { kind: "child", table, path: child.path },
        primaryKey: ["dataset", child.parentKey, "span_start", "span_end"],
        foreignKeys: [
          { fields: ["dataset"], reference: { table: "sources", fields: ["dataset"] } },
          { fields: ["dataset", child.parentKey], reference: { table, fields: ["dataset", "id"] } },
        ],
        columns: [datasetColumn, parent, ...childCtx.columns],
      });
    }
  }
  return tables;
}
