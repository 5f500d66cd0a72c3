/**
 * A brat document (`.txt` and `.ann`) read through a mapping into claimset
 * authoring files. Everything is checked first — syntax, offsets against the
 * text, references, that every type is mapped — and the files are returned
 * only when they compile; otherwise every problem comes back as an Issue
 * pointing at its line in the `.ann` file, with a hint.
 */
import type {
  AssertedBy,
  Dataset,
  EditorialNote,
  Entity,
  Mention,
  MentionKind,
  NumericClaim,
  Provenance,
  Quote,
  Span,
} from "@claimset/schema";
import { SCHEMA_VERSION } from "@claimset/schema";
import { boundsOfComparator } from "../../authoring/bounds.js";
import { compileDataset } from "../../authoring/compile.js";
import { hedgeComparator } from "../../authoring/hedges.js";
import { writeAuthoredFiles } from "../../authoring/write/dataset.js";
import { IdAllocator, kebab } from "../../authoring/write/ids.js";
import type { Issue } from "../../errors/issue.js";
import { didYouMean } from "../../errors/suggest.js";
import { createOffsetConverter } from "../../text/offsets.js";
import type { BratMapping } from "./mapping.js";
import { parseStandoff, type Standoff, type TextBound } from "./standoff.js";

/** The article metadata an import sets; whatever is not given is null (unknown). */
export interface ImportMeta {
  language?: string;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  authors?: string[] | null;
  retrievedAt?: string | null;
  rights?: string;
}

export interface FromBratInput {
  /** The document text (the `.txt`). */
  txt: string;
  /** The annotations (the `.ann`). */
  ann: string;
  mapping: BratMapping;
  /** The `.ann` file's name, for issues. */
  annFile: string;
  /** The dataset id (slug). */
  id: string;
  meta?: ImportMeta;
  /** The tool named in each record's provenance. Default `brat`. */
  tool?: string;
  /** Mark the imported records reviewed (a corpus people annotated). Default false. */
  reviewed?: boolean;
}

export type FromBratResult =
  | { ok: true; dataset: Dataset; files: Record<string, string> }
  | { ok: false; issues: Issue[] };

/** The rights statement of an import that was not told one. */
export const UNKNOWN_RIGHTS = "Unknown: the rights of the article text were not stated when it was imported.";

/** A claimset payload written by `claimset export --format brat` in an AnnotatorNotes line. */
type Payload = Record<string, unknown> & { id?: unknown };

export function fromBrat(input: FromBratInput): FromBratResult {
  const { txt: text, annFile: file } = input;
  const { standoff, issues } = parseStandoff(input.ann, file);
  if (issues.length) return { ok: false, issues };
  const conv = createOffsetConverter(text);
  const cpLength = conv.toCodePoint(text.length);
  const at = (line: number, rule: string, message: string, hint: string, extra: Partial<Issue> = {}): void => {
    issues.push({ rule, message, path: [], recordId: null, file, line, hint, ...extra });
  };

  // 1. Offsets: brat counts code points; every fragment must lie in the text and its words match the `.ann`.
  const spansOf = new Map<string, Span[]>();
  for (const t of standoff.textBounds) {
    const out = t.fragments.map((f) => {
      if (f.end > cpLength) return null;
      const start = conv.toUtf16(f.start);
      const end = conv.toUtf16(f.end);
      return { start, end, text: text.slice(start, end) };
    });
    if (out.some((s) => s === null)) {
      at(
        t.line,
        "brat-offsets",
        `${t.id}: offsets run past the end of the text (${cpLength} characters)`,
        "check that the .ann belongs to this .txt",
        {
          expected: `offsets up to ${cpLength}`,
          found: t.fragments.map((f) => `${f.start} ${f.end}`).join(";"),
        },
      );
      continue;
    }
    const spans = out as Span[];
    const joined = spans.map((s) => s.text.replace(/\n/g, " ")).join(" ");
    if (joined !== t.text) {
      const asUtf16 = t.fragments.map((f) => text.slice(f.start, f.end).replace(/\n/g, " ")).join(" ");
      at(
        t.line,
        "brat-span-text",
        `${t.id}: the .ann says ${JSON.stringify(t.text)} but the text has ${JSON.stringify(joined)} there`,
        asUtf16 === t.text
          ? "these offsets count UTF-16 code units; brat counts Unicode characters (code points): recompute them"
          : "the .ann was made for another version of the .txt: re-export it from brat",
        { expected: JSON.stringify(t.text), found: JSON.stringify(joined) },
      );
      continue;
    }
    spansOf.set(t.id, spans);
  }
  // 2. References: every id an annotation points at exists.
  const byId = new Map<string, TextBound>(standoff.textBounds.map((t) => [t.id, t]));
  const eventIds = new Set(standoff.events.map((e) => e.id));
  const relationIds = new Set(standoff.relations.map((r) => r.id));
  const dangling = (line: number, from: string, ref: string, anyAnnotation = false) => {
    const exists = byId.has(ref) || (anyAnnotation && (eventIds.has(ref) || relationIds.has(ref)));
    if (!exists)
      at(
        line,
        "brat-dangling",
        `${from} points at ${ref}, which the .ann does not have`,
        "delete the line or add the annotation it points at",
        {
          expected: "an id defined in the same .ann",
          found: ref,
        },
      );
    return !exists;
  };
  for (const r of standoff.relations) for (const a of r.args) dangling(r.line, r.id, a.ref);
  for (const e of standoff.events) {
    dangling(e.line, e.id, e.trigger);
    for (const a of e.args) dangling(e.line, e.id, a.ref);
  }
  for (const a of standoff.attributes) dangling(a.line, a.id, a.target, true);
  for (const n of standoff.notes) dangling(n.line, n.id, n.target, true);
  for (const n of standoff.normalizations) dangling(n.line, n.id, n.target);
  for (const q of standoff.equivs) for (const ref of q.refs) dangling(q.line, "*", ref);
  if (issues.length) return { ok: false, issues };

  return new Importer(input, standoff, spansOf, issues).run();
}

class Importer {
  private readonly text: string;
  private readonly mapping: BratMapping;
  private readonly file: string;
  private readonly byId: Map<string, TextBound>;
  private readonly ids: IdAllocator;
  /** Text-bound annotations that became part of a record, or that a mapped link used. */
  private readonly consumed = new Set<string>();
  /** Relations, attributes and notes the mapping read. */
  private readonly used = new Set<string>();
  /** The `.ann` line each record came from, to locate what the compiler finds. */
  private readonly lineOf = new Map<string, number>();
  /** Entity mention annotations → entity id. */
  private readonly entityOfMention = new Map<string, string>();
  private readonly payloads = new Map<string, { payload: Payload; line: number; id: string }>();
  /** The record payload on each annotation, by annotation id (span-less notes are kept apart). */
  private readonly payloadByTarget = new Map<string, Payload>();
  /** Attributes by `<annotation id> <name>`, so each look-up is one map read. */
  private readonly attributes = new Map<string, Standoff["attributes"][number]>();
  private readonly links = new Map<string, { other: string; relation: string; id: string; outgoing: boolean }[]>();

  constructor(
    private readonly input: FromBratInput,
    private readonly standoff: Standoff,
    private readonly spansOf: Map<string, Span[]>,
    private readonly issues: Issue[],
  ) {
    this.text = input.txt;
    this.mapping = input.mapping;
    this.file = input.annFile;
    this.byId = new Map(standoff.textBounds.map((t) => [t.id, t]));
    this.ids = new IdAllocator();
    for (const a of standoff.attributes)
      if (!this.attributes.has(`${a.target} ${a.name}`)) this.attributes.set(`${a.target} ${a.name}`, a);
    for (const r of standoff.relations) {
      const [a, b] = r.args;
      if (!a || !b) continue;
      this.link(a.ref, { other: b.ref, relation: r.type, id: r.id, outgoing: true });
      this.link(b.ref, { other: a.ref, relation: r.type, id: r.id, outgoing: false });
    }
  }

  private link(from: string, to: { other: string; relation: string; id: string; outgoing: boolean }) {
    const list = this.links.get(from);
    if (list) list.push(to);
    else this.links.set(from, [to]);
  }

  private issue(line: number, rule: string, message: string, hint: string, extra: Partial<Issue> = {}) {
    this.issues.push({ rule, message, path: [], recordId: null, file: this.file, line, hint, ...extra });
  }

  /** The annotations `t` is linked to by relations of `type`, in either direction. */
  private linked(t: string, type: string | undefined, fromOnly = false): TextBound[] {
    if (type === undefined) return [];
    const out: TextBound[] = [];
    for (const l of this.links.get(t) ?? []) {
      if (l.relation !== type || (fromOnly && !l.outgoing)) continue;
      const other = this.byId.get(l.other);
      if (!other || !this.spansOf.has(other.id)) continue;
      this.used.add(l.id);
      out.push(other);
    }
    return out;
  }

  private attribute(t: string, name: string): string | null | undefined {
    const a = this.attributes.get(`${t} ${name}`);
    if (!a) return undefined;
    this.used.add(a.id);
    return a.value;
  }

  private kind<T extends string>(
    t: TextBound,
    rule: T | { attribute: string; values?: Record<string, T> | undefined; default: T },
    allowed: readonly string[],
  ): T {
    if (typeof rule === "string") return rule;
    const value = this.attribute(t.id, rule.attribute);
    if (value === undefined || value === null) return rule.default;
    const mapped = rule.values?.[value] ?? value;
    if (allowed.includes(mapped)) return mapped as T;
    const a = this.attributes.get(`${t.id} ${rule.attribute}`)!;
    this.issue(
      a.line,
      "brat-unmapped-value",
      `${a.id}: ${rule.attribute} ${JSON.stringify(value)} is not a claimset value`,
      `map it under values: in the mapping (${allowed.join(", ")})`,
      {
        expected: allowed.join(", "),
        found: value,
      },
    );
    return rule.default;
  }

  /** One span for a field that takes one: a discontinuous annotation is an issue. */
  private single(t: TextBound, what: string): Span | null {
    const spans = this.spansOf.get(t.id);
    if (!spans) return null;
    if (spans.length !== 1) {
      this.issue(
        t.line,
        "brat-discontinuous",
        `${t.id}: a ${what} takes one continuous span, but this ${t.type} has ${spans.length} fragments`,
        "join the fragments into one span in brat, or split the annotation",
        {
          expected: "one fragment",
          found: t.fragments.map((f) => `${f.start} ${f.end}`).join(";"),
        },
      );
      return null;
    }
    return spans[0]!;
  }

  private provenance(payload: Payload | undefined): Provenance | undefined {
    if (this.mapping.claimsetNotes && payload) return payload.provenance as Provenance | undefined;
    return {
      method: "imported",
      tool: this.input.tool ?? "brat",
      confidence: null,
      reviewed: this.input.reviewed === true,
    };
  }

  private readPayloads() {
    for (const n of this.standoff.notes) {
      if (!this.mapping.claimsetNotes || !n.text.startsWith("claimset ")) continue;
      let payload: Payload;
      try {
        payload = JSON.parse(n.text.slice("claimset ".length)) as Payload;
      } catch {
        this.issue(
          n.line,
          "brat-note-json",
          `${n.id}: the claimset note is not JSON`,
          "restore the note as claimset export wrote it, or delete it",
        );
        continue;
      }
      if (typeof payload !== "object" || payload === null || typeof payload.id !== "string") {
        this.issue(
          n.line,
          "brat-note-json",
          `${n.id}: the claimset note has no record id`,
          "restore the note as claimset export wrote it",
        );
        continue;
      }
      this.used.add(n.id);
      this.payloads.set(`${n.target}\u0000${payload.id}`, { payload, line: n.line, id: payload.id });
      if (payload.table !== "notes" && !this.payloadByTarget.has(n.target)) this.payloadByTarget.set(n.target, payload);
    }
  }

  /** The payload on annotation `t` for the record it holds (not a span-less note riding on it). */
  private payloadOn(t: string): Payload | undefined {
    return this.payloadByTarget.get(t);
  }

  run(): FromBratResult {
    const { mapping, standoff } = this;
    this.readPayloads();
    const entities = this.entities();
    const quotes = this.quotes();
    const claims = this.claims(quotes);
    const notes = this.notes();

    // 3. Everything must have been mapped: an unmapped type, relation, attribute or note is reported, not dropped.
    const known = new Set([
      ...Object.keys(mapping.entities),
      ...Object.keys(mapping.quotes),
      ...Object.keys(mapping.claims),
      ...Object.keys(mapping.notes.types),
      ...Object.keys(mapping.quoteEvents),
    ]);
    const ignored = new Set(mapping.ignore);
    const suggest = (name: string, among: Iterable<string>) => didYouMean(name, [...among]);
    for (const t of standoff.textBounds) {
      if (this.consumed.has(t.id) || ignored.has(t.type) || !this.spansOf.has(t.id)) continue;
      this.issue(
        t.line,
        known.has(t.type) ? "brat-unlinked" : "brat-unmapped-type",
        known.has(t.type)
          ? `${t.id}: this ${t.type} is not linked to any record`
          : `${t.id}: the mapping does not say what a ${t.type} is`,
        known.has(t.type)
          ? "link it with a relation the mapping names, or delete it"
          : `add "${t.type}" under entities, quotes, claims or notes.types in the mapping, or to ignore${suggest(t.type, known) ? ` (${suggest(t.type, known)})` : ""}`,
        { found: t.type },
      );
    }
    for (const r of standoff.relations)
      if (!this.used.has(r.id) && !ignored.has(r.type) && !mapping.coreference.relations.includes(r.type))
        this.issue(
          r.line,
          "brat-unmapped-relation",
          `${r.id}: the mapping does not use ${r.type} relations between these annotations`,
          `name "${r.type}" in the mapping's rule for the annotations it joins, or add it to ignore`,
          { found: r.type },
        );
    for (const e of standoff.events)
      if (!mapping.quoteEvents[e.type] && !ignored.has(e.type))
        this.issue(
          e.line,
          "brat-unmapped-type",
          `${e.id}: the mapping does not say what a ${e.type} event is`,
          `add "${e.type}" under quoteEvents in the mapping, or to ignore`,
          { found: e.type },
        );
    for (const a of standoff.attributes)
      if (!this.used.has(a.id) && !ignored.has(a.name))
        this.issue(
          a.line,
          "brat-unmapped-attribute",
          `${a.id}: the mapping does not read the ${a.name} attribute here`,
          `name "${a.name}" in the mapping, or add it to ignore`,
          { found: a.name },
        );
    for (const n of standoff.notes)
      if (!this.used.has(n.id) && !ignored.has(n.type))
        this.issue(
          n.line,
          "brat-unmapped-note",
          `${n.id}: the mapping does not turn ${n.type} into notes`,
          "set notes.annotatorNotes to a note kind in the mapping, or add AnnotatorNotes to ignore",
          { found: n.type },
        );
    if (this.issues.length) return { ok: false, issues: this.issues };

    const meta = this.input.meta ?? {};
    const dataset: Dataset = {
      schemaVersion: SCHEMA_VERSION,
      id: this.input.id,
      version: "0.0.0",
      contentHash: "",
      source: {
        text: this.text,
        sha256: "",
        language: meta.language ?? "en",
        title: meta.title ?? null,
        publisher: meta.publisher ?? null,
        url: meta.url ?? null,
        publishedAt: meta.publishedAt ?? null,
        authors: meta.authors ?? null,
        retrievedAt: meta.retrievedAt ?? null,
        rights: meta.rights ?? UNKNOWN_RIGHTS,
      },
      entities,
      quotes,
      claims,
      notes,
      retired: [],
    };
    const written = writeAuthoredFiles(dataset, {
      comment: `Imported from ${this.file} by claimset import brat.`,
    });
    if (!written.ok) return { ok: false, issues: written.issues.map((i) => this.locate(i)) };
    const compiled = compileDataset({ files: written.files, article: this.text, version: "0.1.0" });
    if (!compiled.ok) return { ok: false, issues: compiled.issues.map((i) => this.locate(i)) };
    return { ok: true, dataset: compiled.dataset, files: written.files };
  }

  /** A problem the writer or compiler found in an imported record, pointed back at its `.ann` line. */
  private locate(issue: Issue): Issue {
    const line = issue.recordId ? this.lineOf.get(issue.recordId) : undefined;
    const { file: _file, line: _line, column: _column, ...rest } = issue;
    return {
      ...rest,
      file: this.file,
      ...(line === undefined ? {} : { line }),
      hint: issue.hint ?? "fix the annotation in brat, or change the mapping",
    };
  }

  private entities(): Entity[] {
    const { mapping } = this;
    const mentions = this.standoff.textBounds.filter(
      (t) => mapping.entities[t.type] !== undefined && this.spansOf.has(t.id),
    );
    // Union-find over mentions: equivalences, coreference relations, the same text and type.
    const parent = new Map(mentions.map((t) => [t.id, t.id]));
    const find = (x: string): string => {
      let r = x;
      while (parent.get(r) !== r) r = parent.get(r)!;
      parent.set(x, r);
      return r;
    };
    const join = (a: string, b: string) => {
      if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
    };
    if (mapping.coreference.equiv)
      for (const eq of this.standoff.equivs) for (const ref of eq.refs.slice(1)) join(eq.refs[0]!, ref);
    for (const r of this.standoff.relations)
      if (mapping.coreference.relations.includes(r.type)) {
        this.used.add(r.id);
        join(r.args[0]!.ref, r.args[1]!.ref);
      }
    if (mapping.coreference.sameText) {
      const first = new Map<string, string>();
      for (const t of mentions) {
        const key = `${mapping.entities[t.type]}\u0000${t.text}`;
        const seen = first.get(key);
        if (seen) join(seen, t.id);
        else first.set(key, t.id);
      }
    }
    const groups = new Map<string, TextBound[]>();
    for (const t of mentions) {
      const root = find(t.id);
      const list = groups.get(root);
      if (list) list.push(t);
      else groups.set(root, [t]);
    }
    const out: Entity[] = [];
    const sorted = [...groups.values()].sort(
      (a, b) => this.spansOf.get(a[0]!.id)![0]!.start - this.spansOf.get(b[0]!.id)![0]!.start,
    );
    for (const group of sorted) {
      const list: Mention[] = [];
      let payload: Payload | undefined;
      for (const t of group) {
        this.consumed.add(t.id);
        const span = this.single(t, "mention");
        if (!span) continue;
        payload ??= this.payloadOn(t.id);
        let kind: MentionKind = "named";
        if (mapping.mentionKind) {
          const value = this.attribute(t.id, mapping.mentionKind.attribute);
          if (value !== undefined && value !== null) {
            const mapped = mapping.mentionKind.values?.[value] ?? value;
            if (mapped === "named" || mapped === "nominal" || mapped === "pronominal") kind = mapped;
          }
        }
        list.push({ ...span, kind });
      }
      if (list.length === 0) continue;
      list.sort((a, b) => a.start - b.start || a.end - b.end);
      const named = list.filter((m) => m.kind === "named");
      const name =
        typeof payload?.name === "string"
          ? payload.name
          : [...(named.length ? named : list)].sort((a, b) => b.text.length - a.text.length)[0]!.text;
      const type = mapping.entities[group[0]!.type]!;
      const id = typeof payload?.id === "string" ? this.reserve(payload.id) : this.ids.entity(name, type);
      let wikidata: string | null = null;
      for (const n of this.standoff.normalizations) {
        if (!group.some((t) => t.id === n.target)) continue;
        if (
          mapping.wikidata !== null &&
          n.db.toLowerCase() === mapping.wikidata.toLowerCase() &&
          /^Q[1-9][0-9]*$/.test(n.dbId)
        ) {
          wikidata = n.dbId;
          this.used.add(n.id);
        }
      }
      this.lineOf.set(id, group[0]!.line);
      for (const t of group) this.entityOfMention.set(t.id, id);
      const provenance = this.provenance(payload);
      out.push({
        id,
        name,
        type,
        aliases: Array.isArray(payload?.aliases) ? (payload.aliases as string[]) : [],
        wikidata,
        description: typeof payload?.description === "string" ? payload.description : null,
        mentions: list,
        ...(provenance ? { provenance } : {}),
      });
    }
    return out;
  }

  private reserve(id: string): string {
    return this.ids.exact(id);
  }

  /** The entity a source span names: one with a mention at the span, else one with a mention inside it. */
  private entityAt(t: TextBound): string | null {
    const direct = this.entityOfMention.get(t.id);
    if (direct) return direct;
    const span = this.spansOf.get(t.id)?.[0];
    if (!span) return null;
    let inside: string | null = null;
    for (const [mention, entity] of this.entityOfMention) {
      const s = this.spansOf.get(mention)?.[0];
      if (!s) continue;
      if (s.start === span.start && s.end === span.end) return entity;
      if (inside === null && s.start >= span.start && s.end <= span.end) inside = entity;
    }
    return inside;
  }

  private quoteOfT = new Map<string, string>();

  private quotes(): Quote[] {
    const { mapping, text } = this;
    const out: Quote[] = [];
    const cueFromEvent = new Map<string, TextBound>();
    const sourceFromEvent = new Map<string, TextBound>();
    for (const e of this.standoff.events) {
      const rule = mapping.quoteEvents[e.type];
      if (!rule) continue;
      const quote = e.args.find((a) => a.role === rule.quote);
      if (!quote || mapping.quotes[this.byId.get(quote.ref)?.type ?? ""] === undefined) {
        this.issue(
          e.line,
          "brat-event",
          `${e.id}: the ${e.type} event has no ${rule.quote} argument that is a quote`,
          `give the event a ${rule.quote}:T<n> argument of a type under quotes`,
        );
        continue;
      }
      const trigger = this.byId.get(e.trigger)!;
      this.consumed.add(trigger.id);
      cueFromEvent.set(quote.ref, trigger);
      const source = rule.speaker ? e.args.find((a) => a.role === rule.speaker) : undefined;
      if (source) {
        this.consumed.add(source.ref);
        sourceFromEvent.set(quote.ref, this.byId.get(source.ref)!);
      }
    }
    const targets = this.standoff.textBounds.filter(
      (t) => mapping.quotes[t.type] !== undefined && this.spansOf.has(t.id),
    );
    const pending: { quote: Quote; t: TextBound; parent: TextBound | undefined }[] = [];
    for (const t of targets) {
      const rule = mapping.quotes[t.type]!;
      this.consumed.add(t.id);
      const payload = this.payloadOn(t.id);
      const spans: Span[] = [];
      for (const s of this.spansOf.get(t.id)!) {
        if (!rule.stripQuotationMarks) {
          spans.push(s);
          continue;
        }
        const raw = s.text;
        const lead = raw.length - raw.replace(/^[\s"'“”‘’«»„‚‹›「」『』]+/u, "").length;
        const trimmed = raw.replace(/[\s"'“”‘’«»„‚‹›「」『』]+$/u, "");
        const start = s.start + Math.min(lead, trimmed.length);
        const end = s.start + trimmed.length;
        if (end > start) spans.push({ start, end, text: text.slice(start, end) });
      }
      if (spans.length === 0) {
        this.issue(
          t.line,
          "brat-empty-quote",
          `${t.id}: the quote has no words once its quotation marks are left out`,
          "annotate the quoted words",
        );
        continue;
      }
      const kind = this.kind(t, rule.kind, ["direct", "indirect", "mixed", "scare"]);
      const one = (list: TextBound[], what: string) => {
        const first = list[0];
        if (!first) return null;
        this.consumed.add(first.id);
        return this.single(first, what);
      };
      const sources = [
        ...this.linked(t.id, rule.speaker),
        ...(sourceFromEvent.has(t.id) ? [sourceFromEvent.get(t.id)!] : []),
      ];
      const speakerTexts = rule.speakerText ? this.linked(t.id, rule.speakerText) : sources;
      const cues = [...this.linked(t.id, rule.cue), ...(cueFromEvent.has(t.id) ? [cueFromEvent.get(t.id)!] : [])];
      for (const s of sources) this.consumed.add(s.id);
      const fromPayload = this.mapping.claimsetNotes && payload && "speaker" in payload;
      const speaker = fromPayload
        ? ((payload!.speaker as string | null) ?? null)
        : sources.length
          ? this.entityAt(sources[0]!)
          : null;
      const speakerText = one(speakerTexts, "speaker text");
      const addressee = this.linked(t.id, rule.addressee)[0];
      if (addressee) this.consumed.add(addressee.id);
      // Arg1 is the embedded quote, Arg2 the quote around it.
      const parent = this.linked(t.id, rule.parent, true).find((p) => p.id !== t.id);
      const words =
        spans[0]!.text
          .match(/[\p{L}\p{N}]+/gu)
          ?.slice(0, 4)
          .join(" ") ?? "";
      const id =
        typeof payload?.id === "string"
          ? this.reserve(payload.id)
          : this.ids.quote(`${speaker ?? (kind === "scare" ? "scare" : "")} ${words}`);
      this.lineOf.set(id, t.line);
      this.quoteOfT.set(t.id, id);
      const noSpeakerReason =
        speaker !== null
          ? null
          : typeof payload?.noSpeakerReason === "string"
            ? payload.noSpeakerReason
            : kind === "scare"
              ? "a scare quote, attributed to nobody in particular"
              : sources.length
                ? "the annotated source names no entity"
                : "no source is annotated";
      const provenance = this.provenance(payload);
      const quote: Quote = {
        id,
        kind,
        spans,
        speaker,
        noSpeakerReason,
        speakerText,
        cue: one(cues, "cue"),
        addressee: addressee ? (this.entityOfMention.get(addressee.id) ?? null) : null,
        parent: null,
        ...(provenance ? { provenance } : {}),
      };
      out.push(quote);
      pending.push({ quote, t, parent });
    }
    for (const p of pending) if (p.parent) p.quote.parent = this.quoteOfT.get(p.parent.id) ?? null;
    return out;
  }

  private claims(quotes: Quote[]): NumericClaim[] {
    const { mapping } = this;
    const out: NumericClaim[] = [];
    const quoteIds = new Set(quotes.map((q) => q.id));
    for (const t of this.standoff.textBounds) {
      const rule = mapping.claims[t.type];
      if (!rule || !this.spansOf.has(t.id)) continue;
      this.consumed.add(t.id);
      const span = this.single(t, "number");
      if (!span) continue;
      const payload = this.payloadOn(t.id);
      const p = this.mapping.claimsetNotes ? payload : undefined;
      const kind = this.kind(t, rule.kind, [
        "count",
        "duration",
        "age",
        "year",
        "date",
        "ordinal",
        "money",
        "percent",
        "other",
      ]);
      const number = parseNumber(span.text);
      let comparator: NumericClaim["comparator"] = number === null ? "vague" : "=";
      let comparatorGiven = false;
      if (rule.comparator) {
        const value = this.attribute(t.id, rule.comparator.attribute);
        if (value !== undefined && value !== null) {
          const mapped = rule.comparator.values?.[value] ?? value;
          if (["=", "~", ">", ">=", "<", "<=", "range", "vague"].includes(mapped)) {
            comparator = mapped as typeof comparator;
            comparatorGiven = true;
          }
        }
      }
      const value = p && "value" in p ? (p.value as number | null) : (number?.value ?? null);
      let bounds: NumericClaim["bounds"] = p?.bounds
        ? (p.bounds as NumericClaim["bounds"])
        : // Bounds only where the comparator implies them; "about" or a range without bounds stays open, to review.
          (boundsOfComparator(comparator, value) ?? { low: null, high: null, lowInclusive: true, highInclusive: true });
      if (!p && comparator === "vague") bounds = { low: null, high: null, lowInclusive: true, highInclusive: true };
      // The unit: from the payload, an attribute, a linked span, the words after the number, or the default.
      let unit: NumericClaim["unit"] = { text: null, normalized: rule.unit.default };
      if (p?.unit) unit = p.unit as NumericClaim["unit"];
      else {
        const attr = rule.unit.attribute ? this.attribute(t.id, rule.unit.attribute) : undefined;
        const linked = this.linked(t.id, rule.unit.relation)[0];
        if (linked) this.consumed.add(linked.id);
        const written = linked?.text ?? attr ?? (rule.unit.fromText ? number?.after : undefined);
        if (written) {
          const normalized = normalizeUnit(written);
          if (normalized) unit = { text: span.text.includes(written) || linked ? written : null, normalized };
        }
      }
      // A kind the annotation does not state follows from a unit that says it (40 %: a percent).
      const kindStated =
        typeof rule.kind === "string" ||
        this.attributes.has(`${t.id} ${(rule.kind as { attribute: string }).attribute}`);
      const kindOf = kindStated ? kind : unit.normalized === "percent" ? "percent" : kind;
      // What is measured: the property, then the entity, reached through the mapped relations.
      let aboutText = typeof p?.about === "object" && p.about ? ((p.about as { text: string }).text ?? "") : "";
      const aboutEntities = new Set<string>();
      if (rule.measured) {
        const reached = this.reach(t.id, rule.measured.relations, 2);
        const property = reached.find((r) => r.type === rule.measured!.property);
        const entity = reached.find((r) => r.type === rule.measured!.entity);
        for (const r of [property, entity]) if (r) this.consumed.add(r.id);
        if (!aboutText) aboutText = [property?.text, entity?.text].filter(Boolean).join(" of ");
        for (const r of reached) {
          const e = this.entityOfMention.get(r.id);
          if (e) aboutEntities.add(e);
        }
      }
      for (const m of this.linked(t.id, rule.about)) {
        this.consumed.add(m.id);
        const e = this.entityOfMention.get(m.id);
        if (e) aboutEntities.add(e);
      }
      if (!aboutText) aboutText = span.text;
      // The qualifier: inside the span it is the claim's hedge; outside, a note says so.
      let qualifier: Span | null = null;
      const outside: Span[] = [];
      for (const q of this.linked(t.id, rule.qualifier)) {
        this.consumed.add(q.id);
        const s = this.single(q, "qualifier");
        if (!s) continue;
        if (s.start >= span.start && s.end <= span.end && qualifier === null) qualifier = s;
        else outside.push(s);
      }
      // A hedge inside the span says what the number is, when no attribute did: "about 40" is not "= 40".
      const hedge = qualifier && !p && !comparatorGiven && value !== null ? hedgeComparator(qualifier.text) : null;
      if (hedge) {
        comparator = hedge;
        bounds = boundsOfComparator(hedge, value) ?? { low: null, high: null, lowInclusive: true, highInclusive: true };
      }
      let assertedBy: AssertedBy = { type: "publisher" };
      const source = this.linked(t.id, rule.assertedBy)[0];
      if (source) {
        this.consumed.add(source.id);
        const quote = this.quoteOfT.get(source.id);
        const entity = this.entityOfMention.get(source.id);
        if (quote && quoteIds.has(quote)) assertedBy = { type: "quote", id: quote };
        else if (entity && this.mentionKindOf(source) === "named") assertedBy = { type: "entity", id: entity };
        else {
          const s = this.single(source, "source");
          if (s) assertedBy = { type: "unnamed", span: s };
        }
      }
      const about =
        aboutText
          .match(/[\p{L}\p{N}]+/gu)
          ?.slice(0, 3)
          .join(" ") ?? "";
      const id =
        typeof payload?.id === "string"
          ? this.reserve(payload.id)
          : this.ids.claim(`${about || kind} ${value === null ? "" : String(value).replace(/\./g, "-")}`);
      this.lineOf.set(id, t.line);
      this.quoteOfT.set(t.id, id);
      const provenance = this.provenance(payload);
      out.push({
        id,
        kind: kindOf,
        span,
        value,
        comparator,
        bounds,
        qualifier,
        unit,
        about: { text: aboutText, entities: [...aboutEntities] },
        assertedBy,
        iso: typeof p?.iso === "string" ? p.iso : null,
        timeRef: typeof p?.timeRef === "string" ? p.timeRef : null,
        ...(provenance ? { provenance } : {}),
      });
      for (const s of outside)
        this.pendingNotes.push({
          kind: "context",
          targets: [id],
          span: s,
          text: `The number is qualified by “${s.text}”.`,
          line: t.line,
        });
    }
    return out;
  }

  private mentionKindOf(t: TextBound): MentionKind {
    if (!this.mapping.mentionKind) return "named";
    const a = this.attributes.get(`${t.id} ${this.mapping.mentionKind.attribute}`);
    const v = a?.value ? (this.mapping.mentionKind.values?.[a.value] ?? a.value) : "named";
    return v === "nominal" || v === "pronominal" ? v : "named";
  }

  /** Annotations reachable from `t` over the relations named, up to `steps` relations away. */
  private reach(t: string, relations: readonly string[], steps: number): TextBound[] {
    const seen = new Set([t]);
    let frontier = [t];
    const out: TextBound[] = [];
    for (let i = 0; i < steps; i++) {
      const next: string[] = [];
      for (const f of frontier)
        for (const l of this.links.get(f) ?? []) {
          if (!relations.includes(l.relation) || seen.has(l.other)) continue;
          this.used.add(l.id);
          seen.add(l.other);
          next.push(l.other);
          const tb = this.byId.get(l.other);
          if (tb && this.spansOf.has(tb.id)) out.push(tb);
        }
      frontier = next;
    }
    return out;
  }

  private pendingNotes: {
    kind: EditorialNote["kind"];
    targets: string[];
    span: Span | null;
    text: string;
    line: number;
  }[] = [];

  private notes(): EditorialNote[] {
    const { mapping } = this;
    const out: EditorialNote[] = [];
    const recordOfT = new Map<string, string>([...this.entityOfMention, ...this.quoteOfT]);
    const noteOfT = new Map<string, string>();
    const noteTs = this.standoff.textBounds.filter(
      (t) => mapping.notes.types[t.type] !== undefined && this.spansOf.has(t.id),
    );
    const annotatorNotesOn = (t: string) =>
      this.standoff.notes.filter((n) => n.target === t && !(mapping.claimsetNotes && n.text.startsWith("claimset ")));
    for (const t of noteTs) {
      this.consumed.add(t.id);
      const payload = this.payloadOn(t.id);
      const kind = this.kind(t, mapping.notes.types[t.type]!, [
        "translation",
        "inconsistency",
        "context",
        "ambiguity",
        "inference",
        "fact-check",
      ]);
      const span = this.single(t, "note");
      const own = annotatorNotesOn(t.id);
      for (const n of own) this.used.add(n.id);
      const text =
        typeof payload?.text === "string"
          ? payload.text
          : own
              .map((n) => n.text)
              .join(" ")
              .trim();
      if (!text) {
        this.issue(
          t.line,
          "brat-note-text",
          `${t.id}: a ${t.type} needs its words in an AnnotatorNotes line`,
          `add "#1<TAB>AnnotatorNotes ${t.id}<TAB>the note" to the .ann`,
        );
        continue;
      }
      const id =
        typeof payload?.id === "string"
          ? this.reserve(payload.id)
          : this.ids.note(text.split(/\s+/).slice(0, 4).join(" "));
      noteOfT.set(t.id, id);
      this.lineOf.set(id, t.line);
      const provenance = this.provenance(payload);
      out.push({ id, kind, targets: [], span, text, ...(provenance ? { provenance } : {}) });
    }
    // Targets, once every note has its id (notes may point at notes).
    for (const t of noteTs) {
      const id = noteOfT.get(t.id);
      const note = out.find((n) => n.id === id);
      if (!note) continue;
      const listed = mapping.claimsetNotes ? this.payloadOn(t.id)?.targets : undefined;
      if (Array.isArray(listed)) {
        note.targets = listed as string[];
        this.linked(t.id, mapping.notes.target);
        continue;
      }
      const targets = this.linked(t.id, mapping.notes.target)
        .map((x) => recordOfT.get(x.id) ?? noteOfT.get(x.id))
        .filter((x): x is string => x !== undefined);
      note.targets = [...new Set(targets)];
    }
    // Span-less notes carried in claimset payloads on another annotation.
    if (mapping.claimsetNotes)
      for (const { payload, line } of this.payloads.values()) {
        if (payload.table !== "notes") continue;
        const id = this.reserve(payload.id as string);
        this.lineOf.set(id, line);
        out.push({
          id,
          kind: payload.kind as EditorialNote["kind"],
          targets: (payload.targets as string[]) ?? [],
          span: null,
          text: payload.text as string,
          ...(payload.provenance ? { provenance: payload.provenance as Provenance } : {}),
        });
      }
    // AnnotatorNotes on records become notes of the mapped kind.
    if (mapping.notes.annotatorNotes !== null)
      for (const n of this.standoff.notes) {
        if (this.used.has(n.id) || (mapping.claimsetNotes && n.text.startsWith("claimset "))) continue;
        const target = recordOfT.get(n.target);
        if (!target || n.text.trim() === "") continue;
        this.used.add(n.id);
        const id = this.ids.note(n.text.split(/\s+/).slice(0, 4).join(" "));
        this.lineOf.set(id, n.line);
        const provenance = this.provenance(undefined);
        out.push({
          id,
          kind: mapping.notes.annotatorNotes,
          targets: [target],
          span: null,
          text: n.text.trim(),
          ...(provenance ? { provenance } : {}),
        });
      }
    for (const p of this.pendingNotes) {
      const id = this.ids.note(`qualifier ${p.targets[0]}`);
      this.lineOf.set(id, p.line);
      const provenance = this.provenance(undefined);
      out.push({
        id,
        kind: p.kind,
        targets: p.targets,
        span: p.span,
        text: p.text,
        ...(provenance ? { provenance } : {}),
      });
    }
    return out;
  }
}

/** The first number written in digits in `text`, and the words after it (a unit, often). */
export function parseNumber(text: string): { value: number; after: string | undefined } | null {
  const m = /([−-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/u.exec(text);
  if (!m) return null;
  const value = Number(`${m[1] ? "-" : ""}${m[2]!.replace(/,/g, "")}${m[3] ?? ""}`);
  if (!Number.isFinite(value)) return null;
  const rest = text.slice(m.index + m[0].length).trim();
  const unit = /^(%|°[CF]|[\p{L}][\p{L}\p{N}/.²³-]*)/u.exec(rest)?.[0];
  return { value, after: unit };
}

const UNIT_WORDS: Record<string, string> = {
  "%": "percent",
  "°c": "degree-celsius",
  "°f": "degree-fahrenheit",
  $: "dollar",
  "€": "euro",
  "£": "pound",
};

/** A unit as claimset normalizes it: lowercase kebab, singular-ish, or null when nothing is left. */
export function normalizeUnit(written: string): string | null {
  const lower = written.trim().toLowerCase();
  if (UNIT_WORDS[lower]) return UNIT_WORDS[lower]!;
  const k = kebab(lower.replace(/²/g, "2").replace(/³/g, "3").replace(/\//g, " per "));
  if (!k || !/^[a-z]/.test(k)) return null;
  return k.length > 3 && k.endsWith("s") && !k.endsWith("ss") ? k.slice(0, -1) : k;
}
