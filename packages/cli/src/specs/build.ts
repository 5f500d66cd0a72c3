import type { CommandSpec } from "../spec.js";

export const build: CommandSpec = {
  name: "build",
  summary: "Compile authored dataset folders into dataset.json, CSV/JSONL, datapackage.json and modules",
  description: `Resolves every anchor in each folder's YAML files, validates the result, and writes dataset.json, data/*.csv, data/*.jsonl, datapackage.json and dist/. Nothing is written unless the whole dataset is valid.

With --check nothing is written: the command exits 1 when a committed generated file differs from what the authored files build to.`,
  positionals: [{ name: "folder", required: true, variadic: true }],
  options: { check: { type: "boolean", description: "write nothing; exit 1 if a committed generated file is stale" } },
  examples: [
    { command: "claimset build datasets/my-article", does: "write the dataset's generated files" },
    { command: "claimset build datasets/* --check", does: "fail when any dataset's committed files are stale" },
  ],
  inputs: "files",
  load: () => import("../commands/build.js"),
};
