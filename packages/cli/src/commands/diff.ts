import { diffDatasets, diffToMarkdown, summarizeDiff } from "@claimset/core";
import { paint, UsageError } from "../context.js";
import { loadDataset } from "../datasets.js";
import { EXIT } from "../exit.js";
import { limitsFrom } from "../limits.js";
import type { CommandRun } from "../spec.js";

const LEVEL_STYLE = { none: "dim", patch: "green", minor: "yellow", major: "red" } as const;

export const run: CommandRun = (input, context) => {
  const { values } = input;
  if (values.markdown && values.json)
    throw new UsageError("--markdown and --json cannot be combined.", { hint: "choose one" });
  const limits = limitsFrom(values);
  const [a, b] = input.positionals as [string, string];
  const before = loadDataset(a, context.cwd, limits);
  const after = loadDataset(b, context.cwd, limits);
  const [x, y] = [before.dataset.source.sha256, after.dataset.source.sha256];
  if (x !== y && values.force !== true) {
    throw new UsageError(
      `${a} and ${b} are datasets of different articles (source sha256 ${x.slice(0, 12)}… and ${y.slice(0, 12)}…): every record would differ, so there is no release to compute.`,
      { hint: "diff two versions of one dataset, or pass --force to compare them anyway" },
    );
  }
  const result = diffDatasets(before.dataset, after.dataset);
  if (!values.json) {
    if (values.markdown) context.stdout(`${diffToMarkdown(result).trimEnd()}\n`);
    else {
      context.stdout(`${summarizeDiff(result)}\n`);
      context.stdout(
        `\nrequired release: ${paint(context, LEVEL_STYLE[result.level], result.level)}${result.level === "none" ? " (nothing to publish)" : ""}\n`,
      );
    }
  }
  const differ = result.level !== "none";
  return {
    code: values["exit-code"] === true && differ ? EXIT.differ : EXIT.ok,
    datasets: [before.ref, after.ref],
    results: [result],
  };
};
