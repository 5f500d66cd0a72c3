import type { Dataset } from "@claimset/schema";
import { sha256 } from "../text/sha256.js";
import { flatTable } from "./flat/rows.js";
import type { FlatType } from "./flat/types.js";
import type { ExportTable } from "./tables.js";

/** Table Schema field types: a list of strings is an `array` (a JSON array in the cell). */
const FIELD_TYPES: Record<FlatType, string> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  "string-list": "array",
};

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

const ANNOTATIONS_LICENSE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0 (the annotations)",
};

/**
 * The article's license, as far as the dataset knows it: its rights
 * statement, under the Open Definition id for a license that is not
 * specified, since the metadata never names one.
 */
const articleLicense = (rights: string) => ({ name: "notspecified", title: `The article text: ${rights}` });

/**
 * A Frictionless Data Package (v1) descriptor (`datapackage.json`) for a
 * dataset's files: each resource with its path, format, size in bytes and
 * sha256; CSV tables are Tabular Data Resources with a Table Schema, primary
 * and foreign keys. The package holds files that are not tables (the article,
 * dataset.json, JSON Lines), so it is a plain Data Package, not a Tabular one.
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
      const spec = flatTable(file.table);
      base.profile = "tabular-data-resource";
      base.dialect = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true };
      base.schema = {
        fields: spec.columns.map((c) => ({
          name: c.name,
          type: FIELD_TYPES[c.type],
          description: c.description,
          ...(c.type === "string-list" ? { format: "default" } : {}),
          ...(c.nullable ? {} : { constraints: { required: true } }),
        })),
        primaryKey: spec.primaryKey,
        // Table Schema: foreignKeys, when present, has at least one key; a key to the same
        // resource names it "" (v1). A data package holds one dataset, so a reference within it
        // needs no `dataset` field (and the tableschema library mis-resolves composite keys).
        ...(spec.foreignKeys.length
          ? {
              foreignKeys: spec.foreignKeys.map((fk) => {
                const local = (fields: readonly string[]) => {
                  const rest = fields.length > 1 ? fields.filter((f) => f !== "dataset") : fields;
                  return rest.length === 1 ? rest[0] : rest;
                };
                return {
                  fields: local(fk.fields),
                  reference: {
                    resource: fk.reference.table === file.table ? "" : `${fk.reference.table}-csv`,
                    fields: local(fk.reference.fields),
                  },
                };
              }),
            }
          : {}),
        missingValues: [""],
      };
    } else {
      base.profile = "data-resource";
    }
    // The article is not the project's to license; dataset.json carries it next to the annotations.
    if (file.format === "txt") base.licenses = [articleLicense(dataset.source.rights)];
    else if (file.format === "json") base.licenses = [ANNOTATIONS_LICENSE, articleLicense(dataset.source.rights)];
    return base;
  });
  return {
    profile: "data-package",
    name: options.name ?? dataset.id,
    id: `urn:claimset:${dataset.id}:${dataset.version}`,
    version: dataset.version,
    title: dataset.source.title ?? `claimset annotations of ${dataset.id}`,
    description:
      "Entities with every mention, quotes with their speakers, numeric claims with bounds and attribution, and editorial notes, anchored to the article text by UTF-16 offsets (the CSV and JSON Lines tables add code point offsets in their `_cp` columns).",
    ...(options.homepage ? { homepage: options.homepage } : {}),
    licenses: [ANNOTATIONS_LICENSE],
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
