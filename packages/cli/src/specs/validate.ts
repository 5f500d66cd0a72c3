import type { CommandSpec } from "../spec.js";

export const validate: CommandSpec = {
  name: "validate",
  summary: "Check datasets or authored folders against the schema and every integrity rule",
  description: `Each dataset is a dataset JSON file, an authored folder (with dataset.yml), a built package folder (with dataset.json) or an installed dataset package name, given as arguments or with -d.

Every problem is reported, grouped by dataset and record, with where it is, what was expected and what was found. Exit 1 if any dataset is invalid.`,
  positionals: [{ name: "dataset", required: false, variadic: true, datasets: true }],
  options: {},
  examples: [
    { command: "claimset validate datasets/*", does: "check every dataset of the repository" },
    { command: "claimset validate dataset.json --json", does: "the results and every issue as one JSON document" },
  ],
  inputs: "datasets",
  load: () => import("../commands/validate.js"),
};
