import type { Dataset, Span } from "@claimset/schema";
import {
  fieldApplies,
  type RecordTableName,
  type SpanField,
  TABLE_DESCRIPTIONS,
  TABLES,
  type TableName,
  valueAt,
} from "@claimset/schema/tables";
import type { Issue } from "../../errors/issue.js";

/** An integrity rule: a check the JSON Schema cannot express. Runs on structurally valid data. */
export interface Rule {
  name: string;
  description: string;
  check(dataset: Dataset, context: RuleContext): Issue[];
}

/** Shared, lazily built lookups so that every rule stays linear in the data. */
export interface RuleContext {
  /** Every record id (entities, quotes, claims, notes) mapped to its table. */
  readonly ids: ReadonlyMap<string, RecordTableName>;
  /** Retired ids mapped to their tombstones' index. */
  readonly retired: ReadonlyMap<string, number>;
  /**
   * The dataset's two hashes when they were computed beforehand (by
   * `validateDatasetAsync`, with WebCrypto where no synchronous native hash
   * exists); otherwise the hash rules compute them.
   */
  readonly hashes?: { readonly source: string; readonly content: string } | undefined;
}

/**
 * Where a span sits: `[table, i, ...field]`, then `j` when the field is a list.
 * Paths are built only for spans with a problem, via `spanPath`.
 */
export interface SpanPlace {
  table: TableName;
  i: number;
  field: readonly string[];
  /** The span's index in a list of spans, else -1. */
  j: number;
  recordId: string;
}

/** The JSON path of a span's place. */
export function spanPath(place: SpanPlace): (string | number)[] {
  return place.j < 0 ? [place.table, place.i, ...place.field] : [place.table, place.i, ...place.field, place.j];
}

/** A span field of the table description, with a getter compiled from its path. */
interface SpanAccessor {
  field: SpanField;
  get: (record: object) => unknown;
}

const getter = (path: readonly string[]): ((record: object) => unknown) =>
  path.length === 1 ? (record) => (record as Record<string, unknown>)[path[0]!] : (record) => valueAt(record, path);

// Pure: a bundle that never validates drops it (and the table description with it).
const SPAN_ACCESSORS = /* @__PURE__ */ (() =>
  TABLES.map((table) => ({
    table,
    fields: TABLE_DESCRIPTIONS[table].spans.map((field): SpanAccessor => ({ field, get: getter(field.path) })),
  })).filter((t) => t.fields.length > 0))();

/**
 * Calls `visit` for every span in the dataset, table by table and record by
 * record, in the order the table description lists the span fields. The
 * place object is reused between calls: copy what you keep.
 */
export function forEachSpan(dataset: Dataset, visit: (span: Span, place: Readonly<SpanPlace>) => void): void {
  const place: SpanPlace = { table: "entities", i: 0, field: [], j: -1, recordId: "" };
  for (const { table, fields } of SPAN_ACCESSORS) {
    const records = dataset[table] as readonly { id: string }[];
    place.table = table;
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      place.i = i;
      place.recordId = record.id;
      for (const { field, get } of fields) {
        if (field.when && !fieldApplies(field, record)) continue;
        const value = get(record);
        if (value === null || value === undefined) continue;
        place.field = field.path;
        if (field.list) {
          const list = value as readonly Span[];
          for (let j = 0; j < list.length; j++) {
            place.j = j;
            visit(list[j]!, place);
          }
        } else {
          place.j = -1;
          visit(value as Span, place);
        }
      }
    }
  }
}

export function preview(text: string, max = 60): string {
  const json = JSON.stringify(text);
  return json.length > max ? `${json.slice(0, max - 2)}…"` : json;
}
