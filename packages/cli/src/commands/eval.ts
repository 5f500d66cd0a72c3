import { UsageError } from "../context.js";
import { loadDataset } from "../datasets.js";
import { limitsFrom } from "../limits.js";
import type { CommandRun } from "../spec.js";

export const run: CommandRun = async ({ positionals: [candidatePath, referencePath], values }, context) => {
  const limits = limitsFrom(values);
  const raw = values.limit;
  const limit = raw === undefined ? 15 : Number(raw);
  if (!Number.isSafeInteger(limit) || limit < 0)
    throw new UsageError(`--limit expects a whole number, got ${JSON.stringify(raw)}`, { hint: "write --limit 15" });
  const candidate = loadDataset(candidatePath as string, context.cwd, limits);
  const reference = loadDataset(referencePath as string, context.cwd, limits);
  const { evaluateDatasets, formatEvalReport, EvalInputError } = await import("@claimset/core/eval");
  let report: ReturnType<typeof evaluateDatasets>;
  try {
    report = evaluateDatasets(candidate.dataset, reference.dataset);
  } catch (error) {
    if (error instanceof EvalInputError)
      throw new UsageError(`${candidatePath} and ${referencePath}: ${error.message}`, {
        hint: "score a draft against a reference of the same article",
      });
    throw error;
  }
  if (!values.json) context.stdout(formatEvalReport(report, limit));
  return { datasets: [candidate.ref, reference.ref], results: [report] };
};
