import { ENTITY_TYPES } from "@claimset/schema/tables";
import { LISTING_OPTIONS } from "../parse.js";
import type { CommandSpec } from "../spec.js";

export const entities: CommandSpec = {
  name: "entities",
  summary: "List the entities of datasets, optionally of one type",
  description:
    "Lists every entity with its type, name, number of mentions, the line of its first mention and its Wikidata id; with several datasets, the dataset of each.",
  positionals: [{ name: "dataset", required: false, variadic: true, datasets: true }],
  options: {
    type: {
      type: "string",
      short: "t",
      value: "<type>",
      description: "only entities of this type",
      choices: ENTITY_TYPES,
    },
    ...LISTING_OPTIONS,
  },
  examples: [
    { command: "claimset entities --type person datasets/*", does: "every person in every dataset" },
    { command: "claimset entities --json | jq '.results[].record.name'", does: "entity names through jq" },
  ],
  inputs: "datasets",
  load: () => import("../commands/entities.js"),
};
