import type { CommandSpec } from "../spec.js";

export const evalSpec: CommandSpec = {
  name: "eval",
  summary: "Score a candidate dataset (a draft) against a reference dataset of the same article",
  description: `Each side is a dataset JSON file, an authored folder, a package folder or an installed package name; both must annotate the same article (same source sha256). Prints precision, recall and F1 per table and per kind under two span matchings (exact: same offsets; overlap: at least one shared character, one-to-one, largest overlap first), field accuracy on the matched pairs (speaker, kind, value, bounds, comparator, unit, cue, entity type …), mention grouping (pairwise and B³), the confusions, and the missed and spurious records. The exit code is 0 whenever both sides are valid.`,
  positionals: [
    { name: "candidate", required: true },
    { name: "reference", required: true },
  ],
  options: {
    limit: {
      type: "string",
      value: "<n>",
      description: "missed and spurious records listed in the table (default 15)",
    },
  },
  examples: [
    { command: "claimset eval draft/ datasets/my-article", does: "how close a draft is to the reviewed dataset" },
    { command: "claimset eval a.json b.json --json", does: "the report as JSON (EvalReport of @claimset/core/eval)" },
  ],
  inputs: "files",
  load: () => import("../commands/eval.js"),
};
