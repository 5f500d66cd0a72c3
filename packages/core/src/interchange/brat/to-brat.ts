/**
 * A dataset as a brat document, for review in brat: the text, its
 * annotations in claimset's own brat convention (`CLAIMSET_MAPPING` reads
 * them back), and the annotation.conf / visual.conf that describe claimset's
 * types. Offsets are converted to code points, which brat counts.
 *
 * Spans, kinds, coreference, Wikidata ids and the links between records are
 * brat structure (text-bound annotations, attributes, `*` equivalences,
 * normalizations, relations). What brat has no place for — ids, names,
 * values, bounds, units, provenance — rides in one `claimset {…}` JSON
 * AnnotatorNotes line per record.
 */
import type { Dataset, Span } from "@claimset/schema";
import { CLAIM_KINDS, ENTITY_TYPES, MENTION_KINDS, NOTE_KINDS, QUOTE_KINDS } from "@claimset/schema/tables";
import { createOffsetConverter } from "../../text/offsets.js";
import { COMPARATOR_VALUES } from "./mappings.js";
import { type Standoff, serializeStandoff, type TextBound } from "./standoff.js";

export interface BratFiles {
  /** `<id>.txt`, `<id>.ann`, `annotation.conf`, `visual.conf`. */
  files: { path: string; content: string }[];
  /** Records or fields the .ann cannot carry, named for the person exporting. */
  lost: string[];
}

const RECORD_TYPES = ["Quote", "Cue", "SpeakerText", "Claim", "Qualifier", "UnnamedSource", "Note"] as const;

export function toBrat(dataset: Dataset): BratFiles {
  const text = dataset.source.text;
  const conv = createOffsetConverter(text);
  const s: Standoff = {
    textBounds: [],
    relations: [],
    events: [],
    attributes: [],
    notes: [],
    normalizations: [],
    equivs: [],
  };
  const lost: string[] = [];
  const byKey = new Map<string, TextBound>();
  /** A text-bound annotation; a record's own is never shared, a cue or qualifier is shared by the records it serves. */
  const tb = (type: string, spans: readonly Span[], shared = true): TextBound => {
    const fragments = spans.map((x) => ({ start: conv.toCodePoint(x.start), end: conv.toCodePoint(x.end) }));
    const key = `${type}\u0000${fragments.map((f) => `${f.start} ${f.end}`).join(";")}`;
    const existing = shared ? byKey.get(key) : undefined;
    if (existing) return existing;
    const t: TextBound = {
      id: `T${s.textBounds.length + 1}`,
      type,
      fragments,
      text: spans.map((x) => x.text.replace(/\n/g, " ")).join(" "),
      line: 0,
    };
    s.textBounds.push(t);
    if (shared) byKey.set(key, t);
    return t;
  };
  const relate = (type: string, from: TextBound, to: TextBound) =>
    s.relations.push({
      id: `R${s.relations.length + 1}`,
      type,
      args: [
        { role: "Arg1", ref: from.id },
        { role: "Arg2", ref: to.id },
      ],
      line: 0,
    });
  const attribute = (name: string, target: TextBound, value: string) =>
    s.attributes.push({ id: `A${s.attributes.length + 1}`, name, target: target.id, value, line: 0 });
  const payload = (target: TextBound, value: Record<string, unknown>) =>
    s.notes.push({
      id: `#${s.notes.length + 1}`,
      type: "AnnotatorNotes",
      target: target.id,
      text: `claimset ${JSON.stringify(value)}`,
      line: 0,
    });
  const withProvenance = (p: unknown) => (p === undefined ? {} : { provenance: p });

  // Entities: one annotation per mention, joined by an equivalence.
  const mentionsOf = new Map<string, TextBound[]>();
  const mentionAt = new Map<string, TextBound>();
  for (const e of dataset.entities) {
    const list = e.mentions.map((m) => {
      const t = tb(e.type, [m], false);
      mentionAt.set(`${m.start}:${m.end}`, t);
      if (m.kind !== "named") attribute("MentionKind", t, m.kind);
      return t;
    });
    mentionsOf.set(e.id, list);
    const first = list[0]!;
    if (list.length > 1) s.equivs.push({ type: "Coref", refs: list.map((t) => t.id), line: 0 });
    if (e.wikidata)
      s.normalizations.push({
        id: `N${s.normalizations.length + 1}`,
        type: "Reference",
        target: first.id,
        db: "Wikidata",
        dbId: e.wikidata,
        text: e.name,
        line: 0,
      });
    payload(first, {
      id: e.id,
      name: e.name,
      ...(e.aliases.length ? { aliases: e.aliases } : {}),
      ...(e.description === null ? {} : { description: e.description }),
      ...withProvenance(e.provenance),
    });
  }
  const namedMentionOf = (entity: string) => {
    const e = dataset.entities.find((x) => x.id === entity);
    const index = e
      ? Math.max(
          0,
          e.mentions.findIndex((m) => m.kind === "named"),
        )
      : 0;
    return mentionsOf.get(entity)?.[index];
  };
  const spanT = (type: string, span: Span) => mentionAt.get(`${span.start}:${span.end}`) ?? tb(type, [span]);

  const mainT = new Map<string, TextBound>();
  for (const [id, list] of mentionsOf) mainT.set(id, list[0]!);
  for (const q of dataset.quotes) {
    const t = tb("Quote", q.spans, false);
    mainT.set(q.id, t);
    attribute("QuoteKind", t, q.kind);
  }
  for (const c of dataset.claims) {
    const t = tb("Claim", [c.span], false);
    mainT.set(c.id, t);
    attribute("ClaimKind", t, c.kind);
    attribute("Comparator", t, COMPARATOR_VALUES[c.comparator]!);
  }
  for (const n of dataset.notes)
    if (n.span) {
      const t = tb("Note", [n.span], false);
      mainT.set(n.id, t);
      attribute("NoteKind", t, n.kind);
    }

  for (const q of dataset.quotes) {
    const t = mainT.get(q.id)!;
    const speaker = q.speaker === null ? undefined : namedMentionOf(q.speaker);
    if (speaker) relate("Speaker", t, speaker);
    if (q.speakerText) relate("SpeakerText", t, spanT("SpeakerText", q.speakerText));
    if (q.cue) relate("Cue", t, tb("Cue", [q.cue]));
    const addressee = q.addressee === null ? undefined : namedMentionOf(q.addressee);
    if (addressee) relate("Addressee", t, addressee);
    if (q.parent !== null) relate("Parent", t, mainT.get(q.parent)!);
    payload(t, {
      id: q.id,
      speaker: q.speaker,
      ...(q.noSpeakerReason === null ? {} : { noSpeakerReason: q.noSpeakerReason }),
      ...withProvenance(q.provenance),
    });
  }
  for (const c of dataset.claims) {
    const t = mainT.get(c.id)!;
    if (c.qualifier) relate("Qualifier", t, tb("Qualifier", [c.qualifier]));
    for (const e of c.about.entities) {
      const m = namedMentionOf(e);
      if (m) relate("About", t, m);
    }
    const by = c.assertedBy;
    if (by.type === "quote") relate("AssertedBy", t, mainT.get(by.id)!);
    else if (by.type === "entity") relate("AssertedBy", t, namedMentionOf(by.id)!);
    else if (by.type === "unnamed") relate("AssertedBy", t, tb("UnnamedSource", [by.span]));
    payload(t, {
      id: c.id,
      value: c.value,
      bounds: c.bounds,
      unit: c.unit,
      about: { text: c.about.text },
      ...(c.iso === null ? {} : { iso: c.iso }),
      ...(c.timeRef === null ? {} : { timeRef: c.timeRef }),
      ...withProvenance(c.provenance),
    });
  }
  for (const n of dataset.notes) {
    const t = mainT.get(n.id);
    if (t) {
      for (const target of n.targets) {
        const other = mainT.get(target);
        if (other) relate("Target", t, other);
      }
      // A target with no annotation of its own (a note without a span) cannot be a relation: the note lists them all.
      const unlinked = n.targets.some((target) => !mainT.has(target));
      payload(t, {
        id: n.id,
        text: n.text,
        ...(unlinked ? { targets: n.targets } : {}),
        ...withProvenance(n.provenance),
      });
      continue;
    }
    // A note without a span rides on its first target's annotation (or the first annotation there is).
    const carrier = (n.targets.length ? mainT.get(n.targets[0]!) : undefined) ?? s.textBounds[0];
    if (!carrier) {
      lost.push(`note ${n.id} (no span, and the document has no annotation to carry it)`);
      continue;
    }
    payload(carrier, {
      id: n.id,
      table: "notes",
      kind: n.kind,
      targets: n.targets,
      text: n.text,
      ...withProvenance(n.provenance),
    });
  }
  if (dataset.retired.length) lost.push(`${dataset.retired.length} retired id(s) (tombstones have no place in brat)`);
  lost.push("the article's metadata (title, publisher, url, dates, authors, rights)");

  return {
    files: [
      { path: `${dataset.id}.txt`, content: text },
      { path: `${dataset.id}.ann`, content: serializeStandoff(s) },
      { path: "annotation.conf", content: annotationConf() },
      { path: "visual.conf", content: visualConf() },
    ],
    lost,
  };
}

/** brat's annotation.conf for claimset's types, relations and attributes. */
export function annotationConf(): string {
  const entities = ENTITY_TYPES.join("|");
  const mentionOrSpeaker = `${entities}|SpeakerText`;
  const any = [...ENTITY_TYPES, "Quote", "Claim", "Note"].join("|");
  return `# claimset's types, for brat. Written by claimset export --format brat.
[entities]
${ENTITY_TYPES.join("\n")}
${RECORD_TYPES.join("\n")}

[relations]
Speaker\tArg1:Quote, Arg2:${entities}
SpeakerText\tArg1:Quote, Arg2:${mentionOrSpeaker}
Cue\tArg1:Quote, Arg2:Cue
Addressee\tArg1:Quote, Arg2:${entities}
Parent\tArg1:Quote, Arg2:Quote
AssertedBy\tArg1:Claim, Arg2:Quote|UnnamedSource|${entities}
About\tArg1:Claim, Arg2:${entities}
Qualifier\tArg1:Claim, Arg2:Qualifier
Target\tArg1:Note, Arg2:${any}
Coref\tArg1:${entities}, Arg2:${entities}, <REL-TYPE>:symmetric-transitive

[events]

[attributes]
MentionKind\tArg:${entities}, Value:${MENTION_KINDS.join("|")}
QuoteKind\tArg:Quote, Value:${QUOTE_KINDS.join("|")}
ClaimKind\tArg:Claim, Value:${CLAIM_KINDS.join("|")}
Comparator\tArg:Claim, Value:${Object.values(COMPARATOR_VALUES).join("|")}
NoteKind\tArg:Note, Value:${NOTE_KINDS.join("|")}
`;
}

const COLORS: Record<string, string> = {
  person: "#ffccaa",
  organization: "#8fb2ff",
  location: "#95dfff",
  facility: "#aaaaee",
  event: "#e0ff00",
  artifact: "#ffe8be",
  weapon: "#ff7777",
  "military-unit": "#cc9999",
  "media-outlet": "#ccccff",
  group: "#ffd0ff",
  other: "#dddddd",
  Quote: "#b4eeb4",
  Cue: "#ffff99",
  SpeakerText: "#ffccaa",
  Claim: "#ffa07a",
  Qualifier: "#ffdead",
  UnnamedSource: "#e6e6fa",
  Note: "#f0e68c",
};

/** brat's visual.conf: a label and a colour for each type. */
export function visualConf(): string {
  const label = (t: string) => `${t} | ${t.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase())}`;
  return `# Labels and colours of claimset's types, for brat. Written by claimset export --format brat.
[labels]
${[...ENTITY_TYPES, ...RECORD_TYPES].map(label).join("\n")}

[drawing]
SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken
ARC_DEFAULT\tcolor:black, arrowHead:triangle-5
${[...ENTITY_TYPES, ...RECORD_TYPES].map((t) => `${t}\tbgColor:${COLORS[t] ?? "#dddddd"}`).join("\n")}
`;
}
