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
import {
  datasetPackageFiles,
  FileSafetyError,
  resolveInside,
  writeFileAtomic,
  writeParquetTables,
} from "@claimset/core/node";
import type { Dataset } from "@claimset/schema";
import { type Command, limitsFrom, printJson, stringOption, type Values } from "../command.js";
import { type Context, paint, UsageError } from "../context.js";
import { loadInput } from "../load.js";
import { DATASET_HELP, DATASET_OPTION, enumOption, loadDatasetOption } from "./dataset.js";

export const EXPORT_FORMATS = [
  "csv",
  "jsonl",
  "datapackage",
  "webannotation",
  "jsonld",
  "markdown",
  "parquet",
] as const;
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
    case "parquet":
      throw new RangeError("parquet is written by writeParquetTables, streaming, not as files in memory");
  }
}

/**
 * `--format parquet`: every dataset named (paths or installed packages, or
 * -d), loaded one at a time as the writer asks for it, into one Parquet file
 * per table, or Hive partitions by dataset.
 */
async function exportParquet(
  inputs: readonly string[],
  values: Values,
  context: Context,
  out: string,
  options: { partitionByDataset: boolean; force: boolean },
): Promise<number> {
  const limits = limitsFrom(values);
  function* datasets() {
    for (const input of inputs) yield loadInput(input, context.cwd, limits);
  }
  const dir = safely(() => resolveInside(context.cwd, out));
  let files: Awaited<ReturnType<typeof writeParquetTables>>;
  try {
    files = await writeParquetTables(datasets(), dir, options);
  } catch (error) {
    if (error instanceof FileSafetyError) throw new UsageError(error.message);
    throw error;
  }
  const written = files.map((f) => ({ ...f, path: relative(context.cwd, join(dir, f.path)) }));
  if (values.json) {
    printJson(context, { format: "parquet", out, datasets: inputs.length, files: written });
    return 0;
  }
  const shown = options.partitionByDataset ? [] : written;
  for (const file of shown) {
    context.stdout(`${paint(context, "green", "✓")} ${file.path} (${file.rows} rows, ${file.bytes} bytes)\n`);
  }
  const bytes = written.reduce((n, f) => n + f.bytes, 0);
  context.stdout(
    `${written.length} Parquet file${written.length === 1 ? "" : "s"} written from ${inputs.length} dataset${inputs.length === 1 ? "" : "s"} (${bytes} bytes)\n`,
  );
  return 0;
}

/** Refusals to write are about how the command was called: usage errors. */
function safely<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof FileSafetyError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Writes every file inside `out`, each atomically. Every path is checked
 * (inside `out`, no symlinks, not already there unless `force`) before the
 * first is written, so a refusal leaves nothing half-exported.
 */
function writeAll(context: Context, out: string, files: readonly ExportFile[], force: boolean) {
  const dir = safely(() => resolveInside(context.cwd, out));
  const targets = files.map((file) => ({ file, path: safely(() => resolveInside(dir, file.path)) }));
  if (!force) {
    const existing = targets.filter((t) => safely(() => pathExists(t.path)));
    if (existing.length) {
      const names = existing.map((t) => relative(context.cwd, t.path));
      const shown =
        names.length > 4 ? `${names.slice(0, 3).join(", ")} and ${names.length - 3} more` : names.join(", ");
      throw new UsageError(
        `refusing to overwrite ${shown}; pass --force to replace ${existing.length === 1 ? "it" : "them"}`,
      );
    }
  }
  for (const { file, path } of targets) safely(() => writeFileAtomic(path, file.content, { force }));
  return targets.map(({ file, path }) => ({
    path: relative(context.cwd, path),
    bytes: Buffer.byteLength(file.content, "utf8"),
    sha256: sha256(file.content),
  }));
}

export const exportCommand: Command = {
  name: "export",
  summary:
    "Export a dataset as CSV, JSONL, a Data Package, Web Annotations, JSON-LD or Markdown, or datasets as Parquet",
  help: `Usage: claimset export --format <format> [--table <table>] [--out <dir> [--force]] [-d <path>]
       claimset export --format parquet --out <dir> [--partition-by-dataset] [<dataset>…]

Formats:
  csv, jsonl       the flat tables (${EXPORT_TABLES.join(", ")}). Without --out, one
                   table to stdout: --table is required. With --out, every table
                   (or just --table) as <dir>/<table>.csv or .jsonl.
  datapackage      a Frictionless Data Package: article.txt, dataset.json,
                   data/*.csv, data/*.jsonl and datapackage.json. Needs --out.
  webannotation    a W3C Web Annotation collection (JSON-LD); annotations.jsonld with --out
  jsonld           the dataset as schema.org JSON-LD; dataset.jsonld with --out
  markdown         a readable report of every record; dataset.md with --out
  parquet          the flat tables as Parquet, for DuckDB, Spark, Trino, BigQuery:
                   <dir>/<table>.parquet for every table, with a dataset column.
                   Takes any number of datasets (paths or installed package
                   names) as arguments, or -d; reads one at a time, so a corpus
                   is never held in memory. Needs --out. Schemas:
                   @claimset/core/parquet/<table>.schema.json.

CSV cells that start with = + - @ are read as formulas by spreadsheets. The
default CSV is exact, for programs; --spreadsheet-safe quotes every text cell
and prefixes those with an apostrophe, for opening in a spreadsheet.

Without --out the export goes to stdout. With --out, files are written
atomically inside <dir>, which must be inside the current folder; an existing
file is never replaced without --force, and nothing is written if any file
would be refused.

Options:
  -f, --format <format>  ${EXPORT_FORMATS.join(", ")} (required)
  --table <table>        csv/jsonl only: one of ${EXPORT_TABLES.join(", ")}
  -o, --out <dir>        write files into this folder instead of stdout
  --force                replace existing files in --out
  --base <iri>           webannotation/jsonld: base IRI for record ids, an absolute
                         http(s) IRI without "#" (ids become <iri>#<record-id>)
  --spreadsheet-safe     csv only: escape cells a spreadsheet would run as formulas
  --partition-by-dataset parquet only: Hive partitions <dir>/<table>/dataset=<id>/part-0.parquet
  --json                 with --out: the files written, as JSON
${DATASET_HELP}`,
  options: {
    ...DATASET_OPTION,
    format: { type: "string", short: "f" },
    table: { type: "string" },
    out: { type: "string", short: "o" },
    force: { type: "boolean" },
    base: { type: "string" },
    "spreadsheet-safe": { type: "boolean" },
    "partition-by-dataset": { type: "boolean" },
  },
  positionals: [0, Number.POSITIVE_INFINITY],
  run(positionals, values, context) {
    const format = enumOption(values, "format", EXPORT_FORMATS);
    if (format === undefined) throw new UsageError(`--format is required: one of ${EXPORT_FORMATS.join(", ")}`);
    const table = enumOption(values, "table", EXPORT_TABLES);
    const out = stringOption(values, "out");
    const base = stringOption(values, "base");
    if (table !== undefined && format !== "csv" && format !== "jsonl") {
      throw new UsageError(`--table applies to csv and jsonl only, not ${format}`);
    }
    if (base !== undefined && format !== "webannotation" && format !== "jsonld") {
      throw new UsageError(`--base applies to webannotation and jsonld only, not ${format}`);
    }
    if (base !== undefined) {
      try {
        checkBase(base);
      } catch (error) {
        if (error instanceof IriError) throw new UsageError(`--base: ${error.message}`);
        throw error;
      }
    }
    const spreadsheetSafe = values["spreadsheet-safe"] === true;
    if (spreadsheetSafe && format !== "csv") {
      throw new UsageError(`--spreadsheet-safe applies to csv only, not ${format}`);
    }
    const partitionByDataset = values["partition-by-dataset"] === true;
    if (partitionByDataset && format !== "parquet") {
      throw new UsageError(`--partition-by-dataset applies to parquet only, not ${format}`);
    }
    if (positionals.length > 0 && format !== "parquet") {
      throw new UsageError(`--format ${format} exports one dataset: name it with -d <path>, not as an argument`);
    }
    if (format === "parquet") {
      if (out === undefined) throw new UsageError("--format parquet writes one file per table: pass --out <dir>");
      if (positionals.length > 0 && stringOption(values, "dataset") !== undefined) {
        throw new UsageError("name the datasets as arguments or with -d, not both");
      }
      const inputs = positionals.length > 0 ? positionals : [stringOption(values, "dataset") ?? "."];
      return exportParquet(inputs, values, context, out, { partitionByDataset, force: Boolean(values.force) });
    }
    if (out === undefined) {
      if (format === "datapackage") throw new UsageError("--format datapackage writes several files: pass --out <dir>");
      if ((format === "csv" || format === "jsonl") && table === undefined) {
        throw new UsageError(
          `--format ${format} to stdout needs --table <table> (one of ${EXPORT_TABLES.join(", ")}), or --out <dir> for every table`,
        );
      }
      if (values.force) throw new UsageError("--force applies only with --out");
    }
    const { dataset } = loadDatasetOption(values, context);
    const files = exportFiles(dataset, format, {
      ...(table === undefined ? {} : { table }),
      ...(base === undefined ? {} : { base }),
      spreadsheetSafe,
    });
    if (out === undefined) {
      for (const file of files) context.stdout(file.content);
      return 0;
    }
    const written = writeAll(context, out, files, Boolean(values.force));
    if (values.json) {
      printJson(context, { format, out, files: written });
      return 0;
    }
    for (const file of written) context.stdout(`${paint(context, "green", "✓")} ${file.path} (${file.bytes} bytes)\n`);
    context.stdout(`${written.length} file${written.length === 1 ? "" : "s"} written\n`);
    return 0;
  },
};

function pathExists(path: string): boolean {
  try {
    lstat(path);
    return true;
  } catch {
    return false;
  }
}
