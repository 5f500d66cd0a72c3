import type { CommandSpec } from "../spec.js";

export const verify: CommandSpec = {
  name: "verify",
  summary: "Check that a dataset's hashes, and its package's files, are what they declare",
  description: `Recomputes the SHA-256 of the article text and the dataset's contentHash and compares them with source.sha256 and contentHash as declared, so you can check that the dataset you pinned is the one you got. Beside a dataset.json, the files datapackage.json lists (article.txt, data/*.csv, data/*.jsonl) are checked against their declared sha256 as well.

Each dataset is a dataset JSON file, a built package folder or an installed package name. Exit 1 on any mismatch.`,
  positionals: [{ name: "dataset", required: false, variadic: true, datasets: true }],
  options: {},
  examples: [
    {
      command: "claimset verify @claimset/dataset-north-korea-victory-day-parade",
      does: "the installed package is what it declares",
    },
  ],
  inputs: "datasets",
  load: () => import("../commands/verify.js"),
};
