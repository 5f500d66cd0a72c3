import { relative, resolve } from "node:path";
import { ClaimsetError } from "@claimset/core/errors";
import type { BratMapping } from "@claimset/core/interchange";
import { type Context, paint, UsageError } from "../context.js";
import { loadDataset } from "../datasets.js";
import { limitsFrom } from "../limits.js";
import { mergeIntoFolder } from "../planned.js";
import type { CommandInput, CommandResult } from "../spec.js";

/** `claimset import brat <file.ann> --into <dataset-dir>`: add what the document has and the dataset does not. */
export async function importBratInto(
  input: CommandInput,
  context: Context,
  into: string,
  docs: readonly { ann: string; txt: string }[],
  mapping: BratMapping,
  mappingName: string,
): Promise<CommandResult> {
  const { values } = input;
  for (const option of ["id", "language", "rights", "force"] as const)
    if (values[option] !== undefined)
      throw new UsageError(`--${option} applies to a new dataset (--out); --into adds records to one that exists.`, {
        hint:
          option === "force"
            ? "leave --force out: existing records are never replaced, new ones are appended"
            : `leave --${option} out: the dataset's dataset.yml stays as it is`,
      });
  if (docs.length !== 1)
    throw new UsageError(`--into takes one document, and ${input.positionals[1]} has ${docs.length}.`, {
      hint: "name the .ann file of the dataset's article",
    });
  const limits = limitsFrom(values);
  const { isAuthoredFolder, readAuthoredFolder, readTextFile } = await import("@claimset/core/node");
  const folder = resolve(context.cwd, into);
  if (!isAuthoredFolder(folder))
    throw new UsageError(`${into} is not an authored dataset folder (no dataset.yml).`, {
      hint: "name the authored folder of the article's dataset, or write a new one with --out",
    });
  const doc = docs[0]!;
  const annFile = relative(context.cwd, doc.ann);
  const { dataset: existing, ref } = loadDataset(into, context.cwd, limits);
  const { fromBrat, mergeImported } = await import("@claimset/core/interchange");
  let txt: string;
  try {
    txt = readTextFile(doc.txt, limits);
  } catch {
    throw new ClaimsetError(
      "read",
      [
        {
          rule: "brat-missing-text",
          message: `${annFile} has no ${relative(context.cwd, doc.txt)} beside it`,
          path: [],
          recordId: null,
          file: annFile,
          hint: "brat keeps each document's text as <name>.txt next to <name>.ann",
        },
      ],
      { source: annFile },
    );
  }
  const imported = fromBrat({
    txt,
    ann: readTextFile(doc.ann, limits),
    mapping,
    annFile,
    id: existing.id,
    reviewed: values.reviewed === true,
  });
  if (!imported.ok) throw new ClaimsetError("read", imported.issues, { source: annFile });
  const { files } = readAuthoredFolder(folder, limits);
  const merged = mergeImported({ existing, files, imported: imported.dataset, source: annFile });
  if (!merged.ok) throw new ClaimsetError("read", merged.issues, { source: annFile });
  const { summary } = merged;
  const applied = await mergeIntoFolder(context, values, folder, merged.files);
  const result = {
    folder: relative(context.cwd, folder) || ".",
    source: annFile,
    mapping: mappingName,
    ...summary,
    files: applied.files,
    ...(applied.content ? { content: applied.content } : {}),
  };
  if (applied.written && !values.json) {
    const { added, covered } = summary;
    const n = added.entities.length + added.quotes.length + added.claims.length + added.notes.length;
    context.stdout(
      n === 0
        ? `${paint(context, "green", "✓")} ${result.folder}: nothing to add; each of the ${covered.length} records of ${annFile} is covered by an existing one\n`
        : `${paint(context, "green", "✓")} ${annFile} → ${result.folder}: added ${added.entities.length} entities, ${added.quotes.length} quotes, ${added.claims.length} claims, ${added.notes.length} notes (${applied.files.join(", ")}); ${covered.length} covered by existing records${summary.renamed.length ? `; renamed ${summary.renamed.map((r) => `${r.imported} → ${r.id}`).join(", ")}` : ""}\n`,
    );
    if (n > 0) context.stdout(`build with claimset build ${result.folder}\n`);
  }
  return { datasets: [ref], results: [result] };
}
