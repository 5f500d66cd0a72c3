import { diffDatasets, diffToMarkdown, summarizeDiff } from "@claimset/core";
import { type Command, limitsFrom, printJson } from "../command.js";
import { paint, UsageError } from "../context.js";
import { loadInput } from "../load.js";

const LEVEL_STYLE = { none: "dim", patch: "green", minor: "yellow", major: "red" } as const;

export const diff: Command = {
  name: "diff",
  summary: "Compare two versions of a dataset and say which semver release the changes need",
  help: `Usage: claimset diff <a> <b> [--markdown]

Each side is a dataset JSON file, an authored folder, a package folder or an
installed package name. Prints every added, removed and changed record and the
release the changes require (major, minor, patch or none). A difference is not
an error: the exit code is 0 whenever both sides are valid.

Options:
  --markdown   a Markdown changelog instead of the plain-text summary
  --json       the full diff object (its "level" field is the release needed)`,
  options: { markdown: { type: "boolean" } },
  positionals: [2, 2],
  run([a, b], values, context) {
    if (values.markdown && values.json) throw new UsageError("--markdown and --json cannot be combined");
    const limits = limitsFrom(values);
    const before = loadInput(a as string, context.cwd, limits);
    const after = loadInput(b as string, context.cwd, limits);
    const result = diffDatasets(before, after);
    if (values.json) printJson(context, result);
    else if (values.markdown) context.stdout(`${diffToMarkdown(result).trimEnd()}\n`);
    else {
      context.stdout(`${summarizeDiff(result)}\n`);
      context.stdout(
        `\nrequired release: ${paint(context, LEVEL_STYLE[result.level], result.level)}${result.level === "none" ? " (nothing to publish)" : ""}\n`,
      );
    }
    return 0;
  },
};
