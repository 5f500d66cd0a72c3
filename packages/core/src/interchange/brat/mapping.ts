/**
 * A mapping says what a brat corpus's annotation types mean in claimset:
 * which text-bound types are entity mentions, quotes, numbers and notes, and
 * which relations, events and attributes carry speakers, cues, units, kinds
 * and coreference. It is a YAML file checked here, so a wrong key or value is
 * reported with its line before any annotation is read.
 */
import {
  CLAIM_KINDS,
  COMPARATORS,
  ENTITY_TYPES,
  MENTION_KINDS,
  NOTE_KINDS,
  QUOTE_KINDS,
} from "@claimset/schema/tables";
import * as z from "zod";
import { parseYamlFile } from "../../authoring/parse-yaml.js";
import type { Issue } from "../../errors/issue.js";

const BratName = z.string().regex(/^[^\s:;,|]+$/, { error: "expected a brat type name (no spaces, : ; , or |)" });

/** A kind fixed for every annotation of a type, or read from one of its attributes. */
const kindRule = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([
    z.enum(values),
    z
      .object({
        attribute: BratName.describe("The attribute whose value gives the kind."),
        values: z
          .record(z.string(), z.enum(values))
          .optional()
          .describe("Attribute value → claimset value; a value missing here is taken as it is."),
        default: z.enum(values).describe("The kind when the annotation has no such attribute."),
      })
      .strict(),
  ]);

const QuoteRule = z
  .object({
    kind: kindRule(QUOTE_KINDS),
    speaker: BratName.optional().describe(
      "The relation (either direction) from the quote to its source span: the speaker is the entity with a mention there or inside it.",
    ),
    speakerText: BratName.optional().describe(
      "The relation to the words naming the speaker, when they are not the speaker relation's target.",
    ),
    cue: BratName.optional().describe("The relation to the cue ('said')."),
    addressee: BratName.optional().describe("The relation to a mention of the addressee."),
    parent: BratName.optional().describe("The relation to the quote this one is embedded in."),
    stripQuotationMarks: z
      .boolean()
      .default(true)
      .describe("Trim quotation marks and spaces around the quoted words (claimset spans leave them out)."),
  })
  .strict();

const QuoteEventRule = z
  .object({
    quote: BratName.describe("The role of the argument whose annotation is the quote (a type under `quotes`)."),
    speaker: BratName.optional().describe("The role of the source argument."),
  })
  .strict()
  .describe("An event whose trigger is the cue.");

const ClaimRule = z
  .object({
    kind: kindRule(CLAIM_KINDS),
    comparator: z
      .object({ attribute: BratName, values: z.record(z.string(), z.enum(COMPARATORS)).optional() })
      .strict()
      .optional()
      .describe("The attribute that gives the comparator; otherwise '=' when the text has a number, else 'vague'."),
    unit: z
      .object({
        attribute: BratName.optional().describe("An attribute whose value is the unit."),
        relation: BratName.optional().describe("A relation to a span that writes the unit."),
        fromText: z.boolean().default(true).describe("Take the words after the number in the span as the unit."),
        default: z
          .string()
          .regex(/^[a-z][a-z0-9-]*$/)
          .describe("The normalized unit when none is found."),
      })
      .strict(),
    measured: z
      .object({
        relations: z.array(BratName).min(1).describe("Relations (either direction, up to two steps) from the claim."),
        entity: BratName.optional().describe("The type of the measured entity's span: its text is about.text."),
        property: BratName.optional().describe("The type of the measured property's span, put before the entity."),
      })
      .strict()
      .optional()
      .describe("What the number measures; a span of an entity type there also fills about.entities."),
    qualifier: BratName.optional().describe(
      "The relation to a qualifier: the claim's qualifier when inside its span, else a context note on the claim.",
    ),
    assertedBy: BratName.optional().describe(
      "The relation to who asserts the number: a quote, an entity mention, or any other span (an unnamed source).",
    ),
    about: BratName.optional().describe("The relation to mentions of entities the number is about."),
  })
  .strict();

export const BratMapping = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    entities: z
      .record(BratName, z.enum(ENTITY_TYPES))
      .default({})
      .describe("Text-bound types that are entity mentions → the entity type."),
    mentionKind: z
      .object({ attribute: BratName, values: z.record(z.string(), z.enum(MENTION_KINDS)).optional() })
      .strict()
      .optional()
      .describe("The attribute that gives a mention's kind (named when absent)."),
    coreference: z
      .object({
        equiv: z.boolean().default(true).describe("`*` equivalence lines join mentions into one entity."),
        relations: z.array(BratName).default([]).describe("Relations that join two mentions into one entity."),
        sameText: z.boolean().default(true).describe("Mentions with the same text and type are one entity."),
      })
      .strict()
      .prefault({}),
    quotes: z.record(BratName, QuoteRule).default({}).describe("Text-bound types whose spans are quoted words."),
    quoteEvents: z.record(BratName, QuoteEventRule).default({}),
    claims: z.record(BratName, ClaimRule).default({}).describe("Text-bound types whose spans state a number."),
    notes: z
      .object({
        types: z
          .record(BratName, kindRule(NOTE_KINDS))
          .default({})
          .describe("Text-bound types that are notes; the note text is their AnnotatorNotes."),
        target: BratName.optional().describe("The relation from a note to the records it is about."),
        annotatorNotes: z
          .enum(NOTE_KINDS)
          .nullable()
          .default(null)
          .describe("AnnotatorNotes on records become notes of this kind; null reports them as unmapped."),
      })
      .strict()
      .prefault({}),
    wikidata: z
      .string()
      .nullable()
      .default("Wikidata")
      .describe("The normalization database (N lines) whose ids are Wikidata QIDs."),
    claimsetNotes: z
      .boolean()
      .default(false)
      .describe("Read the `claimset {…}` AnnotatorNotes that `claimset export --format brat` writes."),
    ignore: z.array(BratName).default([]).describe("Types, relations and attributes to leave out without a word."),
  })
  .strict();

export type BratMapping = z.output<typeof BratMapping>;
export type BratMappingInput = z.input<typeof BratMapping>;

export type MappingResult = { ok: true; mapping: BratMapping } | { ok: false; issues: Issue[] };

/** Reads a mapping file (YAML or JSON), every problem located by line. */
export function parseBratMapping(source: string, file: string): MappingResult {
  const parsed = parseYamlFile(file, source);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const check = BratMapping.safeParse(parsed.parsed.data);
  if (check.success) return { ok: true, mapping: check.data };
  return {
    ok: false,
    issues: check.error.issues.map((issue) => {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      return {
        rule: "mapping",
        message: `${path.length ? `${path.join(".")}: ` : ""}${issue.message}`,
        path,
        recordId: null,
        file,
        ...parsed.parsed.keyPositionAt(path),
        hint: "see docs/interchange.md for the mapping's keys",
      };
    }),
  };
}
