import * as z from "zod";
import { Sha256 } from "./ids.js";

// Dates are checked by their patterns alone, calendar included: a month has
// the days it has, and 29 February exists only in leap years (every fourth
// year, except centuries not divisible by 400), which a regular expression
// can say. So zod and every JSON Schema validator agree on every input, with
// or without `format` support, in any regex dialect: the patterns use only
// ASCII classes ([0-9], never \d).
const YEAR = "[0-9]{4}";
const MONTH = "(?:0[1-9]|1[0-2])";
const MONTH_DAY =
  "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))";
const LEAP_YEAR = "(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)";
const DATE = `(?:${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)`;
const TIME = "(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?";
const OFFSET = "(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])";
const DATE_TIME = `${DATE}T${TIME}${OFFSET}`;

/** An ISO 8601 publication date: a year, a year and month, a date, or a date and time with its offset. */
export const PublicationDate = z.string().regex(new RegExp(`^(?:${YEAR}|${YEAR}-${MONTH}|${DATE}|${DATE_TIME})$`), {
  error: "expected an ISO 8601 date that exists: 2025, 2025-05, 2025-05-09 or 2025-05-09T06:30:00+03:00",
});

/** An ISO 8601 date, or date and time with its offset, that exists. */
export const Timestamp = z.string().regex(new RegExp(`^(?:${DATE}|${DATE_TIME})$`), {
  error: "expected an ISO 8601 date that exists: 2025-05-09 or 2025-05-09T06:30:00Z",
});

/**
 * An absolute http(s) URL in ASCII (RFC 3986 characters only: percent-encode
 * the others, punycode a host). Other schemes (`javascript:`, `data:`, `file:`)
 * are refused: exports turn this URL into links and ids.
 */
export const HttpUrl = z
  .string()
  .max(2048)
  .regex(
    /^https?:\/\/[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?(?:[/?#][A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*)?$/,
    { error: "expected an absolute http:// or https:// URL (ASCII; percent-encode other characters)" },
  );

/** Text that says something: not empty. */
const Text = z.string().min(1, { error: "expected text, not an empty string (use null when unknown)" });

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
    title: Text.nullable().describe("Headline, or null when the text does not carry one."),
    publisher: Text.nullable().describe("Publishing outlet, or null when unknown."),
    url: HttpUrl.nullable().describe("Canonical http(s) URL, or null when unknown."),
    publishedAt: PublicationDate.nullable().describe(
      "Publication date or date-time (ISO 8601: `2025`, `2025-05`, `2025-05-09`, `2025-05-09T06:30:00+03:00`), or null when unknown.",
    ),
    authors: z
      .array(Text)
      .nullable()
      .describe("Bylines, or null when unknown (an empty array means known to be unsigned)."),
    retrievedAt: Timestamp.nullable().describe(
      "When the text was retrieved (ISO 8601 date or date-time with offset), or null when unknown.",
    ),
    rights: Text.describe("Rights statement covering the article text."),
  })
  .strict()
  .describe("The annotated article and its metadata; unknown metadata is null, never invented.");

export type Source = z.infer<typeof Source>;
