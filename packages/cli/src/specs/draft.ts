import type { CommandSpec } from "../spec.js";

export const draft: CommandSpec = {
  name: "draft",
  summary: "Draft entities, quotes and numeric claims for an article, as unreviewed authoring YAML",
  description: `Reads the article and drafts, in milliseconds and offline, entities with their mentions, quotes with speakers and cues, and numeric claims with value, bounds, hedge and unit, as authoring YAML that compiles as it is. Every drafted record carries provenance (method drafted, the drafter's version, a confidence) and reviewed: false.

With an article file: prints the five authoring files, or writes them with the article into --out <folder> (refusing files that exist unless --force, exit 3). With an authored dataset folder: proposes only what no existing record covers and appends it to the YAML files; existing records are never changed. Nothing is written unless the result compiles.`,
  positionals: [{ name: "article-or-folder", required: true }],
  options: {
    out: {
      type: "string",
      short: "o",
      value: "<folder>",
      description: "write the drafted dataset here, with the article as article.txt",
    },
    stdout: { type: "boolean", description: "print instead of writing (a dataset folder's proposals too)" },
    force: { type: "boolean", description: "overwrite existing files in --out" },
    id: { type: "string", value: "<slug>", description: "dataset id (default: from the article's file name)" },
    rights: {
      type: "string",
      value: "<text>",
      description: "who holds the rights to the article text (default: stated as unknown)",
    },
    "machine-drafted": {
      type: "boolean",
      description: "declare the dataset machine-drafted as a whole (releases without review)",
    },
  },
  examples: [
    { command: "claimset draft article.txt", does: "print a draft of the article's authoring files" },
    {
      command: "claimset draft article.txt --out datasets/my-article",
      does: "write the draft beside a copy of the article",
    },
    { command: "claimset draft datasets/my-article", does: "propose only what the folder's records do not cover yet" },
  ],
  inputs: "files",
  load: () => import("../commands/draft.js"),
};
