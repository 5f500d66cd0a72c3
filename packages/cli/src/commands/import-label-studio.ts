import { relative, resolve } from "node:path";
import { ClaimsetError } from "@claimset/core/errors";
import { type Context, paint, UsageError } from "../context.js";
import { loadDataset } from "../datasets.js";
import { limitsFrom, stringOption } from "../limits.js";
import { mergeIntoFolder } from "../planned.js";
import type { CommandInput, CommandResult } from "../spec.js";

/** `claimset import label-studio <export.json> --into <dataset-dir>`: merge a review back. */
export async function importLabelStudio(input: CommandInput, context: Context): Promise<CommandResult> {
  const { values } = input;
  const limits = limitsFrom(values);
  const into = stringOption(values, "into");
  if (into === undefined)
    throw new UsageError("claimset import label-studio needs --into <dataset-dir>.", {
      hint: "name the authored dataset folder the tasks were exported from",
    });
  const { readTextFile, parseJsonText, readAuthoredFolder, isAuthoredFolder } = await import("@claimset/core/node");
  const folder = resolve(context.cwd, into);
  if (!isAuthoredFolder(folder))
    throw new UsageError(`${into} is not an authored dataset folder (no dataset.yml).`, {
      hint: "merge into the folder the tasks were exported from",
    });
  const exportPath = resolve(context.cwd, input.positionals[1]!);
  const exportFile = relative(context.cwd, exportPath);
  const exported = parseJsonText(exportFile, readTextFile(exportPath, limits), limits);
  const { dataset, ref } = loadDataset(into, context.cwd, limits);
  const { files } = readAuthoredFolder(folder, limits);
  const { mergeLabelStudio } = await import("@claimset/core/interchange");
  const merged = mergeLabelStudio({ dataset, files, exported, exportFile });
  if (!merged.ok) throw new ClaimsetError("read", merged.issues, { source: exportFile });
  const { summary } = merged;
  const applied = await mergeIntoFolder(context, values, folder, merged.files);
  const result = {
    folder: relative(context.cwd, folder) || ".",
    source: exportFile,
    ...summary,
    files: applied.files,
    ...(applied.content ? { content: applied.content } : {}),
  };
  if (applied.written && !values.json)
    context.stdout(
      `${paint(context, "green", "✓")} ${result.folder}: ${summary.reviewed.length} reviewed as they were, ${summary.changed.length} changed, ${summary.removed.length} removed, ${summary.added.length} added, ${summary.unchanged} untouched${applied.files.length ? ` (${applied.files.join(", ")})` : ""}\n`,
    );
  return { datasets: [ref], results: [result], issues: merged.warnings };
}
