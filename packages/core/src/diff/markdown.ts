import type { TableName } from "@claimset/schema";
import { codeSpan, describeChange, RECORD_NOUN, recordLabel, truncate } from "./describe.js";
import { DIFF_TABLES } from "./diff.js";
import type { DatasetDiff, TableRecords } from "./types.js";

export interface MarkdownOptions {
  /** A `##` heading to put first, e.g. the new version; none by default. */
  title?: string;
}

/** Markdown special characters escaped, for labels taken from the data. */
const escapeMarkdown = (text: string): string => text.replace(/[\\`*_{}[\]<>#|~]/g, (c) => `\\${c}`);

/**
 * A changelog section computed from the diff: `### Added`, `### Removed`
 * (ids gone without a tombstone), `### Retired` (ids gone that resolve through
 * a tombstone), `### Changed` (dataset-level changes, then each changed record
 * with one sub-item per field). Empty sections are left out. Tombstones added
 * for ids retired in this same diff are listed under Retired only.
 */
export function diffToMarkdown(diff: DatasetDiff, options: MarkdownOptions = {}): string {
  const blocks: string[] = [];
  if (options.title) blocks.push(`## ${options.title}`);
  blocks.push(
    diff.level === "none"
      ? "No changes to the data (only `version` or `contentHash` differ, if anything)."
      : `Change level: **${diff.level}**.`,
  );

  const label = (table: TableName, record: TableRecords[TableName]): string =>
    escapeMarkdown(recordLabel(table, record as TableRecords[typeof table]));
  const retiredHere = new Set(diff.retiredIds.map((r) => r.id));

  const added: string[] = [];
  for (const table of DIFF_TABLES)
    for (const record of diff.tables[table].added) {
      if (table === "retired" && retiredHere.has(record.id)) continue;
      added.push(`- ${codeSpan(record.id)} (${RECORD_NOUN[table]}): ${label(table, record)}`);
    }
  section(blocks, "Added", added);

  const removed: string[] = [];
  for (const table of DIFF_TABLES)
    for (const record of diff.tables[table].removed) {
      if (table !== "retired" && retiredHere.has(record.id)) continue;
      const why =
        table === "retired"
          ? "tombstone removed: the ids it redirected no longer resolve"
          : "removed without a tombstone: citations of this id break";
      removed.push(`- ${codeSpan(record.id)} (${RECORD_NOUN[table]}): ${label(table, record)} — ${why}`);
    }
  section(blocks, "Removed", removed);

  const retired = diff.retiredIds.map((r) => {
    const to = r.to.length ? ` → ${r.to.map(codeSpan).join(", ")}` : "";
    return `- ${codeSpan(r.id)} (${RECORD_NOUN[r.table]}) ${r.kind}${to} (since ${r.since})`;
  });
  section(blocks, "Retired", retired);

  const changed: string[] = [];
  if (diff.id) changed.push(`- Dataset id ${codeSpan(diff.id.before)} → ${codeSpan(diff.id.after)}`);
  if (diff.schemaVersion)
    changed.push(
      `- ${codeSpan("schemaVersion")} ${codeSpan(diff.schemaVersion.before)} → ${codeSpan(diff.schemaVersion.after)}`,
    );
  const text = diff.source?.text;
  if (text) {
    const parts = [
      text.edit.deleted ? `deleted ${codeSpan(truncate(text.edit.deleted, 60))}` : null,
      text.edit.inserted ? `inserted ${codeSpan(truncate(text.edit.inserted, 60))}` : null,
    ].filter(Boolean);
    changed.push(`- Source text changed at offset ${text.edit.start}: ${parts.join(", ")} (every offset may move)`);
  }
  for (const change of diff.source?.fields ?? []) changed.push(`- Source ${describeChange(change, "markdown")}`);
  for (const table of DIFF_TABLES)
    for (const record of diff.tables[table].changed) {
      changed.push(`- ${codeSpan(record.id)} (${RECORD_NOUN[table]}):`);
      for (const change of record.changes) changed.push(`  - ${describeChange(change, "markdown")}`);
    }
  section(blocks, "Changed", changed);

  return `${blocks.join("\n\n")}\n`;
}

function section(blocks: string[], title: string, items: string[]): void {
  if (items.length) blocks.push(`### ${title}\n\n${items.join("\n")}`);
}
