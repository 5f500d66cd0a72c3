import * as z from "zod";
import { EntityId, QuoteId } from "./ids.js";
import { recordFields } from "./record.js";
import { Span } from "./span.js";

export const QuoteKind = z
  .enum(["direct", "indirect", "mixed", "scare"])
  .describe(
    "direct: words inside quotation marks attributed to a speaker; indirect: reported speech without quotation marks; mixed: a paraphrase carrying quoted fragments; scare: quotation marks that distance the writer from a word, attributed to nobody in particular.",
  );

export const Quote = z
  .object({
    id: QuoteId,
    kind: QuoteKind,
    spans: z
      .array(Span)
      .min(1)
      .describe(
        "The quoted words, without their quotation marks, in text order; several spans when the quote is interrupted. For indirect speech, the reported clause.",
      ),
    speaker: EntityId.nullable().describe(
      "Entity id of the speaker, or null when the text gives none (see `noSpeakerReason`).",
    ),
    noSpeakerReason: z
      .string()
      .min(1)
      .nullable()
      .describe("Why `speaker` is null (e.g. a scare quote, an unnamed source). Null when there is a speaker."),
    speakerText: Span.nullable().describe(
      "Where the text names the speaker for this quote ('Lt. Col. Leopard', 'he'), or null.",
    ),
    cue: Span.nullable().describe(
      "The verb or phrase that introduces the words ('said', 'told', 'revealed', 'claiming'), or null.",
    ),
    addressee: EntityId.nullable().describe(
      "Who the words were said to, e.g. the outlet ('told The Times', 'to NHK'), or null.",
    ),
    parent: QuoteId.nullable().describe("The quote this one is embedded in, or null."),
    ...recordFields,
  })
  .strict()
  .describe("Words the article attributes to someone, quoted or reported.");

export type QuoteKind = z.infer<typeof QuoteKind>;
export type Quote = z.infer<typeof Quote>;
