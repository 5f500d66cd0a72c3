import * as z from "zod";
import { NumericClaim } from "./claim.js";
import { Entity } from "./entity.js";
import { RecordId, SemVer, Sha256 } from "./ids.js";
import { EditorialNote } from "./note.js";
import { Quote } from "./quote.js";
import { RetiredId } from "./retired.js";
import { Source } from "./source.js";

export const Dataset = z
  .object({
    schemaVersion: SemVer.describe("The @claimset/schema version this dataset was written against."),
    id: RecordId.describe("The dataset slug (e.g. `north-korea-victory-day-parade`)."),
    version: SemVer.describe("The dataset package version."),
    contentHash: Sha256.describe(
      "SHA-256 of the canonical JSON of the dataset without `version` and `contentHash` (sorted keys, no whitespace).",
    ),
    machineDrafted: z
      .boolean()
      .optional()
      .describe(
        "True when the dataset is published as a machine draft as a whole: its records may be unreviewed. Absent or false when people wrote or reviewed every record.",
      ),
    source: Source,
    entities: z.array(Entity).describe("Entities, sorted by id."),
    quotes: z.array(Quote).describe("Quotes and reported speech, sorted by id."),
    claims: z.array(NumericClaim).describe("Numeric claims, sorted by id."),
    notes: z.array(EditorialNote).describe("Editorial notes, sorted by id."),
    retired: z.array(RetiredId).describe("Tombstones of retired ids, sorted by id."),
  })
  .strict()
  .describe("One annotated article: its source text and every entity, quote, numeric claim and editorial note.");

export type Dataset = z.infer<typeof Dataset>;
