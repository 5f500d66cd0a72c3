import { relative } from "node:path";
import { type Command, limitsFrom, printJson } from "../command.js";
import { DataError, paint } from "../context.js";
import { describeDataError, loadInput } from "../load.js";

/** Files above which a progress bar is shown (when stderr is a terminal). */
const PROGRESS_THRESHOLD = 10;

export const validate: Command = {
  name: "validate",
  summary: "Check datasets or authored folders against the schema and every integrity rule",
  help: `Usage: claimset validate <path...>

Each path is a dataset JSON file, an authored dataset folder (with dataset.yml),
a built package folder (with dataset.json), or an installed dataset package name.
Every problem is reported, grouped by file and record. Exit 1 if any path is invalid.`,
  options: {},
  positionals: [1, Number.POSITIVE_INFINITY],
  run(paths, values, context) {
    const limits = limitsFrom(values);
    const results: { path: string; ok: boolean; id?: string; version?: string; error?: string }[] = [];
    const progress = context.isTTY && !values.json && paths.length > PROGRESS_THRESHOLD;
    paths.forEach((path, i) => {
      if (progress) {
        const width = 30;
        const done = Math.round(((i + 1) / paths.length) * width);
        context.stderr(`\r[${"#".repeat(done)}${" ".repeat(width - done)}] ${i + 1}/${paths.length}`);
      }
      try {
        const dataset = loadInput(path, context.cwd, limits);
        results.push({ path, ok: true, id: dataset.id, version: dataset.version });
      } catch (error) {
        const message = error instanceof DataError ? error.message : describeDataError(error);
        if (message === null) throw error;
        results.push({ path, ok: false, error: message });
      }
    });
    if (progress) context.stderr("\n");
    const failed = results.filter((r) => !r.ok);
    if (values.json) {
      printJson(context, { ok: failed.length === 0, results });
    } else {
      for (const r of results) {
        const name = relative(context.cwd, r.path) || r.path;
        if (r.ok) context.stdout(`${paint(context, "green", "✓")} ${name} (${r.id}@${r.version})\n`);
        else context.stderr(`${paint(context, "red", "✗")} ${r.error}\n`);
      }
      context.stdout(`${results.length - failed.length} valid, ${failed.length} invalid\n`);
    }
    return failed.length ? 1 : 0;
  },
};
