import { type Command, limitsFrom, printJson } from "../command.js";
import { DataError, UsageError } from "../context.js";
import { loadInput } from "../load.js";

export const evalCommand: Command = {
  name: "eval",
  summary: "Score a candidate dataset (a draft) against a reference dataset of the same article",
  help: `Usage: claimset eval <candidate> <reference> [--json] [--limit <n>]

Each side is a dataset JSON file, an authored folder, a package folder or an
installed package name; both must annotate the same article (same source
sha256). Prints precision, recall and F1 per table and per kind under two span
matchings (exact: same offsets; overlap: at least one shared character,
one-to-one, largest overlap first), field accuracy on the matched pairs
(speaker, kind, value, bounds, comparator, unit, cue, entity type …),
mention grouping (pairwise and B³), the confusions, and the missed and
spurious records. The exit code is 0 whenever both sides are valid.

Options:
  --json        the full report (shape: EvalReport in @claimset/core/eval)
  --limit <n>   missed and spurious records listed in the table (default 15)`,
  options: { limit: { type: "string" } },
  positionals: [2, 2],
  async run([candidatePath, referencePath], values, context) {
    const limits = limitsFrom(values);
    const raw = values.limit;
    const limit = raw === undefined ? 15 : Number(raw);
    if (!Number.isSafeInteger(limit) || limit < 0)
      throw new UsageError(`--limit expects a whole number, got ${JSON.stringify(raw)}`);
    const candidate = loadInput(candidatePath as string, context.cwd, limits);
    const reference = loadInput(referencePath as string, context.cwd, limits);
    const { evaluateDatasets, formatEvalReport, EvalInputError } = await import("@claimset/core/eval");
    let report: ReturnType<typeof evaluateDatasets>;
    try {
      report = evaluateDatasets(candidate, reference);
    } catch (error) {
      if (error instanceof EvalInputError)
        throw new DataError(`${candidatePath} and ${referencePath}: ${error.message}`);
      throw error;
    }
    if (values.json) printJson(context, report);
    else context.stdout(formatEvalReport(report, limit));
    return 0;
  },
};
