import { CLAIM_KINDS } from "@claimset/schema/tables";
import { LISTING_OPTIONS } from "../parse.js";
import type { CommandSpec } from "../spec.js";

export const claims: CommandSpec = {
  name: "claims",
  summary: "List the numeric claims of datasets, by kind or by the entity they are about",
  description:
    "Lists every numeric claim with its value and bounds, unit, what it is about and who asserts it; with several datasets, the dataset of each. Both filters together keep the claims matching both. The entity is an id, a corpus key, a Wikidata id, a name or an alias.",
  positionals: [{ name: "dataset", required: false, variadic: true, datasets: true }],
  options: {
    kind: {
      type: "string",
      short: "k",
      value: "<kind>",
      description: "only claims of this kind",
      choices: CLAIM_KINDS,
    },
    about: { type: "string", short: "a", value: "<entity>", description: "only claims about this entity" },
    ...LISTING_OPTIONS,
  },
  examples: [
    { command: "claimset claims --about Q159 datasets/*", does: "every claim about Russia in every dataset" },
    { command: "claimset claims --kind count --limit 10", does: "the first ten counts of the dataset here" },
  ],
  inputs: "datasets",
  load: () => import("../commands/claims.js"),
};
