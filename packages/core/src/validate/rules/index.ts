import { claimBounds } from "./claim-bounds.js";
import { entityMentions } from "./entity-mentions.js";
import { contentHashRule, sourceHash } from "./hashes.js";
import { noDuplicates } from "./no-duplicates.js";
import { quoteSpeaker } from "./quote-speaker.js";
import { references } from "./references.js";
import { retiredIds } from "./retired-ids.js";
import type { Rule } from "./rule.js";
import { schemaVersion } from "./schema-version.js";
import { spanBounds } from "./span-bounds.js";
import { spanText } from "./span-text.js";
import { uniqueIds } from "./unique-ids.js";

export type { Rule, RuleContext } from "./rule.js";

/** Every integrity rule, in the order they run. */
export const rules: readonly Rule[] = [
  schemaVersion,
  sourceHash,
  spanBounds,
  spanText,
  uniqueIds,
  references,
  quoteSpeaker,
  entityMentions,
  claimBounds,
  noDuplicates,
  retiredIds,
  contentHashRule,
];
