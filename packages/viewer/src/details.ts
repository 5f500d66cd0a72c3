import {
  type DatasetIndex,
  formatAssertedBy,
  formatBounds,
  formatInterval,
  formatUnit,
  type ReadonlyClaim,
  type ReadonlyEntity,
  type ReadonlyNote,
  type ReadonlyQuote,
  type ReadonlySpan,
} from "@claimset/core";
import type { Layer } from "./highlights.js";
import { describeProvenance, tracksProvenance } from "./provenance.js";

const tracking = new WeakMap<DatasetIndex, boolean>();
const tracks = (index: DatasetIndex) => {
  const known = tracking.get(index);
  if (known !== undefined) return known;
  const found = tracksProvenance(index.dataset);
  tracking.set(index, found);
  return found;
};

/** One value in a record's details: plain text, a link to another record, or a place in the text. */
export type Value =
  | { readonly type: "text"; readonly text: string }
  | { readonly type: "record"; readonly id: string; readonly label: string }
  | { readonly type: "place"; readonly start: number; readonly end: number; readonly label: string }
  | { readonly type: "external"; readonly href: string; readonly label: string };

export interface Field {
  readonly label: string;
  readonly values: readonly Value[];
}

/** Everything the side panel shows about one record. */
export interface Detail {
  readonly id: string;
  readonly layer: Layer;
  /** "Quote · mixed", "Number · count", ... */
  readonly heading: string;
  /** The record's words: a quote's spans, a claim's phrase, an entity's name, a note's text. */
  readonly title: string;
  readonly fields: readonly Field[];
  /** Editorial notes that target the record. */
  readonly notes: readonly ReadonlyNote[];
}

const text = (t: string): Value => ({ type: "text", text: t });
const place = (s: ReadonlySpan, label = s.text): Value => ({ type: "place", start: s.start, end: s.end, label });

function field(label: string, ...values: (Value | null)[]): Field[] {
  const present = values.filter((v): v is Value => v !== null);
  return present.length === 0 ? [] : [{ label, values: present }];
}

function recordLink(index: DatasetIndex, id: string): Value {
  const found = index.record(id);
  if (!found) return { type: "record", id, label: id };
  switch (found.table) {
    case "entities":
      return { type: "record", id, label: found.record.name };
    case "quotes":
      return { type: "record", id, label: `“${quoteWords(found.record)}”` };
    case "claims":
      return { type: "record", id, label: found.record.span.text };
    case "notes":
      return { type: "record", id, label: `${found.record.kind} note` };
  }
}

/** A quote's words, its interrupted parts joined by an ellipsis. */
export function quoteWords(quote: ReadonlyQuote): string {
  return quote.spans.map((s) => s.text).join(" … ");
}

/** Who said a quote, as a reader would put it. */
export function speakerName(index: DatasetIndex, quote: ReadonlyQuote): string {
  if (quote.speaker === null) return `no named speaker (${quote.noSpeakerReason ?? "none given"})`;
  return index.entity(quote.speaker)?.name ?? quote.speaker;
}

function quoteDetail(index: DatasetIndex, q: ReadonlyQuote): Detail {
  return {
    id: q.id,
    layer: "quote",
    heading: `Quote · ${q.kind}`,
    title: quoteWords(q),
    fields: [
      ...field("Speaker", q.speaker === null ? text(speakerName(index, q)) : recordLink(index, q.speaker)),
      ...field("Named in the text as", q.speakerText && place(q.speakerText)),
      ...field("Cue", q.cue && place(q.cue)),
      ...field("Said to", q.addressee === null ? null : recordLink(index, q.addressee)),
      ...field("Inside the quote", q.parent === null ? null : recordLink(index, q.parent)),
      ...field(
        "Numbers in it",
        ...index.claimsAssertedBy(q.id).map((c) => ({ type: "record", id: c.id, label: c.span.text }) as const),
      ),
    ],
    notes: index.notesFor(q.id),
  };
}

function claimDetail(index: DatasetIndex, c: ReadonlyClaim): Detail {
  const by = c.assertedBy;
  const asserter: Value =
    by.type === "entity"
      ? recordLink(index, by.id)
      : by.type === "quote"
        ? { type: "record", id: by.id, label: formatAssertedBy(c, index) }
        : by.type === "unnamed"
          ? place(by.span, formatAssertedBy(c, index))
          : text(formatAssertedBy(c, index));
  return {
    id: c.id,
    layer: "claim",
    heading: `Number · ${c.kind}`,
    title: c.span.text,
    fields: [
      ...field("Value", text(formatBounds(c))),
      ...field("Comparator", text(c.comparator)),
      ...field("Bounds", text(formatInterval(c.bounds, c.kind) || "unbounded")),
      ...field("Hedge", c.qualifier && place(c.qualifier)),
      ...field("Unit", text(formatUnit(c))),
      ...field("About", text(c.about.text), ...c.about.entities.map((id) => recordLink(index, id))),
      ...field("Asserted by", asserter),
      ...field("ISO 8601", c.iso === null ? null : text(c.iso)),
      ...field("Refers to", c.timeRef === null ? null : text(c.timeRef)),
    ],
    notes: index.notesFor(c.id),
  };
}

function entityDetail(index: DatasetIndex, e: ReadonlyEntity): Detail {
  const wikidata = e.wikidata !== null && /^Q[1-9]\d*$/.test(e.wikidata) ? e.wikidata : null;
  return {
    id: e.id,
    layer: "entity",
    heading: `Entity · ${e.type}`,
    title: e.name,
    fields: [
      ...field("Description", e.description === null ? null : text(e.description)),
      ...field("Also called", ...e.aliases.map(text)),
      ...field(
        "Wikidata",
        wikidata === null
          ? null
          : { type: "external", href: `https://www.wikidata.org/wiki/${wikidata}`, label: wikidata },
      ),
      ...field(
        `Mentions (${e.mentions.length})`,
        ...index.mentionsOf(e.id).map((m) => place(m, m.kind === "named" ? m.text : `${m.text} (${m.kind})`)),
      ),
      ...field("Quotes by", ...index.quotesBy(e.id).map((q) => recordLink(index, q.id))),
      ...field("Numbers about", ...index.claimsAbout(e.id).map((c) => recordLink(index, c.id))),
    ],
    notes: index.notesFor(e.id),
  };
}

function noteDetail(index: DatasetIndex, n: ReadonlyNote): Detail {
  return {
    id: n.id,
    layer: "note",
    heading: `Editorial note · ${n.kind}`,
    title: n.text,
    fields: [
      ...field(
        "About",
        ...(n.targets.length ? n.targets.map((t) => recordLink(index, t)) : [text("the whole article")]),
      ),
      ...field("Passage", n.span && place(n.span)),
    ],
    notes: index.notesFor(n.id),
  };
}

function detailOfRecord(index: DatasetIndex, found: NonNullable<ReturnType<DatasetIndex["record"]>>): Detail {
  switch (found.table) {
    case "quotes":
      return quoteDetail(index, found.record);
    case "claims":
      return claimDetail(index, found.record);
    case "entities":
      return entityDetail(index, found.record);
    case "notes":
      return noteDetail(index, found.record);
  }
}

/** The details of a live record, or null when no record has that id. */
export function detailOf(index: DatasetIndex, id: string): Detail | null {
  const found = index.record(id);
  if (!found) return null;
  const detail = detailOfRecord(index, found);
  // Datasets that say who made each record: a machine's draft shows its tool, its confidence and whether it was checked.
  if (!tracks(index)) return detail;
  return {
    ...detail,
    fields: [{ label: "Made by", values: [text(describeProvenance(found.record))] }, ...detail.fields],
  };
}

/** Where a record sits in the text (its first stretch), or null for a note about the whole article. */
export function placeOf(
  index: DatasetIndex,
  id: string,
  seen = new Set<string>(),
): { start: number; end: number } | null {
  const found = index.record(id);
  if (!found || seen.has(id)) return null;
  seen.add(id);
  switch (found.table) {
    case "quotes":
      return found.record.spans[0] ?? null;
    case "claims":
      return found.record.span;
    case "entities":
      return found.record.mentions[0] ?? null;
    case "notes": {
      if (found.record.span) return found.record.span;
      // A note without a passage sits where its first placed target does.
      for (const target of found.record.targets) {
        const at = placeOf(index, target, seen);
        if (at) return at;
      }
      return null;
    }
  }
}
