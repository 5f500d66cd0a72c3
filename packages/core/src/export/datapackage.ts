import type { Dataset } from "@claimset/schema";
import { sha256 } from "../text/sha256.js";
import { type ExportTable, TABLE_SPECS } from "./tables.js";

/** A file the data package describes: where it will live and what it holds. */
export interface PackageFile {
  path: string;
  content: string;
  /** The table it holds, for CSV and JSONL files. */
  table?: ExportTable;
  format: "csv" | "jsonl" | "json" | "txt";
}

const MEDIA_TYPES = {
  csv: "text/csv",
  jsonl: "application/jsonl",
  json: "application/json",
  txt: "text/plain",
} as const;
const encoder = new TextEncoder();

/**
 * A Frictionless Data Package descriptor (`datapackage.json`) for a dataset's
 * files: each resource with its path, format, size in bytes and sha256, and
 * for CSV tables a Table Schema with primary and foreign keys.
 */
export function toDataPackage(
  dataset: Pick<Dataset, "id" | "version" | "source" | "contentHash">,
  files: readonly PackageFile[],
  options: { name?: string; homepage?: string } = {},
): Record<string, unknown> {
  const resources = files.map((file) => {
    const bytes = encoder.encode(file.content);
    const base: Record<string, unknown> = {
      name: file.table ? `${file.table}-${file.format}` : file.path.replace(/[^a-z0-9]+/gi, "-").toLowerCase(),
      path: file.path,
      format: file.format,
      mediatype: MEDIA_TYPES[file.format],
      encoding: "utf-8",
      bytes: bytes.length,
      hash: `sha256:${sha256(bytes)}`,
    };
    if (file.table && file.format === "csv") {
      const spec = TABLE_SPECS[file.table];
      base.profile = "tabular-data-resource";
      base.dialect = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };
      base.schema = {
        fields: spec.columns.map((c) => ({
          name: c.name,
          type: c.type,
          description: c.description,
          ...(c.type === "array" || c.type === "object" ? { format: "default" } : {}),
        })),
        primaryKey: spec.primaryKey,
        foreignKeys: spec.foreignKeys.map((fk) => ({
          fields: fk.fields,
          reference: { resource: `${fk.reference.resource}-csv`, fields: fk.reference.fields },
        })),
        missingValues: [""],
      };
    } else {
      base.profile = "data-resource";
    }
    return base;
  });
  return {
    profile: "tabular-data-package",
    name: options.name ?? dataset.id,
    id: `urn:claimset:${dataset.id}:${dataset.version}`,
    version: dataset.version,
    title: dataset.source.title ?? `claimset annotations of ${dataset.id}`,
    description:
      "Entities with every mention, quotes with their speakers, numeric claims with bounds and attribution, and editorial notes, anchored to the article text by UTF-16 offsets.",
    ...(options.homepage ? { homepage: options.homepage } : {}),
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 (the annotations)",
      },
    ],
    sources: [
      {
        title: dataset.source.title ?? "Untitled article (title unknown)",
        ...(dataset.source.url ? { path: dataset.source.url } : {}),
        description: `Article text sha256 ${dataset.source.sha256}. ${dataset.source.rights}`,
      },
    ],
    contentHash: dataset.contentHash,
    resources,
  };
}
