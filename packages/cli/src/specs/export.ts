import type { CommandSpec } from "../spec.js";

/** Every format `claimset export` writes. */
export const EXPORT_FORMATS = [
  "csv",
  "jsonl",
  "datapackage",
  "webannotation",
  "jsonld",
  "markdown",
  "parquet",
  "brat",
  "label-studio",
] as const;

export const exportSpec: CommandSpec = {
  name: "export",
  summary:
    "Export a dataset as CSV, JSONL, a Data Package, Web Annotations, JSON-LD, Markdown, brat or Label Studio; datasets as Parquet",
  description: `csv and jsonl write the flat tables: without --out one table to stdout (--table is required), with --out every table (or just --table) as <dir>/<table>.csv or .jsonl. datapackage writes a Frictionless Data Package (article.txt, dataset.json, data/*, datapackage.json) and needs --out. webannotation writes a W3C Web Annotation collection, jsonld the dataset as schema.org JSON-LD, markdown a readable report. parquet writes the flat tables of any number of datasets as <dir>/<table>.parquet with a dataset column (or Hive partitions <dir>/<table>/dataset=<id>/part-0.parquet with --partition-by-dataset), reading one dataset at a time, for DuckDB, Spark or Trino; it needs --out, and its schemas are @claimset/core/parquet/<table>.schema.json. brat writes <id>.txt, <id>.ann, annotation.conf and visual.conf for review in brat (offsets in code points); claimset import brat reads them back. label-studio writes <id>.label-studio.json (one task: reviewed records as its annotation, drafted ones as predictions scored by their confidence) and label-config.xml; claimset import label-studio merges the review back. Both need --out.

CSV cells that start with = + - @ are read as formulas by spreadsheets. The default CSV is exact, for programs; --spreadsheet-safe quotes every text cell and prefixes those with an apostrophe, for opening in a spreadsheet.

With --out, files are written atomically inside <dir>, which must be inside the current folder; an existing file is never replaced without --force (exit 3), and nothing is written if any file would be refused.`,
  positionals: [{ name: "dataset", required: false, variadic: true, datasets: true }],
  options: {
    format: {
      type: "string",
      short: "f",
      value: "<format>",
      description: "the format (required)",
      choices: EXPORT_FORMATS,
    },
    table: { type: "string", value: "<table>", description: "csv and jsonl: only this table" },
    out: { type: "string", short: "o", value: "<dir>", description: "write files into this folder instead of stdout" },
    force: { type: "boolean", description: "replace existing files in --out" },
    base: {
      type: "string",
      value: "<iri>",
      description:
        'webannotation and jsonld: base IRI for record ids, an absolute http(s) IRI without "#" (ids become <iri>#<record-id>)',
    },
    "spreadsheet-safe": { type: "boolean", description: "csv: escape cells a spreadsheet would run as formulas" },
    "partition-by-dataset": {
      type: "boolean",
      description: "parquet: Hive partitions <dir>/<table>/dataset=<id>/part-0.parquet",
    },
  },
  examples: [
    { command: "claimset export --format csv --table quotes", does: "the quotes table as CSV on stdout" },
    { command: "claimset export -f datapackage -o out/ datasets/my-article", does: "a Data Package in out/" },
    {
      command: "claimset export -f webannotation --base https://data.example/my-article",
      does: "Web Annotations with record IRIs under that base",
    },
    {
      command: "claimset export -f brat -o review/ datasets/my-article",
      does: "a brat document and its configuration",
    },
    {
      command: "claimset export -f parquet -o corpus/ datasets/*",
      does: "every dataset's tables as Parquet, one file per table",
    },
  ],
  inputs: "datasets",
  load: () => import("../commands/export.js"),
};
