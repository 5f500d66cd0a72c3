// W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/).
// Each annotated stretch of the text becomes one annotation whose target
// carries two selectors: a TextPositionSelector, which the standard counts in
// Unicode code points (claimset counts UTF-16 units), and a
// TextQuoteSelector, which survives offsets drifting.
import { createIndex } from "../query/create-index.js";
import type { ReadonlyDataset, ReadonlySpan } from "../query/types.js";
import { createOffsetConverter, splitsSurrogatePair } from "../text/offsets.js";
import { formatAssertedBy, formatBounds, formatUnit } from "./format.js";
import { checkAbsoluteIri, datasetIris, wikidataIri } from "./iri.js";

export const WEB_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface WebAnnotationOptions {
  /**
   * Base IRI for record and annotation ids (`<base>#<record-id>`): an absolute
   * http(s) IRI without a fragment; default `urn:claimset:<dataset-id>:<record-id>`.
   * The same base gives the same IRIs in `toJsonLd`.
   */
  base?: string;
  /** IRI of the annotated text; default the article's URL, else `<base>#source` or `urn:claimset:<dataset-id>:source`. */
  source?: string;
  /** UTF-16 code units of context in each TextQuoteSelector's prefix and suffix; default 32. */
  context?: number;
}

export interface TextPositionSelector {
  type: "TextPositionSelector";
  /** Code point offset of the first character. */
  start: number;
  /** Code point offset one past the last character. */
  end: number;
}

export interface TextQuoteSelector {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface SpanTarget {
  source: string;
  selector: [TextPositionSelector, TextQuoteSelector];
}

export type AnnotationBody =
  | { type: "SpecificResource"; source: string; purpose: "identifying" | "linking" }
  | { type: "TextualBody"; value: string; purpose: "tagging" | "describing" | "commenting"; format: "text/plain" };

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "identifying" | "describing" | "commenting";
  body: AnnotationBody[];
  /**
   * A stretch of the text, or, for a note without a passage, the record (or
   * the article) it is about: one IRI, or a list of two or more.
   */
  target: SpanTarget | string | string[];
}

export interface WebAnnotationCollection {
  "@context": typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: {
    id: string;
    type: "AnnotationPage";
    partOf: string;
    startIndex: 0;
    items: WebAnnotation[];
  };
  /** The IRI of the last page: the collection has one page, so the first. */
  last: string;
}

const text = (value: string, purpose: "tagging" | "describing" | "commenting"): AnnotationBody => ({
  type: "TextualBody",
  value,
  purpose,
  format: "text/plain",
});

const link = (source: string, purpose: "identifying" | "linking" = "identifying"): AnnotationBody => ({
  type: "SpecificResource",
  source,
  purpose,
});

/** The dataset's mentions, quote spans, claims and notes as one W3C AnnotationCollection, in text order. */
export function toWebAnnotations(
  dataset: ReadonlyDataset,
  options: WebAnnotationOptions = {},
): WebAnnotationCollection {
  const fullText = dataset.source.text;
  const offsets = createOffsetConverter(fullText);
  const context = options.context ?? 32;
  const iris = datasetIris(dataset, options.base);
  const source = options.source === undefined ? iris.article : checkAbsoluteIri(options.source, "source IRI");
  const iri = iris.record;
  const index = createIndex(dataset);

  const target = (span: ReadonlySpan): SpanTarget => {
    // Context never starts or ends inside a surrogate pair, so it stays valid text.
    let from = Math.max(0, span.start - context);
    if (splitsSurrogatePair(fullText, from)) from++;
    let to = Math.min(fullText.length, span.end + context);
    if (splitsSurrogatePair(fullText, to)) to--;
    const quote: TextQuoteSelector = { type: "TextQuoteSelector", exact: span.text };
    if (from < span.start) quote.prefix = fullText.slice(from, span.start);
    if (span.end < to) quote.suffix = fullText.slice(span.end, to);
    const position: TextPositionSelector = {
      type: "TextPositionSelector",
      start: offsets.toCodePoint(span.start),
      end: offsets.toCodePoint(span.end),
    };
    return { source, selector: [position, quote] };
  };
  const spanId = (recordId: string, span: ReadonlySpan) =>
    `${iri(recordId)}:${offsets.toCodePoint(span.start)}-${offsets.toCodePoint(span.end)}`;

  const located: { at: number; annotation: WebAnnotation }[] = [];
  const add = (span: ReadonlySpan | null, annotation: WebAnnotation) =>
    located.push({ at: span?.start ?? -1, annotation });

  for (const entity of dataset.entities) {
    const body = [link(iri(entity.id))];
    if (entity.wikidata) body.push(link(wikidataIri(entity.wikidata)));
    body.push(text(`entity:${entity.type}`, "tagging"), text(entity.name, "describing"));
    for (const mention of entity.mentions) {
      add(mention, {
        id: spanId(entity.id, mention),
        type: "Annotation",
        motivation: "identifying",
        body: [...body],
        target: target(mention),
      });
    }
  }
  for (const quote of dataset.quotes) {
    const speaker = quote.speaker === null ? undefined : index.entity(quote.speaker);
    const said = speaker ? `Said by ${speaker.name}` : `No named speaker: ${quote.noSpeakerReason ?? "not given"}`;
    const body = [link(iri(quote.id)), text(`quote:${quote.kind}`, "tagging"), text(said, "describing")];
    for (const span of quote.spans) {
      add(span, {
        id: spanId(quote.id, span),
        type: "Annotation",
        motivation: "describing",
        body: [...body],
        target: target(span),
      });
    }
  }
  for (const claim of dataset.claims) {
    const description = `${formatBounds(claim)} ${formatUnit(claim)}: ${claim.about.text} (asserted by ${formatAssertedBy(claim, index)})`;
    add(claim.span, {
      id: spanId(claim.id, claim.span),
      type: "Annotation",
      motivation: "describing",
      body: [link(iri(claim.id)), text(`claim:${claim.kind}`, "tagging"), text(description, "describing")],
      target: target(claim.span),
    });
  }
  for (const note of dataset.notes) {
    const body = [
      link(iri(note.id)),
      text(`note:${note.kind}`, "tagging"),
      text(note.text, "commenting"),
      ...(note.span ? note.targets.map((id) => link(iri(id), "linking")) : []),
    ];
    // One target is written as a single IRI, as for every other annotation.
    const about =
      note.targets.length === 0
        ? source
        : note.targets.length === 1
          ? iri(note.targets[0] as string)
          : note.targets.map(iri);
    add(note.span, {
      // Without a passage the annotation still needs an id of its own: its body links to the note's record IRI.
      id: note.span ? spanId(note.id, note.span) : `${iri(note.id)}:annotation`,
      type: "Annotation",
      motivation: "commenting",
      body,
      target: note.span ? target(note.span) : about,
    });
  }

  // Stable order: text order, ties by id; notes without a passage first.
  located.sort((a, b) => a.at - b.at || (a.annotation.id < b.annotation.id ? -1 : 1));
  const items = located.map((l) => l.annotation);
  const id = iris.annotations;
  const page = `${id}:page-1`;
  return {
    "@context": WEB_ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: `${dataset.source.title ?? dataset.id} — claimset ${dataset.id} ${dataset.version}`,
    total: items.length,
    first: { id: page, type: "AnnotationPage", partOf: id, startIndex: 0, items },
    last: page,
  };
}
