import type { Dataset, Span } from "@claimset/schema";
import type { ValidationIssue } from "../issue.js";

/** An integrity rule: a check the JSON Schema cannot express. Runs on structurally valid data. */
export interface Rule {
  name: string;
  description: string;
  check(dataset: Dataset, context: RuleContext): ValidationIssue[];
}

/** Shared, lazily built lookups so that every rule stays linear in the data. */
export interface RuleContext {
  /** Every record id (entities, quotes, claims, notes) mapped to its table. */
  readonly ids: ReadonlyMap<string, "entities" | "quotes" | "claims" | "notes">;
  /** Retired ids mapped to their tombstones' index. */
  readonly retired: ReadonlyMap<string, number>;
}

/**
 * Where a span sits: `[table, i, ...field]`, then `j` when the field is a list.
 * Paths are built only for spans with a problem, via `spanPath`.
 */
export interface SpanPlace {
  table: "entities" | "quotes" | "claims" | "notes";
  i: number;
  field: readonly string[];
  /** The span's index in a list of spans, else -1. */
  j: number;
  recordId: string;
}

const MENTIONS = ["mentions"];
const SPANS = ["spans"];
const SPEAKER_TEXT = ["speakerText"];
const CUE = ["cue"];
const SPAN = ["span"];
const QUALIFIER = ["qualifier"];
const ASSERTED_BY_SPAN = ["assertedBy", "span"];

/** The JSON path of a span's place. */
export function spanPath(place: SpanPlace): (string | number)[] {
  return place.j < 0 ? [place.table, place.i, ...place.field] : [place.table, place.i, ...place.field, place.j];
}

/**
 * Calls `visit` for every span in the dataset, in document order (the order
 * of `spansOf`). The place object is reused between calls: copy what you keep.
 */
export function forEachSpan(dataset: Dataset, visit: (span: Span, place: Readonly<SpanPlace>) => void): void {
  const place: SpanPlace = { table: "entities", i: 0, field: MENTIONS, j: 0, recordId: "" };
  const at = (table: SpanPlace["table"], i: number, field: readonly string[], j: number, recordId: string) => {
    place.table = table;
    place.i = i;
    place.field = field;
    place.j = j;
    place.recordId = recordId;
    return place;
  };
  const { entities, quotes, claims, notes } = dataset;
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i]!;
    for (let j = 0; j < entity.mentions.length; j++)
      visit(entity.mentions[j]!, at("entities", i, MENTIONS, j, entity.id));
  }
  for (let i = 0; i < quotes.length; i++) {
    const quote = quotes[i]!;
    for (let j = 0; j < quote.spans.length; j++) visit(quote.spans[j]!, at("quotes", i, SPANS, j, quote.id));
    if (quote.speakerText) visit(quote.speakerText, at("quotes", i, SPEAKER_TEXT, -1, quote.id));
    if (quote.cue) visit(quote.cue, at("quotes", i, CUE, -1, quote.id));
  }
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!;
    visit(claim.span, at("claims", i, SPAN, -1, claim.id));
    if (claim.qualifier) visit(claim.qualifier, at("claims", i, QUALIFIER, -1, claim.id));
    if (claim.assertedBy.type === "unnamed")
      visit(claim.assertedBy.span, at("claims", i, ASSERTED_BY_SPAN, -1, claim.id));
  }
  for (let i = 0; i < notes.length; i++) {
    const note = notes[i]!;
    if (note.span) visit(note.span, at("notes", i, SPAN, -1, note.id));
  }
}

export function preview(text: string, max = 60): string {
  const json = JSON.stringify(text);
  return json.length > max ? `${json.slice(0, max - 2)}…"` : json;
}
