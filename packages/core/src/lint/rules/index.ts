import type { LintRule } from "../rule.js";
import { assertedByForm } from "./asserted-by-form.js";
import { claimSpanUnit } from "./claim-span-unit.js";
import { continuationSpeakerText } from "./continuation-speaker-text.js";
import { statedConventions } from "./stated-conventions.js";

/** Every lint rule, in the order they run. */
export const lintRules: readonly LintRule[] = [
  assertedByForm,
  continuationSpeakerText,
  claimSpanUnit,
  statedConventions,
];
