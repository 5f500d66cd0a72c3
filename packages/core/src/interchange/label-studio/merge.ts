/**
 * A Label Studio export merged back into a dataset's authoring files. The
 * region ids toLabelStudio wrote say which record and part each region is,
 * so the merge rebuilds each record from its regions and compares:
 *
 * - a record whose regions come back as they went out is left alone, byte
 *   for byte — except a prediction a reviewer kept, which is marked reviewed;
 * - a record whose spans, kind or links changed is rewritten, reviewed;
 * - a record missing from an annotation that carried its set (the exported
 *   annotation for reviewed records, a prediction for drafted ones) was
 *   deleted by the reviewer and is removed;
 * - a new region with an entity type becomes a mention of the entity with
 *   that name, or a new entity.
 *
 * Only the changed records' YAML is replaced; everything else in the files,
 * comments included, stays as it was.
 */
import type { Dataset, EditorialNote, Entity, Mention, NumericClaim, Quote, Span } from "@claimset/schema";
import { ENTITY_TYPES, MENTION_KINDS } from "@claimset/schema/tables";
import { parseDocument } from "yaml";
import * as z from "zod";
import { compileDataset } from "../../authoring/compile.js";
import { appendToBlockList } from "../../authoring/write/append.js";
import { authoredRecords } from "../../authoring/write/dataset.js";
import { IdAllocator } from "../../authoring/write/ids.js";
import { blockList } from "../../authoring/write/yaml.js";
import type { Issue } from "../../errors/issue.js";
import { createOffsetConverter } from "../../text/offsets.js";
import { LS_NAMES } from "./to-label-studio.js";

const Region = z.object({
  id: z.string(),
  from_name: z.string(),
  type: z.string(),
  value: z
    .object({
      start: z.int().min(0),
      end: z.int().min(0),
      text: z.string().optional(),
      labels: z.array(z.string()).optional(),
      choices: z.array(z.string()).optional(),
    })
    .loose(),
});
const RelationItem = z.object({
  type: z.literal("relation"),
  from_id: z.string(),
  to_id: z.string(),
  labels: z.array(z.string()).default([]),
});
const Annotation = z
  .object({
    result: z.array(z.unknown()),
    was_cancelled: z.boolean().optional(),
    created_at: z.string().optional(),
    updated_at: z.string().optional(),
  })
  .loose();
const Task = z
  .object({
    data: z.object({ text: z.string(), dataset: z.string().optional() }).loose(),
    annotations: z.array(Annotation).default([]),
    predictions: z.array(z.unknown()).optional(),
  })
  .loose();
/** A Label Studio JSON export: a list of tasks (one task alone is taken too). */
export const LabelStudioExport = z.union([z.array(Task), Task.transform((t) => [t])]);

export interface MergeLabelStudioInput {
  dataset: Dataset;
  /** The authored files of the dataset folder, by name (dataset.yml, entities.yml …). */
  files: Record<string, string>;
  /** The parsed JSON of the export. */
  exported: unknown;
  /** The export's file name, for issues. */
  exportFile: string;
}

export interface MergeSummary {
  /** Predictions kept as they were, now marked reviewed. */
  reviewed: string[];
  /** Records the reviewers changed, rewritten and marked reviewed. */
  changed: string[];
  /** Records the reviewers deleted. */
  removed: string[];
  /** Records made from new regions. */
  added: string[];
  /** Records left as they were. */
  unchanged: number;
}

export type MergeLabelStudioResult =
  | { ok: true; files: Record<string, string>; summary: MergeSummary; warnings: Issue[] }
  | { ok: false; issues: Issue[] };

type Table = "entities" | "quotes" | "claims" | "notes";
const TABLE_OF_FILE = {
  entities: "entities.yml",
  quotes: "quotes.yml",
  claims: "claims.yml",
  notes: "notes.yml",
} as const;

interface RegionValue {
  start: number;
  end: number;
  label: string | undefined;
  kind: string | undefined;
}

export function mergeLabelStudio(input: MergeLabelStudioInput): MergeLabelStudioResult {
  const { dataset, exportFile: file } = input;
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const fail = (path: (string | number)[], message: string, hint: string, extra: Partial<Issue> = {}) =>
    issues.push({ rule: "label-studio", message, path, recordId: null, file, hint, ...extra });
  const parsed = LabelStudioExport.safeParse(input.exported);
  if (!parsed.success) {
    for (const i of parsed.error.issues.slice(0, 10))
      fail(
        i.path.filter((p): p is string | number => typeof p !== "symbol"),
        i.message,
        "export the project from Label Studio as JSON",
      );
    return { ok: false, issues };
  }
  const taskIndex = parsed.data.findIndex((t) => t.data.dataset === dataset.id || t.data.text === dataset.source.text);
  if (taskIndex === -1) {
    fail(
      [],
      `no task in the export is the dataset ${dataset.id}`,
      `export the tasks of ${dataset.id} (claimset export --format label-studio) and review those`,
    );
    return { ok: false, issues };
  }
  const task = parsed.data[taskIndex]!;
  const text = dataset.source.text;
  if (task.data.text !== text) {
    fail(
      [taskIndex, "data", "text"],
      "the task's text is not the dataset's article",
      "review a task exported from this dataset's current text",
    );
    return { ok: false, issues };
  }
  const conv = createOffsetConverter(text);
  const cpLength = conv.toCodePoint(text.length);

  // The records as exported: which went out as the annotation (reviewed), which as predictions.
  const tableOf = new Map<string, Table>();
  const inAnnotation = new Set<string>();
  for (const table of ["entities", "quotes", "claims", "notes"] as const)
    for (const r of dataset[table] as readonly { id: string; provenance?: { reviewed: boolean } }[]) {
      tableOf.set(r.id, table);
      if (r.provenance === undefined || r.provenance.reviewed) inAnnotation.add(r.id);
    }
  const recordOf = (regionId: string) => {
    const at = regionId.lastIndexOf(":");
    const id = at > 0 ? regionId.slice(0, at) : regionId;
    return tableOf.has(id) ? id : null;
  };

  // Each annotation as regions and relations, the newest last.
  const annotations = task.annotations
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => a.was_cancelled !== true)
    .sort(
      (x, y) =>
        (x.a.updated_at ?? x.a.created_at ?? "").localeCompare(y.a.updated_at ?? y.a.created_at ?? "") ||
        x.index - y.index,
    )
    .map(({ a, index }) => {
      const regions = new Map<string, RegionValue>();
      const relations: { from: string; to: string; label: string }[] = [];
      a.result.forEach((item, k) => {
        const path = [taskIndex, "annotations", index, "result", k];
        const rel = RelationItem.safeParse(item);
        if (rel.success) {
          for (const label of rel.data.labels.length ? rel.data.labels : [""])
            relations.push({ from: rel.data.from_id, to: rel.data.to_id, label });
          return;
        }
        const r = Region.safeParse(item);
        if (!r.success) return;
        const v = r.data.value;
        let start = v.start;
        let end = v.end;
        if (end > cpLength || start > end) {
          fail(path, `region ${r.data.id} runs past the end of the text`, "re-export the task from Label Studio");
          return;
        }
        let s = conv.toUtf16(start);
        let e = conv.toUtf16(end);
        if (v.text !== undefined && text.slice(s, e) !== v.text) {
          if (end <= text.length && text.slice(start, end) === v.text) {
            // An export from a Label Studio that counted UTF-16 units: the region's own text says so.
            s = start;
            e = end;
            warnings.push({
              rule: "label-studio-offsets",
              severity: "warning",
              message: `region ${r.data.id} counts offsets in UTF-16 units, not code points; read as such`,
              path,
              recordId: recordOf(r.data.id),
              file,
              hint: "a newer Label Studio counts code points",
            });
          } else {
            fail(
              path,
              `region ${r.data.id} says ${JSON.stringify(v.text)} but the text has ${JSON.stringify(text.slice(s, e))} there`,
              "re-export the task from Label Studio",
              {
                expected: JSON.stringify(v.text),
                found: JSON.stringify(text.slice(s, e)),
              },
            );
            return;
          }
        }
        start = s;
        end = e;
        const previous = regions.get(r.data.id) ?? { start, end, label: undefined, kind: undefined };
        if (r.data.from_name === LS_NAMES.mentionKind) previous.kind = v.choices?.[0];
        else previous.label = v.labels?.[0];
        previous.start = start;
        previous.end = end;
        regions.set(r.data.id, previous);
      });
      const ids = new Set([...regions.keys()].map(recordOf).filter((x): x is string => x !== null));
      return {
        regions,
        relations,
        carriesAnnotation: [...ids].some((id) => inAnnotation.has(id)),
        carriesPredictions: [...ids].some((id) => !inAnnotation.has(id)),
      };
    });
  if (issues.length) return { ok: false, issues };
  if (annotations.length === 0) {
    return {
      ok: true,
      files: {},
      summary: { reviewed: [], changed: [], removed: [], added: [], unchanged: tableOf.size },
      warnings: [
        {
          rule: "label-studio-unreviewed",
          severity: "warning",
          message: `the task of ${dataset.id} has no submitted annotation`,
          path: [],
          recordId: null,
          file,
          hint: "submit the review in Label Studio, then export again",
        },
      ],
    };
  }

  const span = (r: RegionValue): Span => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  const summary: MergeSummary = { reviewed: [], changed: [], removed: [], added: [], unchanged: 0 };
  const next = structuredClone(dataset);
  const reviewedCopy = <T extends { provenance?: Dataset["entities"][number]["provenance"] }>(r: T): T =>
    r.provenance ? { ...r, provenance: { ...r.provenance, reviewed: true } } : r;

  const decide = <T extends { id: string; provenance?: Dataset["entities"][number]["provenance"] }>(
    table: Table,
    rebuild: (record: T, view: (typeof annotations)[number]) => T | null,
  ) => {
    const list = next[table] as unknown as T[];
    for (let i = 0; i < list.length; i++) {
      const record = list[i]!;
      const exportedInAnnotation = inAnnotation.has(record.id);
      const view = [...annotations]
        .reverse()
        .find((a) => (exportedInAnnotation ? a.carriesAnnotation : a.carriesPredictions));
      if (!view) {
        summary.unchanged++;
        continue;
      }
      const rebuilt = rebuild(record, view);
      if (rebuilt === null) {
        summary.removed.push(record.id);
        list.splice(i--, 1);
        continue;
      }
      const { provenance: _a, ...before } = record;
      const { provenance: _b, ...after } = rebuilt;
      if (JSON.stringify(before) === JSON.stringify(after)) {
        if (record.provenance && !record.provenance.reviewed) {
          list[i] = reviewedCopy(record);
          summary.reviewed.push(record.id);
        } else summary.unchanged++;
      } else {
        list[i] = reviewedCopy(rebuilt);
        summary.changed.push(record.id);
      }
    }
  };
  const partsOf = (view: (typeof annotations)[number], id: string) =>
    [...view.regions]
      .filter(([rid]) => recordOf(rid) === id)
      .map(([rid, r]) => ({ part: rid.slice(id.length + 1), r }));
  const relTo = (view: (typeof annotations)[number], from: string, label: string) =>
    view.relations.filter((x) => recordOf(x.from) === from && x.label === label).map((x) => x.to);

  decide<Entity>("entities", (e, view) => {
    const parts = partsOf(view, e.id).filter((p) => p.part.startsWith("m"));
    if (parts.length === 0) return null;
    const mentions: Mention[] = parts
      .map(({ r }) => ({
        ...span(r),
        kind: (MENTION_KINDS as readonly string[]).includes(r.kind ?? "") ? (r.kind as Mention["kind"]) : "named",
      }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const label = parts.find((p) => p.r.label)?.r.label;
    const type = (ENTITY_TYPES as readonly string[]).includes(label ?? "") ? (label as Entity["type"]) : e.type;
    return { ...e, type, mentions };
  });
  const entityOfRegion = (_view: (typeof annotations)[number], regionId: string | undefined) => {
    if (!regionId) return null;
    const id = recordOf(regionId);
    return id && tableOf.get(id) === "entities" ? id : null;
  };
  decide<Quote>("quotes", (q, view) => {
    const parts = partsOf(view, q.id);
    const spans = parts.filter((p) => /^s\d+$/.test(p.part));
    if (spans.length === 0) return null;
    const kind = spans[0]!.r.label?.replace(/^quote\//, "") ?? q.kind;
    const speakerRegion = relTo(view, q.id, "speaker")[0];
    const speaker = speakerRegion ? entityOfRegion(view, speakerRegion) : null;
    const addresseeRegion = relTo(view, q.id, "addressee")[0];
    const parentRegion = relTo(view, q.id, "parent")[0];
    const speakerText = parts.find((p) => p.part === "speaker-text");
    const cue = parts.find((p) => p.part === "cue");
    return {
      ...q,
      kind: kind as Quote["kind"],
      spans: spans.map((p) => span(p.r)).sort((a, b) => a.start - b.start),
      speaker,
      noSpeakerReason: speaker !== null ? null : (q.noSpeakerReason ?? "the reviewer linked no speaker"),
      speakerText: speakerText ? span(speakerText.r) : null,
      cue: cue ? span(cue.r) : null,
      addressee: addresseeRegion ? entityOfRegion(view, addresseeRegion) : null,
      parent: parentRegion ? recordOf(parentRegion) : null,
    };
  });
  decide<NumericClaim>("claims", (c, view) => {
    const parts = partsOf(view, c.id);
    const main = parts.find((p) => p.part === "span");
    if (!main) return null;
    const qualifier = parts.find((p) => p.part === "qualifier");
    const unnamed = parts.find((p) => p.part === "unnamed");
    const sourceRegion = relTo(view, c.id, "assertedBy")[0];
    const source = sourceRegion ? recordOf(sourceRegion) : null;
    let assertedBy: NumericClaim["assertedBy"] = { type: "publisher" };
    if (unnamed && (sourceRegion === undefined || source === c.id))
      assertedBy = { type: "unnamed", span: span(unnamed.r) };
    else if (source && tableOf.get(source) === "quotes") assertedBy = { type: "quote", id: source };
    else if (source && tableOf.get(source) === "entities") assertedBy = { type: "entity", id: source };
    const about = relTo(view, c.id, "about")
      .map((r) => entityOfRegion(view, r))
      .filter((x): x is string => x !== null);
    return {
      ...c,
      kind: (main.r.label?.replace(/^claim\//, "") ?? c.kind) as NumericClaim["kind"],
      span: span(main.r),
      qualifier: qualifier ? span(qualifier.r) : null,
      assertedBy,
      about: { ...c.about, entities: about },
    };
  });
  decide<EditorialNote>("notes", (n, view) => {
    if (n.span === null) return n;
    const main = partsOf(view, n.id).find((p) => p.part === "span");
    if (!main) return null;
    return {
      ...n,
      kind: (main.r.label?.replace(/^note\//, "") ?? n.kind) as EditorialNote["kind"],
      span: span(main.r),
    };
  });

  // New regions: entity mentions join the entity of that name and type, or make a new one.
  const latest = annotations[annotations.length - 1]!;
  const ids = new IdAllocator([...tableOf.keys(), ...dataset.retired.map((r) => r.id)]);
  for (const [rid, r] of latest.regions) {
    if (recordOf(rid) !== null) continue;
    const label = r.label ?? "";
    if (!(ENTITY_TYPES as readonly string[]).includes(label)) {
      warnings.push({
        rule: "label-studio-new-region",
        severity: "warning",
        message: `new region ${rid} labelled ${JSON.stringify(label)} is not imported: only new entity mentions are`,
        path: [],
        recordId: null,
        file,
        hint: `add the record to ${label.startsWith("claim/") ? "claims.yml" : label.startsWith("note/") ? "notes.yml" : "quotes.yml"} by hand`,
      });
      continue;
    }
    const s = span(r);
    const kind = (MENTION_KINDS as readonly string[]).includes(r.kind ?? "") ? (r.kind as Mention["kind"]) : "named";
    const owner = next.entities.find(
      (e) =>
        e.type === label &&
        (e.name === s.text || e.aliases.includes(s.text) || e.mentions.some((m) => m.text === s.text)),
    );
    if (owner) {
      if (owner.mentions.some((m) => m.start === s.start && m.end === s.end)) continue;
      owner.mentions = [...owner.mentions, { ...s, kind }].sort((a, b) => a.start - b.start || a.end - b.end);
      if (!summary.changed.includes(owner.id) && !summary.added.includes(owner.id)) summary.changed.push(owner.id);
      if (owner.provenance) owner.provenance = { ...owner.provenance, reviewed: true };
      summary.unchanged = Math.max(0, summary.unchanged - (inAnnotation.has(owner.id) ? 1 : 0));
      continue;
    }
    const id = ids.entity(s.text, label);
    next.entities.push({
      id,
      name: s.text,
      type: label as Entity["type"],
      aliases: [],
      wikidata: null,
      description: null,
      mentions: [{ ...s, kind }],
    });
    summary.added.push(id);
  }

  // Rewrite only what changed, in place in each file.
  const { records, issues: anchorIssues } = authoredRecords(next);
  const touched = new Set([...summary.reviewed, ...summary.changed, ...summary.removed, ...summary.added]);
  const relevant = anchorIssues.filter((i) => i.recordId !== null && touched.has(i.recordId));
  if (relevant.length) return { ok: false, issues: relevant.map((i) => ({ ...i, file })) };
  const files: Record<string, string> = {};
  for (const table of ["entities", "quotes", "claims", "notes"] as const) {
    const name = TABLE_OF_FILE[table];
    const ids = [...touched].filter(
      (id) => tableOf.get(id) === table || (table === "entities" && summary.added.includes(id)),
    );
    if (ids.length === 0) continue;
    const source = input.files[name] ?? "[]\n";
    const replaced = spliceRecords(
      source,
      name,
      records[table],
      touched,
      new Set(summary.removed),
      new Set(summary.added),
    );
    if (!replaced.ok) return { ok: false, issues: replaced.issues };
    files[name] = replaced.text;
  }
  const compiled = compileDataset({ files: { ...input.files, ...files }, article: text, version: dataset.version });
  if (!compiled.ok)
    return {
      ok: false,
      issues: compiled.issues.map((i) => ({
        ...i,
        hint: i.hint ?? "the merged review does not compile: fix the review in Label Studio, or the record by hand",
      })),
    };
  return { ok: true, files, summary, warnings };
}

/**
 * Replaces the YAML of each record of `records` that `file` holds, removes
 * `removed`, and appends `added`, leaving every other byte of the file as it is.
 */
function spliceRecords(
  source: string,
  file: string,
  records: Map<string, Record<string, unknown>>,
  touched: Set<string>,
  removed: Set<string>,
  added: Set<string>,
): { ok: true; text: string } | { ok: false; issues: Issue[] } {
  const doc = parseDocument(source);
  const seq = doc.contents as { items?: { range?: [number, number, number]; get?: (k: string) => unknown }[] } | null;
  const items = seq?.items ?? [];
  const edits: { from: number; to: number; text: string }[] = [];
  const present = new Set<string>();
  for (const item of items) {
    const id = item.get?.("id");
    if (typeof id !== "string" || !item.range) continue;
    present.add(id);
    const isRemoved = removed.has(id);
    const yaml = records.get(id);
    if (!touched.has(id) || (!isRemoved && !yaml)) continue;
    const from = source.lastIndexOf("\n", item.range[0] - 1) + 1;
    let to = item.range[2];
    if (source[to - 1] !== "\n") {
      const nl = source.indexOf("\n", to);
      to = nl === -1 ? source.length : nl + 1;
    }
    edits.push({ from, to, text: isRemoved ? "" : blockList([yaml as never]) });
  }
  // Records of the table the file does not hold yet: new ones.
  const appended = [...added].filter((id) => records.has(id) && !present.has(id)).map((id) => records.get(id)!);
  let text = source;
  for (const e of edits.sort((a, b) => b.from - a.from)) text = text.slice(0, e.from) + e.text + text.slice(e.to);
  if (appended.length) {
    const next = appendToBlockList(text, blockList(appended as never[]));
    if (next === null)
      return {
        ok: false,
        issues: [
          {
            rule: "label-studio",
            message: `${file} is not a block list of records ("- id: …" at the start of a line), so the new records cannot be appended to it without rewriting it`,
            path: [],
            recordId: null,
            file,
            hint: "write the file as a YAML block list, one `- id:` per record, then merge again",
          },
        ],
      };
    text = next;
  }
  if (items.length === 0 && edits.length > 0)
    return {
      ok: false,
      issues: [
        {
          rule: "label-studio",
          message: `${file} is not a list of records`,
          path: [],
          recordId: null,
          file,
          hint: "write the file as a YAML list",
        },
      ],
    };
  return { ok: true, text };
}
