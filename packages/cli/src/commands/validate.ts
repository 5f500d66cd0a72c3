import { ClaimsetError } from "@claimset/core/errors";
import { paint, paintErr } from "../context.js";
import { datasetInputs, displayPath, loadDataset } from "../datasets.js";
import { EXIT } from "../exit.js";
import { limitsFrom } from "../limits.js";
import type { CommandRun, DatasetRef } from "../spec.js";

/** Datasets above which a progress bar is shown, when stderr is a terminal. */
const PROGRESS_THRESHOLD = 10;

export const run: CommandRun = (input, context) => {
  const limits = limitsFrom(input.values);
  const inputs = datasetInputs(input);
  const progress = context.stderrTTY === true && !input.values.json && inputs.length > PROGRESS_THRESHOLD;
  const results: { input: string; ok: boolean; dataset: DatasetRef | null; issues: ClaimsetError["issues"] }[] = [];
  const messages: string[] = [];
  inputs.forEach((name, i) => {
    if (progress) {
      const done = Math.round(((i + 1) / inputs.length) * 30);
      context.stderr(`\r[${"#".repeat(done)}${" ".repeat(30 - done)}] ${i + 1}/${inputs.length}`);
    }
    try {
      const loaded = loadDataset(name, context.cwd, limits);
      results.push({ input: name, ok: true, dataset: loaded.ref, issues: [] });
    } catch (error) {
      if (!(error instanceof ClaimsetError)) throw error;
      results.push({ input: name, ok: false, dataset: null, issues: [...error.issues] });
      messages[i] = error.message;
    }
  });
  if (progress) context.stderr("\n");
  const invalid = results.filter((r) => !r.ok).length;
  if (!input.values.json) {
    results.forEach((r, i) => {
      const shown = displayPath(context.cwd, r.input);
      if (r.ok) context.stdout(`${paint(context, "green", "✓")} ${shown} (${r.dataset!.id}@${r.dataset!.version})\n`);
      else context.stderr(`${paintErr(context, "red", "✗")} ${messages[i]}\n`);
    });
    context.stdout(`${results.length - invalid} valid, ${invalid} invalid\n`);
  }
  return {
    code: invalid ? EXIT.data : EXIT.ok,
    datasets: results.flatMap((r) => (r.dataset ? [r.dataset] : [])),
    results,
    issues: results.flatMap((r) => r.issues),
  };
};
