import { QUOTE_KINDS } from "@claimset/schema/tables";
import { LISTING_OPTIONS } from "../parse.js";
import type { CommandSpec } from "../spec.js";

export const quotes: CommandSpec = {
  name: "quotes",
  summary: "List the quotes of datasets, optionally by one speaker or of one kind",
  description:
    "Lists every quote with its kind, speaker, line and words; with several datasets, the dataset of each. The speaker is an entity id, a corpus key (<dataset>:<id>), a Wikidata id (the same person across datasets), a name or an alias.",
  positionals: [{ name: "dataset", required: false, variadic: true, datasets: true }],
  options: {
    speaker: { type: "string", short: "s", value: "<entity>", description: "only quotes this entity speaks" },
    kind: {
      type: "string",
      short: "k",
      value: "<kind>",
      description: "only quotes of this kind",
      choices: QUOTE_KINDS,
    },
    ...LISTING_OPTIONS,
  },
  examples: [
    { command: "claimset quotes --speaker Q7747 datasets/*", does: "every quote by Vladimir Putin in every dataset" },
    { command: "claimset quotes --kind direct -d my-article", does: "the direct quotes of one dataset" },
  ],
  inputs: "datasets",
  load: () => import("../commands/quotes.js"),
};
