import * as z from "zod";
import type { RECORD_FIELDS } from "./tables.js";

/**
 * Where a record came from when a person did not write it: drafted by a
 * machine, or imported from an annotation tool. A record without provenance
 * was written by a person.
 */
export const Provenance = z
  .object({
    method: z
      .enum(["drafted", "imported"])
      .describe("drafted: proposed by a machine drafter; imported: converted from another annotation format."),
    tool: z.string().min(1).max(200).describe("The tool and its version, e.g. `@claimset/draft@0.1.0` or `brat`."),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe("How sure the tool was, from 0 to 1, or null when it gives no confidence."),
    reviewed: z.boolean().describe("Whether a person has checked the record against the text since the tool wrote it."),
  })
  .strict()
  .describe("Where a record not written by a person came from, and whether a person has reviewed it.");

/**
 * The fields every live record (entity, quote, claim, note) carries after its
 * own, named in `RECORD_FIELDS` of the table description. A field every
 * table gets is added there and here: the dataset schema, its JSON Schema,
 * the authoring schemas, the compiler and the exports follow.
 */
export const recordFields = {
  provenance: Provenance.optional().describe(
    "Present when a machine drafted the record or it was imported; absent when a person wrote it.",
  ),
} satisfies Record<(typeof RECORD_FIELDS)[number], z.ZodType>;

/** The same fields as authored in YAML. */
export const authoredRecordFields = {
  provenance: Provenance.optional().describe(
    "Set by `claimset draft` and the importers. Set `reviewed: true` (or delete the key) once a person has checked the record.",
  ),
} satisfies Record<(typeof RECORD_FIELDS)[number], z.ZodType>;

export type Provenance = z.infer<typeof Provenance>;
