import type { CommandSpec } from "../spec.js";

export const stats: CommandSpec = {
  name: "stats",
  summary: "Validate datasets and print their record counts by kind",
  description:
    "Validates each dataset and prints how many entities, mentions, quotes, claims, notes and tombstones it holds, by kind.",
  positionals: [{ name: "dataset", required: false, variadic: true, datasets: true }],
  options: {},
  examples: [
    { command: "claimset stats datasets/*", does: "the counts of every dataset of the repository" },
    { command: "claimset stats @claimset/dataset-north-korea-victory-day-parade", does: "an installed package" },
  ],
  inputs: "datasets",
  load: () => import("../commands/stats.js"),
};
