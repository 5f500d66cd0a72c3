import type { CommandSpec } from "../spec.js";

export const diff: CommandSpec = {
  name: "diff",
  summary: "Compare two versions of a dataset and say which semver release the changes need",
  description: `Each side is a dataset JSON file, an authored folder, a package folder or an installed package name. Prints every added, removed and changed record and the release the changes require (major, minor, patch or none).

The two sides must be versions of one article: datasets of different articles (another source text, so a different source.sha256) are refused with exit 2, since every record would differ; --force compares them anyway. A difference is not an error: the exit code is 0 whenever both sides are valid, unless --exit-code is given.`,
  positionals: [
    { name: "before", required: true },
    { name: "after", required: true },
  ],
  options: {
    markdown: { type: "boolean", description: "a Markdown changelog instead of the plain-text summary" },
    "exit-code": { type: "boolean", description: "exit 4 when the datasets differ (in anything but version)" },
    force: { type: "boolean", description: "compare datasets of different articles too" },
  },
  examples: [
    { command: "claimset diff releases/1.1.0.json releases/1.2.0.json", does: "what changed between two releases" },
    {
      command: "claimset diff releases/1.2.0.json . --exit-code",
      does: "exit 4 when the working copy differs from the release",
    },
  ],
  inputs: "files",
  load: () => import("../commands/diff.js"),
};
