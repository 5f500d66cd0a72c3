/**
 * Importing into a dataset that already has records: only what no existing
 * record covers is added, and existing records are never changed. An
 * imported entity with a mention that meets an existing entity's mentions is
 * that entity (its id is used, nothing is added to it); an imported quote or
 * claim whose span meets an existing one is left out, and so is a note that
 * says what an existing note says of the same records. Added records keep
 * their ids unless the dataset has (or retired) the id already; every
 * reference among them is rewritten to the ids they end with. The records
 * are appended to the YAML files as text, so every existing line, comment
 * and record stays byte for byte as it was.
 */

import type { Dataset, EditorialNote, Entity, NumericClaim, Quote, Span } from "@claimset/schema";
import { fieldApplies, type ReferenceField, TABLE_DESCRIPTIONS } from "@claimset/schema/tables";
import { compileDataset } from "../authoring/compile.js";
import { appendToBlockList } from "../authoring/write/append.js";
import { authoredRecords } from "../authoring/write/dataset.js";
import { blockList } from "../authoring/write/yaml.js";
import type { Issue } from "../errors/issue.js";
import { lineAndColumn } from "../text/anchor.js";

export interface MergeImportedInput {
  /** The dataset imported into, as it validates now. */
  existing: Dataset;
  /** Its authored files' text, by file name (`dataset.yml`, `entities.yml`, …); a missing table file is an empty table. */
  files: Readonly<Record<string, string>>;
  /** The imported dataset: the same article text, its own records. */
  imported: Dataset;
  /** The imported document's name, for issues. */
  source: string;
}

export interface MergeImportedSummary {
  /** Ids of the records added, by table. */
  added: { entities: string[]; quotes: string[]; claims: string[]; notes: string[] };
  /** Imported records left out, each with the existing record that covers it. */
  covered: { table: "entities" | "quotes" | "claims" | "notes"; imported: string; by: string }[];
  /** Imported ids that the dataset already used, and the ids their records were added under. */
  renamed: { imported: string; id: string }[];
  /** Mentions of imported entities that are existing entities, not added (existing records are never changed). */
  mentionsLeftOut: number;
}

export type MergeImportedResult =
  | { ok: true; files: Record<string, string>; summary: MergeImportedSummary }
  | { ok: false; issues: Issue[] };

type MergedTable = "entities" | "quotes" | "claims" | "notes";

const meets = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const anyMeets = (a: readonly Span[], b: readonly Span[]) => a.some((x) => b.some((y) => meets(x, y)));

/** A copy of `record` with every reference field's ids passed through `map`. */
function remap<T>(record: T, fields: readonly ReferenceField[], map: (id: string) => string): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  for (const field of fields) {
    if (!fieldApplies(field, copy)) continue;
    const parentPath = field.path.slice(0, -1);
    let parent: Record<string, unknown> | undefined = copy;
    for (const key of parentPath) parent = parent?.[key] as Record<string, unknown> | undefined;
    const key = field.path[field.path.length - 1]!;
    const value = parent?.[key];
    if (parent === undefined || value === null || value === undefined) continue;
    parent[key] = Array.isArray(value) ? value.map((id) => map(id as string)) : map(value as string);
  }
  return copy as T;
}

export function mergeImported(input: MergeImportedInput): MergeImportedResult {
  const { existing, imported, files, source } = input;
  const text = existing.source.text;
  if (imported.source.text !== text) {
    const other = imported.source.text;
    let at = 0;
    while (at < text.length && at < other.length && text[at] === other[at]) at++;
    const { line, column } = lineAndColumn(text, at);
    return {
      ok: false,
      issues: [
        {
          rule: "import-text",
          message: `the text of ${source} is not the dataset's article: they differ from line ${line}, column ${column} of article.txt (${JSON.stringify(text.slice(at, at + 24))} there, ${JSON.stringify(other.slice(at, at + 24))} in the import)`,
          path: ["source", "text"],
          recordId: null,
          file: source,
          expected: "the article text of the dataset, character for character",
          hint: "import annotations of this article's text only, or import into a new folder with --out",
        },
      ],
    };
  }

  const used = new Set<string>([
    ...existing.entities.map((e) => e.id),
    ...existing.quotes.map((q) => q.id),
    ...existing.claims.map((c) => c.id),
    ...existing.notes.map((n) => n.id),
    ...existing.retired.map((r) => r.id),
  ]);
  const summary: MergeImportedSummary = {
    added: { entities: [], quotes: [], claims: [], notes: [] },
    covered: [],
    renamed: [],
    mentionsLeftOut: 0,
  };
  /** Imported id → the id it ends with (an existing record's, or its own, renamed if taken). */
  const ids = new Map<string, string>();
  const fresh = (id: string): string => {
    let candidate = id;
    for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
    used.add(candidate);
    if (candidate !== id) summary.renamed.push({ imported: id, id: candidate });
    return candidate;
  };

  // Entities: one that meets an existing entity's mentions is that entity (the one it meets most).
  const entities: Entity[] = [];
  for (const e of imported.entities) {
    const votes = new Map<string, number>();
    for (const m of e.mentions)
      for (const x of existing.entities)
        if (x.mentions.some((y) => meets(m, y))) votes.set(x.id, (votes.get(x.id) ?? 0) + 1);
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) {
      ids.set(e.id, best[0]);
      summary.covered.push({ table: "entities", imported: e.id, by: best[0] });
      const target = existing.entities.find((x) => x.id === best[0])!;
      summary.mentionsLeftOut += e.mentions.filter((m) => !target.mentions.some((y) => meets(m, y))).length;
      continue;
    }
    ids.set(e.id, fresh(e.id));
    entities.push(e);
  }

  // Quotes and claims: one whose span meets an existing one's is that record, and is left out.
  const quotes: Quote[] = [];
  for (const q of imported.quotes) {
    const hit = existing.quotes.find((x) => anyMeets(q.spans, x.spans));
    if (hit) {
      ids.set(q.id, hit.id);
      summary.covered.push({ table: "quotes", imported: q.id, by: hit.id });
      continue;
    }
    ids.set(q.id, fresh(q.id));
    quotes.push(q);
  }
  const claims: NumericClaim[] = [];
  for (const c of imported.claims) {
    const hit = existing.claims.find((x) => meets(c.span, x.span));
    if (hit) {
      ids.set(c.id, hit.id);
      summary.covered.push({ table: "claims", imported: c.id, by: hit.id });
      continue;
    }
    ids.set(c.id, fresh(c.id));
    claims.push(c);
  }
  const rewrite = (id: string) => ids.get(id) ?? id;
  // Notes: one saying what an existing note says, of the same records, is left out.
  const notes: EditorialNote[] = [];
  for (const n of imported.notes) {
    const targets = n.targets.map(rewrite).sort().join("\n");
    const hit = existing.notes.find(
      (x) => x.kind === n.kind && x.text === n.text && [...x.targets].sort().join("\n") === targets,
    );
    if (hit) {
      ids.set(n.id, hit.id);
      summary.covered.push({ table: "notes", imported: n.id, by: hit.id });
      continue;
    }
    ids.set(n.id, fresh(n.id));
    notes.push(n);
  }

  const renamed = <T extends { id: string }>(table: MergedTable, records: readonly T[]): T[] =>
    records.map((r) => ({ ...remap(r, TABLE_DESCRIPTIONS[table].references, rewrite), id: rewrite(r.id) }));
  const delta: Dataset = {
    ...existing,
    entities: renamed("entities", entities),
    quotes: renamed("quotes", quotes),
    claims: renamed("claims", claims),
    notes: renamed("notes", notes),
    retired: [],
  };
  const { records, issues } = authoredRecords(delta);
  if (issues.length) return { ok: false, issues: issues.map((i) => ({ ...i, file: source })) };

  const out: Record<string, string> = {};
  for (const table of ["entities", "quotes", "claims", "notes"] as const) {
    const added = delta[table];
    if (added.length === 0) continue;
    summary.added[table] = added.map((r) => r.id);
    const file = TABLE_DESCRIPTIONS[table].file;
    const appended = appendToBlockList(
      files[file] ?? "",
      blockList(added.map((r) => records[table].get(r.id)!) as never[]),
    );
    if (appended === null)
      return {
        ok: false,
        issues: [
          {
            rule: "import-append",
            message: `${file} is not a block list of records ("- id: …" at the start of a line), so records cannot be appended to it without rewriting it`,
            path: [],
            recordId: null,
            file,
            hint: "write the file as a YAML block list, one `- id:` per record, then import again",
          },
        ],
      };
    out[file] = appended;
  }
  // What is written must compile with the rest of the folder, or nothing is.
  const compiled = compileDataset({ files: { ...files, ...out }, article: text, version: existing.version });
  if (!compiled.ok)
    return {
      ok: false,
      issues: compiled.issues.map((i) => ({
        ...i,
        hint:
          i.hint ?? `the records imported from ${source} do not compile with the dataset: fix them in the annotations`,
      })),
    };
  return { ok: true, files: out, summary };
}
