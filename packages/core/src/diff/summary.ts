import type { TableName } from "@claimset/schema";
import { describeChange, recordLabel, truncate } from "./describe.js";
import { DIFF_TABLES } from "./diff.js";
import type { DatasetDiff, RetiredResolution, TableRecords } from "./types.js";

/** The source text change in one line: where, what was deleted and inserted. */
export function describeTextChange(diff: DatasetDiff): string | null {
  const text = diff.source?.text;
  if (!text) return null;
  const { start, deleted, inserted } = text.edit;
  const parts = [
    deleted ? `deleted ${JSON.stringify(truncate(deleted, 60))}` : null,
    inserted ? `inserted ${JSON.stringify(truncate(inserted, 60))}` : null,
  ].filter(Boolean);
  return `source text changed at offset ${start}: ${parts.join(", ")} (length ${text.before.length} → ${text.after.length}; every offset may move)`;
}

function retiredNote(resolution: RetiredResolution | undefined): string {
  if (!resolution) return " — no tombstone: citations of this id break";
  const to = resolution.to.length ? ` → ${resolution.to.join(", ")}` : "";
  return ` — retired (${resolution.kind}${to}, since ${resolution.since})`;
}

/**
 * A plain-text summary for terminals and release notes: a header with the
 * level, one line per dataset-level change, counts per table, then one line
 * per added (`+`), removed (`-`) and changed (`~`) record, each changed field
 * on its own line.
 */
export function summarizeDiff(diff: DatasetDiff): string {
  const lines: string[] = [];
  const from = `${diff.a.id}@${diff.a.version}`;
  const to = diff.id ? `${diff.b.id}@${diff.b.version}` : diff.b.version;
  lines.push(`${from} → ${to}: ${diff.level === "none" ? "no changes that need a release" : `${diff.level} change`}`);
  if (diff.id) lines.push(`dataset id: ${diff.id.before} → ${diff.id.after} (major)`);
  if (diff.schemaVersion)
    lines.push(
      `schemaVersion: ${diff.schemaVersion.before} → ${diff.schemaVersion.after} (${diff.schemaVersion.level})`,
    );
  const textLine = describeTextChange(diff);
  if (textLine) lines.push(`${textLine} (major)`);
  for (const change of diff.source?.fields ?? []) lines.push(`source ${describeChange(change)} (${change.level})`);
  if (diff.contentHash && diff.level === "none") lines.push("contentHash differs; the content compares equal");

  for (const table of DIFF_TABLES) {
    const t = diff.tables[table];
    const n = t.added.length + t.removed.length + t.changed.length;
    lines.push(
      n === 0
        ? `${table}: no changes`
        : `${table}: ${t.added.length} added, ${t.removed.length} removed, ${t.changed.length} changed`,
    );
  }

  const resolutions = new Map(diff.retiredIds.map((r) => [`${r.table}\u0000${r.id}`, r]));
  for (const table of DIFF_TABLES) {
    const t = diff.tables[table];
    const label = (record: TableRecords[TableName]) => recordLabel(table, record as TableRecords[typeof table]);
    for (const record of t.added) lines.push(`+ ${table} ${record.id}: ${label(record)} (minor)`);
    for (const record of t.removed) {
      const note =
        table === "retired"
          ? " — tombstone removed: the ids it redirected no longer resolve"
          : retiredNote(resolutions.get(`${table}\u0000${record.id}`));
      lines.push(`- ${table} ${record.id}: ${label(record)}${note} (major)`);
    }
    for (const change of t.changed)
      for (const field of change.changes)
        lines.push(`~ ${table} ${change.id}: ${describeChange(field)} (${field.level})`);
  }
  return lines.join("\n");
}
