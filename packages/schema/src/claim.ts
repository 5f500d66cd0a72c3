import * as z from "zod";
import { ClaimId, EntityId, QuoteId } from "./ids.js";
import { recordFields } from "./record.js";
import { Span } from "./span.js";

export const ClaimKind = z
  .enum(["count", "duration", "age", "year", "date", "ordinal", "money", "percent", "other"])
  .describe("What sort of number this is.");

export const Comparator = z
  .enum(["=", "~", ">", ">=", "<", "<=", "range", "vague"])
  .describe(
    "How the value relates to the truth as stated: '=' exact; '~' approximate ('about'); '>' / '>=' / '<' / '<=' one-sided ('more than', 'at least', 'nearly'); 'range' between bounds; 'vague' an unquantified amount ('dozens of', 'a few hundred').",
  );

const Bound = z.number().nullable();

export const Bounds = z
  .object({
    low: Bound.describe("Lower bound, or null when unbounded below."),
    high: Bound.describe("Upper bound, or null when unbounded above."),
    lowInclusive: z.boolean().describe("Whether `low` itself is included."),
    highInclusive: z.boolean().describe("Whether `high` itself is included."),
  })
  .strict()
  .describe("The interval the stated number allows. For an exact value, low = high = value, both inclusive.");

export const Unit = z
  .object({
    text: z.string().nullable().describe("The unit as written ('minutes', 'countries'), or null when implicit."),
    normalized: z
      .string()
      .min(1)
      .regex(/^[a-z][a-z0-9-]*$/)
      .describe("Normalized singular unit: person, country, minute, second, year, tank, ..."),
  })
  .strict();

export const About = z
  .object({
    text: z.string().min(1).describe("What is counted or dated, in a few words ('total Russian casualties')."),
    entities: z.array(EntityId).describe("Entities the text names as what is counted or measured."),
  })
  .strict();

export const AssertedBy = z
  .discriminatedUnion("type", [
    z
      .object({ type: z.literal("publisher") })
      .strict()
      .describe("The article asserts it in its own voice, with no source given."),
    z
      .object({ type: z.literal("entity"), id: EntityId })
      .strict()
      .describe(
        "A source the text names asserts it (the text attributes it, without quoting); `id` is its entity, which has a named mention. An unnamed source is never cited this way, even when it has an entity record.",
      ),
    z
      .object({ type: z.literal("quote"), id: QuoteId })
      .strict()
      .describe("It is part of a quote; the quote's speaker asserts it."),
    z
      .object({ type: z.literal("unnamed"), span: Span })
      .strict()
      .describe(
        "An unnamed source asserts it ('people familiar with the matter'); `span` is the phrase where the text describes the source, never a pronoun that refers back to it. When the unnamed source has its own entity record, `span` is that entity's mention there, through which readers reach the entity.",
      ),
  ])
  .describe(
    "Whose claim the number is: the publisher's own voice, a named entity, a quote's speaker, or an unnamed source.",
  );

export const NumericClaim = z
  .object({
    id: ClaimId,
    kind: ClaimKind,
    span: Span.describe("The minimal phrase that states the number, hedge included ('more than 771,000')."),
    value: z.number().nullable().describe("The number as stated, or null when the text gives none ('dozens of')."),
    comparator: Comparator,
    bounds: Bounds,
    qualifier: Span.nullable().describe("The hedge words inside `span` ('more than', 'about', 'nearly'), or null."),
    unit: Unit,
    about: About,
    assertedBy: AssertedBy,
    iso: z
      .string()
      .nullable()
      .describe("ISO 8601 form for years, dates and durations ('1945', '--05-09', 'PT7M'), or null."),
    timeRef: z
      .string()
      .nullable()
      .describe("The time the number refers to, as written ('last year', 'in November'), or null."),
    ...recordFields,
  })
  .strict()
  .describe("A number the article states, in digits or words, with its hedge, bounds, unit and who asserts it.");

export type ClaimKind = z.infer<typeof ClaimKind>;
export type Comparator = z.infer<typeof Comparator>;
export type Bounds = z.infer<typeof Bounds>;
export type Unit = z.infer<typeof Unit>;
export type About = z.infer<typeof About>;
export type AssertedBy = z.infer<typeof AssertedBy>;
export type NumericClaim = z.infer<typeof NumericClaim>;
