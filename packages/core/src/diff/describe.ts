import { TABLE_DESCRIPTIONS, TABLES, type TableName } from "@claimset/schema/tables";
import { canonicalJson } from "../text/canonical.js";
import type { DiffPath, FieldChange, TableRecords } from "./types.js";
import { isSpanLike, type SpanLike } from "./values.js";

/** How values are set in running text: plain, or as Markdown code spans. */
export type DescribeStyle = "text" | "markdown";

/** The singular noun for a record of each table, for messages. */
export const RECORD_NOUN = /* @__PURE__ */ (() =>
  Object.fromEntries(TABLES.map((t) => [t, TABLE_DESCRIPTIONS[t].noun])) as Record<TableName, string>)();

/** List fields whose items are spans, and the noun for one item. */
const SPAN_ITEM_NOUN: Record<string, string> = { mentions: "mention", spans: "span" };

const MAX_CHARS = 80;

/** Cuts `text` to at most `max` UTF-16 units plus an ellipsis, never inside a surrogate pair. */
export function truncate(text: string, max = MAX_CHARS): string {
  if (text.length <= max) return text;
  let cut = max;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/** A path the way people write it: `bounds.low`, `mentions[3]`, `(record)` for the empty path. */
export function formatDiffPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || "(record)";
}

/** A Markdown code span that survives backticks inside `text`. */
export function codeSpan(text: string): string {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

const styled = (text: string, style: DescribeStyle): string => (style === "markdown" ? codeSpan(text) : text);

const range = (span: SpanLike): string => `${span.start}–${span.end}`;

function spanKind(span: SpanLike): string | null {
  const kind = (span as { kind?: unknown }).kind;
  return typeof kind === "string" ? kind : null;
}

/** A span as `“text” (kind, 120–136)`, other values as (shortened) JSON. */
export function formatValue(value: unknown, style: DescribeStyle = "text"): string {
  if (isSpanLike(value)) {
    const kind = spanKind(value);
    return `${styled(`“${truncate(value.text)}”`, style)} (${kind ? `${kind}, ` : ""}${range(value)})`;
  }
  if (value === undefined) return styled("undefined", style);
  return styled(truncate(typeof value === "string" ? JSON.stringify(value) : canonicalJson(value)), style);
}

/** What to call the changed value: `mention` / `span` for an item of a span list, else its path (`bounds.low`). */
function subject(path: DiffPath, style: DescribeStyle): { name: string; item: boolean } {
  const [list, index] = path;
  const noun =
    path.length === 2 && typeof list === "string" && typeof index === "number" ? SPAN_ITEM_NOUN[list] : undefined;
  return noun ? { name: noun, item: true } : { name: styled(formatDiffPath(path), style), item: false };
}

/**
 * One change in words, e.g. `mention “the mad dictator” (nominal, 120–136) added`,
 * `mention “Putin” moved 120–125 → 340–345`, `value: 771000 → 772000`.
 */
export function describeChange(change: FieldChange, style: DescribeStyle = "text"): string {
  const { name: what, item } = subject(change.path, style);
  if (change.op === "added") {
    const value = formatValue(change.after, style);
    return item ? `${what} ${value} added` : `${what} added: ${value}`;
  }
  if (change.op === "removed") {
    const value = formatValue(change.before, style);
    return item ? `${what} ${value} removed` : `${what} removed: ${value}`;
  }
  const { before, after } = change;
  if (isSpanLike(before) && isSpanLike(after)) {
    const quoted = styled(`“${truncate(after.text)}”`, style);
    if (before.text === after.text && (before.start !== after.start || before.end !== after.end)) {
      const kinds = spanKind(before) === spanKind(after) ? "" : `, kind ${spanKind(before)} → ${spanKind(after)}`;
      return `${what} ${quoted} moved ${range(before)} → ${range(after)}${kinds}`;
    }
    if (before.text === after.text)
      return `${what} ${quoted} (${range(after)}) kind ${spanKind(before)} → ${spanKind(after)}`;
  }
  return `${what}: ${formatValue(before, style)} → ${formatValue(after, style)}`;
}

/** A short human label for a record, e.g. an entity's name or a claim's span text. */
export function recordLabel<T extends TableName>(table: T, record: TableRecords[T]): string {
  switch (table) {
    case "entities":
      return (record as TableRecords["entities"]).name;
    case "quotes":
      return `“${truncate((record as TableRecords["quotes"]).spans.map((s) => s.text).join(" … "), 60)}”`;
    case "claims":
      return `“${truncate((record as TableRecords["claims"]).span.text, 60)}”`;
    case "notes": {
      const note = record as TableRecords["notes"];
      return `${note.kind}: ${truncate(note.text, 60)}`;
    }
    default: {
      const tombstone = record as TableRecords["retired"];
      return tombstone.to.length ? `${tombstone.kind} → ${tombstone.to.join(", ")}` : tombstone.kind;
    }
  }
}
