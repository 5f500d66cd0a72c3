import type { CommandSpec } from "../spec.js";

export const newSpec: CommandSpec = {
  name: "new",
  summary: "Start a dataset package for an article: YAML, README, tests, package files, a changeset",
  description: `Creates <dir>/<slug>/ with the article (copied byte for byte), dataset.yml with the metadata given (unknown metadata stays null), empty entities.yml, quotes.yml, claims.yml and notes.yml with a schema header for your editor, a README whose counts are computed from the data, a CHANGELOG, a package.json for @claimset/dataset-<slug>, a tsconfig, a test that checks the dataset, and a changeset. Inside the claimset repository it also updates package-lock.json, so a fresh clone installs as before.

The folder builds, validates and passes its tests as it is; then anchor your records to the article (docs/authoring.md). Refuses an existing folder, a slug that is not kebab-case, a --dir outside the current folder or reached through a symbolic link, a --url that is not http(s) and a date that does not exist.`,
  positionals: [{ name: "slug", required: true }],
  options: {
    article: { type: "string", value: "<file>", description: "the article text, UTF-8 (required)" },
    rights: {
      type: "string",
      value: "<text>",
      description: "who holds the rights to the article text (required: never guessed)",
    },
    title: { type: "string", value: "<text>", description: "the headline" },
    publisher: { type: "string", value: "<text>", description: "the publishing outlet" },
    url: { type: "string", value: "<url>", description: "the canonical URL, http or https" },
    "published-at": {
      type: "string",
      value: "<date>",
      description: "publication date or date-time, ISO 8601 (2025-05-09)",
    },
    authors: {
      type: "string",
      value: "<names>",
      multiple: true,
      description: 'bylines, separated by commas or given once each (--authors "" alone: known to be unsigned)',
    },
    language: { type: "string", value: "<tag>", description: "BCP 47 language of the article (default en)" },
    "retrieved-at": { type: "string", value: "<date>", description: "when the text was retrieved, ISO 8601" },
    license: { type: "string", value: "<spdx>", description: "license of the annotations (default CC-BY-4.0)" },
    dir: { type: "string", value: "<path>", description: "parent folder (default datasets)" },
    draft: {
      type: "boolean",
      description:
        "fill the YAML files with a machine draft of the article, every record unreviewed (see claimset draft)",
    },
    "no-install": {
      type: "boolean",
      description: "inside an npm workspace: do not update package-lock.json (it says which command to run instead)",
    },
  },
  examples: [
    {
      command:
        'claimset new my-article --article ~/article.txt --rights "© Example News" --title "Headline" --published-at 2025-05-09',
      does: "a new dataset package in datasets/my-article",
    },
    {
      command: 'claimset new my-article --article ~/article.txt --rights "© Example News" --draft',
      does: "the same, with every entity, quote and number drafted for review",
    },
  ],
  inputs: "files",
  load: () => import("../commands/new.js"),
};
