import * as z from "zod";

const Offset = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * A stretch of the source text. Offsets are JavaScript string indices
 * (UTF-16 code units), end-exclusive, so `source.text.slice(start, end) === text`.
 * `text` is the durable anchor (W3C TextQuoteSelector `exact`): if offsets and
 * text ever disagree, the dataset is invalid.
 */
export const Span = z
  .object({
    start: Offset.describe("Index of the first UTF-16 code unit of the span in `source.text`."),
    end: Offset.describe("Index one past the last UTF-16 code unit (end-exclusive); `start <= end`."),
    text: z.string().describe("The exact covered text: `source.text.slice(start, end)`."),
  })
  .strict()
  .describe("A stretch of the source text, in UTF-16 code units, end-exclusive.");

export type Span = z.infer<typeof Span>;
