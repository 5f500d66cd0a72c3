import type { CommandSpec } from "../spec.js";

export const show: CommandSpec = {
  name: "show",
  summary: "Print one record: an entity with every mention, a quote, a claim or a note",
  description: `Prints the record with its spans (text, line, offsets) and the editorial notes that target it. For an entity: every mention, its quotes and the claims about it. For a quote: speaker, cue and addressee. For a claim: value, comparator, bounds, unit and who asserts it.

The record is named by its id, a corpus key (<dataset>:<id>), or for an entity its Wikidata id, name or an alias; with several datasets, each that holds it is shown. A retired id prints its tombstone and the records that replace it, with a warning. A record that is nowhere exits 1 and suggests the closest ids.`,
  positionals: [
    { name: "record", required: true },
    { name: "dataset", required: false, variadic: true, datasets: true },
  ],
  options: {},
  examples: [
    { command: "claimset show vladimir-putin", does: "the entity and every mention of it, in the dataset here" },
    { command: "claimset show Q7747 datasets/*", does: "the entity with that Wikidata id, in every dataset" },
    { command: "claimset show q-leopard-meat-grinder --json", does: "the quote and its notes as JSON" },
  ],
  inputs: "datasets",
  load: () => import("../commands/show.js"),
};
