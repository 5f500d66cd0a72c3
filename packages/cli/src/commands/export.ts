import { lstatSync as lstat } from "node:fs";
import { join, relative } from "node:path";
import {
  checkBase,
  EXPORT_TABLES,
  type ExportTable,
  IriError,
  sha256,
  toCsv,
  toJsonLd,
  toJsonl,
  toMarkdown,
  toWebAnnotations,
} from "@claimset/core";
import { didYouMean } from "@claimset/core/errors";
import { toBrat, toLabelStudio } from "@claimset/core/interchange";
import {
  datasetPackageFiles,
  FileSafetyError,
  resolveInside,
  writeFileAtomic,
  writeParquetTables,
} from "@claimset/core/node";
import type { Dataset } from "@claimset/schema";
import { type Context, paint, UsageError } from "../context.js";
import { datasetInputs, loadDataset, loadDatasets } from "../datasets.js";
import { limitsFrom, stringOption } from "../limits.js";
import type { CommandInput, CommandResult, CommandRun } from "../spec.js";
import { EXPORT_FORMATS } from "../specs/export.js";

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file an export produces, relative to --out. */
interface ExportFile {
  path: string;
  content: string;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of one export. `table` narrows csv/jsonl to one table. */
export function exportFiles(
  dataset: Dataset,
  format: ExportFormat,
  options: { table?: ExportTable; base?: string; spreadsheetSafe?: boolean } = {},
): ExportFile[] {
  const base = options.base === undefined ? {} : { base: options.base };
  switch (format) {
    case "csv":
    case "jsonl": {
      const csv = { spreadsheetSafe: options.spreadsheetSafe === true };
      const write =
        format === "csv" ? (t: ExportTable) => toCsv(dataset, t, csv) : (t: ExportTable) => toJsonl(dataset, t);
      const tables = options.table ? [options.table] : EXPORT_TABLES;
      return tables.map((table) => ({ path: `${table}.${format}`, content: write(table) }));
    }
    case "datapackage":
      // The same files, byte for byte, that `claimset build` commits to a dataset package.
      return [
        { path: "article.txt", content: dataset.source.text },
        ...datasetPackageFiles(dataset, "")
          .filter((f) => f.committed)
          .map(({ path, content }) => ({ path, content })),
      ];
    case "webannotation":
      return [{ path: "annotations.jsonld", content: json(toWebAnnotations(dataset, base)) }];
    case "jsonld":
      return [{ path: "dataset.jsonld", content: json(toJsonLd(dataset, base)) }];
    case "markdown":
      return [{ path: "dataset.md", content: toMarkdown(dataset) }];
    case "brat":
      return toBrat(dataset).files;
    case "label-studio": {
      const { tasks, config } = toLabelStudio(dataset);
      return [
        { path: `${dataset.id}.label-studio.json`, content: json(tasks) },
        { path: "label-config.xml", content: config },
      ];
    }
    case "parquet":
      throw new RangeError("parquet is streamed to files by writeParquetTables, not built in memory");
  }
}

/**
 * `--format parquet`: every dataset given, read one at a time as the writer
 * asks for it, into one Parquet file per table (or Hive partitions by
 * dataset). The files appear only once the whole export is written.
 */
async function exportParquet(
  input: CommandInput,
  context: Context,
  out: string,
  options: { partitionByDataset: boolean; force: boolean },
): Promise<CommandResult> {
  const limits = limitsFrom(input.values);
  const refs: ReturnType<typeof loadDataset>["ref"][] = [];
  function* datasets() {
    for (const name of datasetInputs(input)) {
      const loaded = loadDataset(name, context.cwd, limits);
      refs.push(loaded.ref);
      yield loaded.dataset;
    }
  }
  const dir = resolveInside(context.cwd, out);
  const files = await writeParquetTables(datasets(), dir, options);
  const written = files.map((f) => ({ ...f, path: relative(context.cwd, join(dir, f.path)), format: "parquet" }));
  if (!input.values.json) {
    if (!options.partitionByDataset)
      for (const file of written)
        context.stdout(`${paint(context, "green", "✓")} ${file.path} (${file.rows} rows, ${file.bytes} bytes)\n`);
    const bytes = written.reduce((n, f) => n + f.bytes, 0);
    context.stdout(
      `${written.length} Parquet file${written.length === 1 ? "" : "s"} written from ${refs.length} dataset${refs.length === 1 ? "" : "s"} (${bytes} bytes)\n`,
    );
  }
  return { datasets: refs, results: written };
}

/**
 * Writes every file inside `out`, each atomically. Every path is checked
 * (inside `out`, no symlinks, not already there unless `force`) before the
 * first is written, so a refusal leaves nothing half-exported.
 */
function writeAll(context: Context, out: string, files: readonly ExportFile[], force: boolean) {
  const dir = resolveInside(context.cwd, out);
  const targets = files.map((file) => ({ file, path: resolveInside(dir, file.path) }));
  if (!force) {
    const existing = targets.filter((t) => pathExists(t.path));
    if (existing.length) {
      const names = existing.map((t) => relative(context.cwd, t.path));
      const shown =
        names.length > 4 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
      throw new FileSafetyError(`refusing to overwrite ${shown}`, {
        rule: "exists",
        hint: `pass --force to replace ${existing.length === 1 ? "it" : "them"}`,
      });
    }
  }
  for (const { file, path } of targets) writeFileAtomic(path, file.content, { force });
  return targets.map(({ file, path }) => ({
    path: relative(context.cwd, path),
    bytes: Buffer.byteLength(file.content, "utf8"),
    sha256: sha256(file.content),
  }));
}

export const run: CommandRun = (input, context) => {
  const { values } = input;
  const format = values.format as ExportFormat | undefined;
  if (format === undefined)
    throw new UsageError("claimset export needs --format.", {
      hint: `write --format <format>, one of ${EXPORT_FORMATS.join(", ")}`,
    });
  const table = stringOption(values, "table") as ExportTable | undefined;
  if (table !== undefined && !EXPORT_TABLES.includes(table))
    throw new UsageError(`--table must be one of ${EXPORT_TABLES.join(", ")}; got ${JSON.stringify(table)}.`, {
      hint: didYouMean(table, EXPORT_TABLES) ?? "see claimset export --help",
    });
  const out = stringOption(values, "out");
  const base = stringOption(values, "base");
  if (table !== undefined && format !== "csv" && format !== "jsonl")
    throw new UsageError(`--table applies to csv and jsonl only, not ${format}.`, { hint: "leave --table out" });
  if (base !== undefined && format !== "webannotation" && format !== "jsonld")
    throw new UsageError(`--base applies to webannotation and jsonld only, not ${format}.`, {
      hint: "leave --base out",
    });
  if (base !== undefined) {
    try {
      checkBase(base);
    } catch (error) {
      if (error instanceof IriError)
        throw new UsageError(`--base: ${error.message}`, { hint: "write --base https://data.example/my-dataset" });
      throw error;
    }
  }
  const spreadsheetSafe = values["spreadsheet-safe"] === true;
  if (spreadsheetSafe && format !== "csv")
    throw new UsageError(`--spreadsheet-safe applies to csv only, not ${format}.`, {
      hint: "leave --spreadsheet-safe out",
    });
  const partitionByDataset = values["partition-by-dataset"] === true;
  if (partitionByDataset && format !== "parquet")
    throw new UsageError(`--partition-by-dataset applies to parquet only, not ${format}.`, {
      hint: "leave --partition-by-dataset out",
    });
  if (format === "parquet") {
    if (out === undefined)
      throw new UsageError("--format parquet writes one file per table.", { hint: "pass --out <dir>" });
    return exportParquet(input, context, out, { partitionByDataset, force: values.force === true });
  }
  if (out === undefined) {
    if (format === "datapackage" || format === "brat" || format === "label-studio")
      throw new UsageError(`--format ${format} writes several files.`, { hint: "pass --out <dir>" });
    if ((format === "csv" || format === "jsonl") && table === undefined)
      throw new UsageError(`--format ${format} to stdout needs one table.`, {
        hint: `pass --table <table> (one of ${EXPORT_TABLES.join(", ")}), or --out <dir> for every table`,
      });
    if (values.force)
      throw new UsageError("--force applies only with --out.", { hint: "leave --force out, or pass --out <dir>" });
  }
  const loaded = loadDatasets(input, context.cwd);
  if (loaded.length > 1)
    throw new UsageError(`--format ${format} exports one dataset; got ${loaded.length}.`, {
      hint: "export each dataset on its own, or use --format parquet for many",
    });
  const { dataset, ref } = loaded[0]!;
  const files = exportFiles(dataset, format, {
    ...(table === undefined ? {} : { table }),
    ...(base === undefined ? {} : { base }),
    spreadsheetSafe,
  });
  if (out === undefined) {
    if (!values.json) for (const file of files) context.stdout(file.content);
    return { datasets: [ref], results: files.map((f) => ({ path: f.path, format, content: f.content })) };
  }
  const written = writeAll(context, out, files, values.force === true);
  if (!values.json) {
    for (const file of written) context.stdout(`${paint(context, "green", "✓")} ${file.path} (${file.bytes} bytes)\n`);
    context.stdout(`${written.length} file${written.length === 1 ? "" : "s"} written\n`);
  }
  return { datasets: [ref], results: written.map((f) => ({ ...f, format })) };
};

function pathExists(path: string): boolean {
  try {
    lstat(path);
    return true;
  } catch {
    return false;
  }
}
