import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { ClaimsetError, didYouMean, type Issue } from "@claimset/core/errors";
import { type Context, paint, UsageError } from "../context.js";
import { limitsFrom, stringOption } from "../limits.js";
import { type Planned, printPlanned, writePlanned } from "../planned.js";
import type { CommandInput, CommandResult, CommandRun } from "../spec.js";
import { BRAT_MAPPINGS, IMPORT_FORMATS } from "../specs/import.js";

/** A dataset id from a file name: lowercase kebab-case. */
export function slugOf(name: string): string {
  return (
    name
      .replace(/\.[^.]+$/, "")
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "imported"
  );
}

async function loadMapping(context: Context, values: CommandInput["values"], maxBytes: number) {
  const { builtinMapping, parseBratMapping } = await import("@claimset/core/interchange");
  const name = stringOption(values, "mapping") ?? "claimset";
  if ((BRAT_MAPPINGS as readonly string[]).includes(name))
    return { name, mapping: builtinMapping(name as (typeof BRAT_MAPPINGS)[number]) };
  if (!/\.(ya?ml|json)$/.test(name))
    throw new UsageError(`--mapping ${JSON.stringify(name)} is neither a shipped mapping nor a .yml file.`, {
      hint: didYouMean(name, BRAT_MAPPINGS) ?? `one of ${BRAT_MAPPINGS.join(", ")}, or a path to a mapping file`,
    });
  const { readTextFile } = await import("@claimset/core/node");
  const path = resolve(context.cwd, name);
  const parsed = parseBratMapping(readTextFile(path, { maxBytes }), relative(context.cwd, path));
  if (!parsed.ok) throw new ClaimsetError("read", parsed.issues, { source: relative(context.cwd, path) });
  return { name: relative(context.cwd, path), mapping: parsed.mapping };
}

/** The `.ann` files to import: the one named, or every one in the folder, each with its `.txt`. */
function documentsOf(context: Context, input: string): { ann: string; txt: string }[] {
  const path = resolve(context.cwd, input);
  if (!existsSync(path))
    throw new UsageError(`${input}: no such file or folder.`, { hint: "name a brat .ann file or a folder of them" });
  const anns = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith(".ann"))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (anns.length === 0)
    throw new UsageError(`${input} has no .ann files.`, {
      hint: "brat keeps each document as <name>.txt and <name>.ann",
    });
  return anns.map((ann) => {
    if (!ann.endsWith(".ann"))
      throw new UsageError(`${input} is not a .ann file.`, { hint: "name the .ann file; its .txt is read beside it" });
    return { ann, txt: ann.replace(/\.ann$/, ".txt") };
  });
}

async function importBrat(input: CommandInput, context: Context): Promise<CommandResult> {
  const { values } = input;
  const limits = limitsFrom(values);
  const out = stringOption(values, "out");
  const into = stringOption(values, "into");
  if (out !== undefined && into !== undefined)
    throw new UsageError("--out writes a new dataset and --into adds to an existing one: pass one of them.", {
      hint: "leave out --out to add to the dataset of --into",
    });
  if (out === undefined && into === undefined && !values.stdout)
    throw new UsageError("claimset import brat needs --out <dir> or --into <dataset-dir>.", {
      hint: "pass --out <dir> for new dataset folder(s), --into <dataset-dir> to add to one, or --stdout to print the files",
    });
  const { mapping, name: mappingName } = await loadMapping(context, values, limits.maxBytes);
  const docs = documentsOf(context, input.positionals[1]!);
  if (into !== undefined) {
    const { importBratInto } = await import("./import-brat-into.js");
    return importBratInto(input, context, into, docs, mapping, mappingName);
  }
  const id = stringOption(values, "id");
  if (id !== undefined && docs.length > 1)
    throw new UsageError("--id names one dataset; the folder has several documents.", {
      hint: "leave --id out: each dataset is named after its file",
    });
  const { fromBrat } = await import("@claimset/core/interchange");
  const { readTextFile } = await import("@claimset/core/node");
  const language = stringOption(values, "language");
  const rights = stringOption(values, "rights");
  const issues: Issue[] = [];
  const planned: Planned[] = [];
  const results: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    const annFile = relative(context.cwd, doc.ann);
    if (!existsSync(doc.txt)) {
      issues.push({
        rule: "brat-missing-text",
        message: `${annFile} has no ${basename(doc.txt)} beside it`,
        path: [],
        recordId: null,
        file: annFile,
        hint: "brat keeps each document's text as <name>.txt next to <name>.ann",
      });
      continue;
    }
    const datasetId = id ?? slugOf(basename(doc.ann));
    if (seen.has(datasetId))
      throw new UsageError(`two documents would both become the dataset ${datasetId}.`, {
        hint: "rename one of the files",
      });
    seen.add(datasetId);
    const result = fromBrat({
      txt: readTextFile(doc.txt, limits),
      ann: readTextFile(doc.ann, limits),
      mapping,
      annFile,
      id: datasetId,
      meta: { ...(language ? { language } : {}), ...(rights ? { rights } : {}) },
      reviewed: values.reviewed === true,
    });
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const folder = docs.length === 1 ? (out ?? ".") : join(out ?? ".", datasetId);
    const files = { ...result.files, "article.txt": result.dataset.source.text };
    for (const [name, content] of Object.entries(files)) planned.push({ path: join(folder, name), content });
    const d = result.dataset;
    results.push({
      id: d.id,
      source: annFile,
      folder: relative(context.cwd, resolve(context.cwd, folder)) || ".",
      mapping: mappingName,
      entities: d.entities.length,
      quotes: d.quotes.length,
      claims: d.claims.length,
      notes: d.notes.length,
      ...(values.stdout ? { content: files } : {}),
    });
  }
  if (issues.length) throw new ClaimsetError("read", issues, { source: input.positionals[1]! });
  if (values.stdout) {
    if (!values.json) printPlanned(context, planned);
    return { results };
  }
  const written = await writePlanned(context, planned, values.force === true);
  if (!values.json) {
    for (const r of results)
      context.stdout(
        `${paint(context, "green", "✓")} ${r.source} → ${r.folder}: ${r.entities} entities, ${r.quotes} quotes, ${r.claims} claims, ${r.notes} notes\n`,
      );
    context.stdout(
      `${results.length} dataset${results.length === 1 ? "" : "s"} written (${written.length} files); build with claimset build ${results.map((r) => r.folder).join(" ")}\n`,
    );
  }
  return { results };
}

export const run: CommandRun = async (input, context) => {
  const format = input.positionals[0]!;
  if (!(IMPORT_FORMATS as readonly string[]).includes(format))
    throw new UsageError(`claimset import reads ${IMPORT_FORMATS.join(" or ")}, not ${JSON.stringify(format)}.`, {
      hint:
        didYouMean(format, IMPORT_FORMATS) ??
        "write claimset import brat <file.ann> or claimset import label-studio <export.json>",
    });
  const only = (option: string, forFormat: string) => {
    if (input.values[option] !== undefined && format !== forFormat)
      throw new UsageError(`--${option} applies to ${forFormat} only.`, { hint: `leave --${option} out` });
  };
  for (const o of ["mapping", "out", "id", "language", "rights", "reviewed", "force"]) only(o, "brat");
  if (format === "brat") return importBrat(input, context);
  const { importLabelStudio } = await import("./import-label-studio.js");
  return importLabelStudio(input, context);
};
