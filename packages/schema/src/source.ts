import * as z from "zod";
import { Sha256 } from "./ids.js";

/**
 * The article itself and what is known about it. Metadata that the text does
 * not establish is `null`: never guessed. Estimates belong in editorial notes.
 */
export const Source = z
  .object({
    text: z.string().describe("The full article text, exactly as published or received (no normalization)."),
    sha256: Sha256.describe("SHA-256 of `text` encoded as UTF-8."),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
      .describe("BCP 47 language tag of `text` (e.g. `en`)."),
    title: z.string().nullable().describe("Headline, or null when the text does not carry one."),
    publisher: z.string().nullable().describe("Publishing outlet, or null when unknown."),
    url: z.string().nullable().describe("Canonical URL, or null when unknown."),
    publishedAt: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2}))?)?)?$/)
      .nullable()
      .describe("Publication date or date-time (ISO 8601), or null when unknown."),
    authors: z
      .array(z.string())
      .nullable()
      .describe("Bylines, or null when unknown (an empty array means known to be unsigned)."),
    retrievedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2}))?$/)
      .nullable()
      .describe("When the text was retrieved (ISO 8601), or null when unknown."),
    rights: z.string().describe("Rights statement covering the article text."),
  })
  .strict()
  .describe("The annotated article and its metadata; unknown metadata is null, never invented.");

export type Source = z.infer<typeof Source>;
