import type { Doc } from "./doc.js";
import { analyze } from "./pipeline.js";
import { DRAFTER_TOOL } from "./version.js";
import { buildRecords, type DraftTables, type WriteOptions, writeFiles } from "./write/authoring.js";

/** How to draft: the dataset's metadata and how to write it. Every field has a default. */
export interface DraftOptions {
  /** The dataset id (slug); default `draft`. */
  id?: string;
  /** The article's file name next to dataset.yml; default `article.txt`. */
  article?: string;
  /** BCP 47 language tag; default `en` (the drafter reads English). */
  language?: string;
  title?: string | null;
  publisher?: string | null;
  url?: string | null;
  /** Who holds the rights to the article; never guessed, so the default says it is unknown. */
  rights?: string;
  /** Write `provenance` on each record; default true. Turn off only for a schema that predates the field. */
  provenance?: boolean;
  /** Declare the dataset machine-drafted as a whole (`machineDrafted: true` in dataset.yml); default false. */
  machineDrafted?: boolean;
  /**
   * The `$schema` each file's first line points editors at (e.g. the installed
   * `@claimset/schema/authoring/<file>.schema.json`); without it, no such line.
   * The drafter takes no runtime dependency on the schema, so it stays small in a browser.
   */
  schemaRef?: WriteOptions["schemaRef"];
}

export interface DraftResult {
  /** dataset.yml, entities.yml, quotes.yml, claims.yml, notes.yml as YAML text. */
  files: Record<string, string>;
  /** The drafted records, before YAML. */
  tables: DraftTables;
  /** The analysed document, every stage's layer. */
  doc: Doc;
}

export const UNKNOWN_RIGHTS = "Unknown: the rights to the article text have not been established.";

export function writeOptions(options: DraftOptions, reservedIds: Iterable<string> = []): WriteOptions {
  return {
    id: options.id ?? "draft",
    article: options.article ?? "article.txt",
    language: options.language ?? "en",
    title: options.title ?? null,
    publisher: options.publisher ?? null,
    url: options.url ?? null,
    rights: options.rights ?? UNKNOWN_RIGHTS,
    tool: DRAFTER_TOOL,
    provenance: options.provenance ?? true,
    machineDrafted: options.machineDrafted ?? false,
    schemaRef: options.schemaRef ?? null,
    reservedIds,
  };
}

/** Drafts the authoring files of a new dataset for `article`. Pure and synchronous; reads nothing but its input. */
export function draft(article: string, options: DraftOptions = {}): DraftResult {
  const doc = analyze(article);
  const write = writeOptions(options);
  const tables = buildRecords(doc, write);
  return { files: writeFiles(doc, write, tables), tables, doc };
}
