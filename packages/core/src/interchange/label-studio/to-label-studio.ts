/**
 * A dataset as a Label Studio task, for review: the text as `data.text`,
 * reviewed records as an annotation, drafted ones as predictions scored by
 * their confidence, and the labeling config that names claimset's labels and
 * relations.
 *
 * Offsets: Label Studio's Text tag counts code points — its own end-to-end
 * test "NER - Emoji - Text" expects `test` in "🐱 Warning: This is a test
 * text" at start 21 (UTF-16 would say 22); older releases counted UTF-16
 * units (label-studio issue #1347). claimset's UTF-16 offsets are converted
 * to code points here and back in mergeLabelStudio, which also accepts the
 * old counting when the region's text shows it.
 */
import type { Dataset, Provenance } from "@claimset/schema";
import { CLAIM_KINDS, ENTITY_TYPES, MENTION_KINDS, NOTE_KINDS, QUOTE_KINDS } from "@claimset/schema/tables";
import { createOffsetConverter } from "../../text/offsets.js";

/** The names of the labeling config's controls. */
export const LS_NAMES = { text: "text", labels: "label", mentionKind: "mention-kind", relations: "relation" } as const;

/** The relation labels: a quote's speaker and addressee, its parent quote, a number's source and what it is about. */
export const LS_RELATIONS = ["speaker", "addressee", "parent", "assertedBy", "about"] as const;

export interface LabelStudioRegion {
  id: string;
  from_name: string;
  to_name: string;
  type: "labels" | "choices";
  value: { start: number; end: number; text: string; labels?: string[]; choices?: string[] };
  score?: number;
}

export interface LabelStudioRelation {
  type: "relation";
  from_id: string;
  to_id: string;
  direction: "right";
  labels: string[];
}

export type LabelStudioResult = LabelStudioRegion | LabelStudioRelation;

export interface LabelStudioTask {
  data: { text: string; dataset: string; sha256: string };
  annotations?: { result: LabelStudioResult[]; ground_truth: boolean }[];
  predictions?: { model_version: string; score?: number; result: LabelStudioResult[] }[];
}

/** The label of each record kind: entity types as they are; the others prefixed by their table. */
export const lsLabel = {
  quote: (kind: string) => `quote/${kind}`,
  claim: (kind: string) => `claim/${kind}`,
  note: (kind: string) => `note/${kind}`,
};
export const LS_PART_LABELS = ["speaker-text", "cue", "qualifier", "unnamed-source"] as const;

const reviewed = (p: Provenance | undefined) => p === undefined || p.reviewed;

export function toLabelStudio(dataset: Dataset): { tasks: LabelStudioTask[]; config: string } {
  const text = dataset.source.text;
  const conv = createOffsetConverter(text);
  const annotation: LabelStudioResult[] = [];
  const predictions = new Map<string, { scores: number[]; result: LabelStudioResult[] }>();
  const sink = (p: Provenance | undefined) => {
    if (reviewed(p)) return annotation;
    const key = p!.tool;
    let entry = predictions.get(key);
    if (!entry) {
      entry = { scores: [], result: [] };
      predictions.set(key, entry);
    }
    if (p!.confidence !== null) entry.scores.push(p!.confidence);
    return entry.result;
  };
  const region = (
    out: LabelStudioResult[],
    id: string,
    span: { start: number; end: number; text: string },
    label: string,
    score: number | null | undefined,
  ) => {
    out.push({
      id,
      from_name: LS_NAMES.labels,
      to_name: LS_NAMES.text,
      type: "labels",
      value: { start: conv.toCodePoint(span.start), end: conv.toCodePoint(span.end), text: span.text, labels: [label] },
      ...(score === null || score === undefined ? {} : { score }),
    });
  };
  const relation = (out: LabelStudioResult[], from: string, to: string, label: string) =>
    out.push({ type: "relation", from_id: from, to_id: to, direction: "right", labels: [label] });

  // Region ids say which record and part a region is: `<id>:m<n>` a mention, `:s<n>` a quote span, `:cue` …
  const mentionRegion = new Map<string, string>();
  const firstNamed = (entity: string) => mentionRegion.get(entity);
  for (const e of dataset.entities) {
    const out = sink(e.provenance);
    const score = e.provenance?.confidence;
    e.mentions.forEach((m, j) => {
      const id = `${e.id}:m${j}`;
      region(out, id, m, e.type, score);
      if (m.kind !== "named")
        out.push({
          id,
          from_name: LS_NAMES.mentionKind,
          to_name: LS_NAMES.text,
          type: "choices",
          value: { start: conv.toCodePoint(m.start), end: conv.toCodePoint(m.end), text: m.text, choices: [m.kind] },
        });
    });
    const named = Math.max(
      0,
      e.mentions.findIndex((m) => m.kind === "named"),
    );
    mentionRegion.set(e.id, `${e.id}:m${named}`);
  }
  for (const q of dataset.quotes) {
    const out = sink(q.provenance);
    const score = q.provenance?.confidence;
    q.spans.forEach((s, j) => {
      region(out, `${q.id}:s${j}`, s, lsLabel.quote(q.kind), score);
    });
    if (q.speakerText) region(out, `${q.id}:speaker-text`, q.speakerText, "speaker-text", score);
    if (q.cue) region(out, `${q.id}:cue`, q.cue, "cue", score);
    const speaker = q.speaker === null ? undefined : firstNamed(q.speaker);
    if (speaker) relation(out, `${q.id}:s0`, speaker, "speaker");
    const addressee = q.addressee === null ? undefined : firstNamed(q.addressee);
    if (addressee) relation(out, `${q.id}:s0`, addressee, "addressee");
    if (q.parent !== null) relation(out, `${q.id}:s0`, `${q.parent}:s0`, "parent");
  }
  for (const c of dataset.claims) {
    const out = sink(c.provenance);
    const score = c.provenance?.confidence;
    region(out, `${c.id}:span`, c.span, lsLabel.claim(c.kind), score);
    if (c.qualifier) region(out, `${c.id}:qualifier`, c.qualifier, "qualifier", score);
    const by = c.assertedBy;
    if (by.type === "unnamed") {
      region(out, `${c.id}:unnamed`, by.span, "unnamed-source", score);
      relation(out, `${c.id}:span`, `${c.id}:unnamed`, "assertedBy");
    } else if (by.type === "quote") relation(out, `${c.id}:span`, `${by.id}:s0`, "assertedBy");
    else if (by.type === "entity") relation(out, `${c.id}:span`, firstNamed(by.id)!, "assertedBy");
    for (const e of c.about.entities) {
      const m = firstNamed(e);
      if (m) relation(out, `${c.id}:span`, m, "about");
    }
  }
  for (const n of dataset.notes)
    if (n.span) region(sink(n.provenance), `${n.id}:span`, n.span, lsLabel.note(n.kind), n.provenance?.confidence);

  const task: LabelStudioTask = {
    data: { text, dataset: dataset.id, sha256: dataset.source.sha256 },
    ...(annotation.length ? { annotations: [{ result: annotation, ground_truth: false }] } : {}),
    ...(predictions.size
      ? {
          predictions: [...predictions].map(([tool, p]) => ({
            model_version: tool,
            ...(p.scores.length ? { score: Math.min(...p.scores) } : {}),
            result: p.result,
          })),
        }
      : {}),
  };
  return { tasks: [task], config: labelingConfig() };
}

const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The labeling config: one Labels control for every kind, the mention kinds per region, and the relations. */
export function labelingConfig(): string {
  const labels = [
    ...ENTITY_TYPES,
    ...QUOTE_KINDS.map(lsLabel.quote),
    ...CLAIM_KINDS.map(lsLabel.claim),
    ...NOTE_KINDS.map(lsLabel.note),
    ...LS_PART_LABELS,
  ];
  return `<View>
  <!-- claimset's labels, written by claimset export --format label-studio -->
  <Relations>
${LS_RELATIONS.map((r) => `    <Relation value="${xml(r)}"/>`).join("\n")}
  </Relations>
  <Labels name="${LS_NAMES.labels}" toName="${LS_NAMES.text}">
${labels.map((l) => `    <Label value="${xml(l)}"/>`).join("\n")}
  </Labels>
  <Text name="${LS_NAMES.text}" value="$text"/>
  <Choices name="${LS_NAMES.mentionKind}" toName="${LS_NAMES.text}" perRegion="true" choice="single">
${MENTION_KINDS.map((k) => `    <Choice value="${k}"/>`).join("\n")}
  </Choices>
</View>
`;
}
