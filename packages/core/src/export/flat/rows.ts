import type { Dataset } from "@claimset/schema";
import { valueAt } from "@claimset/schema/tables";
import type { ReadonlyDataset } from "../../query/types.js";
import { createOffsetConverter } from "../../text/offsets.js";
import { FLAT_TABLES, type FlatTableName } from "./flat-tables.generated.js";
import type { FlatColumn, FlatTable } from "./types.js";

/** A flat cell: a scalar, null, or a list of strings. */
export type FlatCell = string | number | boolean | null | readonly string[];
/** A flat row keyed by column name. */
export type FlatRow = Record<string, FlatCell>;

/** What a column reads a value from: the row's item, its record's id for a child row, the dataset. */
interface RowContext {
  dataset: ReadonlyDataset;
  item: unknown;
  parent: string;
  codePoint: (utf16: number) => number;
}

type Getter = (ctx: RowContext) => FlatCell;

const cell = (value: unknown): FlatCell => (value === undefined ? null : (value as FlatCell));

function holds(column: FlatColumn, item: unknown): boolean {
  return column.when === undefined || column.when.in.includes(valueAt(item, column.when.path) as string);
}

function getter(column: FlatColumn): Getter {
  const v = column.value;
  const base = ((): Getter => {
    switch (v.kind) {
      case "dataset":
        return (ctx) => ctx.dataset.id;
      case "key":
        return (ctx) => `${ctx.dataset.id}:${(ctx.item as { id: string }).id}`;
      case "parent":
        return (ctx) => ctx.parent;
      case "field": {
        const [a, b, c] = v.path;
        // Paths are one to three keys long; unrolled, as every row of every table reads them.
        if (v.path.length === 1) return (ctx) => cell((ctx.item as Record<string, unknown>)[a!]);
        if (v.path.length === 2) {
          return (ctx) => cell((ctx.item as Record<string, Record<string, unknown> | null>)[a!]?.[b!]);
        }
        if (v.path.length === 3) return (ctx) => cell(valueAt(valueAt(ctx.item, [a!, b!]), [c!]));
        return (ctx) => cell(valueAt(ctx.item, v.path));
      }
      case "code-point":
        return (ctx) => {
          const utf16 = valueAt(ctx.item, v.path);
          return typeof utf16 === "number" ? ctx.codePoint(utf16) : null;
        };
      case "joined":
        return (ctx) => (valueAt(ctx.item, v.path) as readonly { text: string }[]).map((s) => s.text).join(v.separator);
      case "length":
        return (ctx) => {
          const text = valueAt(ctx.item, v.path) as string;
          return v.unit === "utf16" ? text.length : ctx.codePoint(text.length);
        };
    }
  })();
  return column.when === undefined ? base : (ctx) => (holds(column, ctx.item) ? base(ctx) : null);
}

const TABLES_BY_NAME = /* @__PURE__ */ (() => new Map<string, FlatTable>(FLAT_TABLES.map((t) => [t.name, t])))();
const getters = new Map<string, Getter[]>();

/** The description of a flat table, by name. */
export function flatTable(name: FlatTableName): FlatTable {
  const table = TABLES_BY_NAME.get(name);
  if (!table)
    throw new RangeError(
      `no flat table ${JSON.stringify(name)}; expected one of ${[...TABLES_BY_NAME.keys()].join(", ")}`,
    );
  return table;
}

function gettersOf(table: FlatTable): Getter[] {
  let list = getters.get(table.name);
  if (!list) {
    list = table.columns.map(getter);
    getters.set(table.name, list);
  }
  return list;
}

/** A code point converter for a text, built on first use: most texts are never converted at all. */
function codePointsOf(text: string): (utf16: number) => number {
  let convert: ((utf16: number) => number) | null = null;
  return (utf16) => {
    convert ??= createOffsetConverter(text).toCodePoint;
    return convert(utf16);
  };
}

/**
 * Calls `visit` with each row of a flat table for one dataset, as the
 * values of its columns in order. The row array is reused between calls:
 * copy it to keep it.
 */
export function eachFlatRow(
  dataset: ReadonlyDataset,
  name: FlatTableName,
  visit: (row: FlatCell[]) => void,
  codePoint: (utf16: number) => number = codePointsOf(dataset.source.text),
): void {
  const table = flatTable(name);
  const get = gettersOf(table);
  const row: FlatCell[] = new Array(get.length);
  const ctx: RowContext = { dataset, item: dataset, parent: "", codePoint };
  const emit = () => {
    for (let i = 0; i < get.length; i++) row[i] = get[i]!(ctx);
    visit(row);
  };
  const rows = table.rows;
  if (rows.kind === "source") {
    emit();
    return;
  }
  const records = (dataset as unknown as Record<string, readonly { id: string }[]>)[rows.table]!;
  if (rows.kind === "table") {
    for (const record of records) {
      ctx.item = record;
      emit();
    }
    return;
  }
  for (const record of records) {
    ctx.parent = record.id;
    for (const item of valueAt(record, rows.path) as readonly unknown[]) {
      ctx.item = item;
      emit();
    }
  }
}

/** The rows of a flat table for one dataset, keyed by column name. */
export function flatRows(dataset: ReadonlyDataset, name: FlatTableName): FlatRow[] {
  const names = flatTable(name).columns.map((c) => c.name);
  const out: FlatRow[] = [];
  eachFlatRow(dataset, name, (row) => {
    const object: FlatRow = {};
    for (let i = 0; i < names.length; i++) object[names[i]!] = row[i]!;
    out.push(object);
  });
  return out;
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

/** A record (or list item, or dataset head) rebuilt from its flat row: the inverse of the columns it has. */
function unflatten(table: FlatTable, row: FlatRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const empty = new Map<string, { path: readonly string[]; empty: "null" | "absent"; allNull: boolean }>();
  for (const column of table.columns) {
    if (column.value.kind !== "field") continue;
    const value = row[column.name] ?? null;
    if (column.object) {
      const key = column.object.path.join(".");
      const group = empty.get(key) ?? { ...column.object, allNull: true };
      group.allNull &&= value === null;
      empty.set(key, group);
    }
    // A union's field that its variant does not have is left out.
    if (column.when && !column.when.in.includes(valueAt(out, column.when.path) as string)) continue;
    setAt(out, column.value.path, Array.isArray(value) ? [...value] : value);
  }
  for (const group of empty.values()) {
    if (!group.allNull) continue;
    if (group.empty === "null") setAt(out, group.path, null);
    else {
      const parent = group.path.length > 1 ? (valueAt(out, group.path.slice(0, -1)) as Record<string, unknown>) : out;
      delete parent[group.path[group.path.length - 1]!];
    }
  }
  return out;
}

/**
 * Rebuilds datasets from their flat tables (as read back from CSV, JSON
 * Lines or Parquet): the inverse of the flat export, used to check that an
 * export loses nothing. Rows of each table must be in export order.
 */
export function datasetsFromFlatRows(tables: { readonly [T in FlatTableName]?: readonly FlatRow[] }): Dataset[] {
  const datasets = new Map<string, Record<string, unknown>>();
  const sources = flatTable("sources");
  for (const row of tables.sources ?? []) {
    const head = unflatten(sources, row);
    const id = row.dataset as string;
    datasets.set(id, {
      schemaVersion: head.schemaVersion,
      id,
      version: head.version,
      contentHash: head.contentHash,
      ...(head.machineDrafted === undefined || head.machineDrafted === null
        ? {}
        : { machineDrafted: head.machineDrafted }),
      source: head.source,
      entities: [],
      quotes: [],
      claims: [],
      notes: [],
      retired: [],
    });
  }
  const byKey = new Map<string, Record<string, unknown>>();
  for (const table of FLAT_TABLES) {
    if (table.rows.kind !== "table") continue;
    const { table: name } = table.rows;
    for (const row of tables[table.name as FlatTableName] ?? []) {
      const dataset = datasets.get(row.dataset as string);
      if (!dataset)
        throw new RangeError(`${table.name}: row of dataset ${JSON.stringify(row.dataset)}, which has no sources row`);
      const record = unflatten(table, row);
      for (const child of FLAT_TABLES) {
        if (child.rows.kind === "child" && child.rows.table === name) setAt(record, child.rows.path, []);
      }
      (dataset[name] as unknown[]).push(record);
      byKey.set(`${name}\u0000${row.dataset}\u0000${record.id}`, record);
    }
  }
  for (const table of FLAT_TABLES) {
    if (table.rows.kind !== "child") continue;
    const { table: name, path } = table.rows;
    const parentColumn = table.columns.find((c) => c.value.kind === "parent")!.name;
    for (const row of tables[table.name as FlatTableName] ?? []) {
      const parent = byKey.get(`${name}\u0000${row.dataset}\u0000${row[parentColumn]}`);
      if (!parent)
        throw new RangeError(`${table.name}: row for ${row.dataset}:${row[parentColumn]}, which is not in ${name}`);
      (valueAt(parent, path) as unknown[]).push(unflatten(table, row));
    }
  }
  return [...datasets.values()] as unknown as Dataset[];
}
