import * as z from "zod";
import { RecordId, SemVer } from "./ids.js";

/**
 * A record id that no longer exists. Ids are public API, so a removed or
 * merged record leaves a tombstone that readers resolve instead of failing.
 */
export const RetiredId = z
  .object({
    id: RecordId.describe("The retired id."),
    kind: z
      .enum(["moved", "split", "removed"])
      .describe(
        "moved: renamed or merged into one record; split: replaced by several; removed: withdrawn with no replacement.",
      ),
    to: z
      .array(RecordId)
      .describe("Current ids that replace it: one for moved, two or more for split, none for removed."),
    since: SemVer.describe("The dataset version that retired the id."),
    reason: z.string().min(1).describe("Why the id was retired."),
  })
  .strict()
  .describe("A tombstone for a retired record id.");

export type RetiredId = z.infer<typeof RetiredId>;
