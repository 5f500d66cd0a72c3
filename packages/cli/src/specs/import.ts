import type { CommandSpec } from "../spec.js";

/** Every format `claimset import` reads. */
export const IMPORT_FORMATS = ["brat", "label-studio"] as const;

/** The mappings `claimset import brat --mapping` knows by name. */
export const BRAT_MAPPINGS = ["attribution", "quantities", "claimset"] as const;

export const importSpec: CommandSpec = {
  name: "import",
  summary: "Import brat standoff annotations as authoring YAML, or merge a Label Studio review back",
  description: `brat: reads <file.ann> beside its .txt (or every .ann of a folder) through a mapping — attribution (Source, Cue, Content as in PARC 3.0), quantities (Quantity, MeasuredEntity, MeasuredProperty, Qualifier as in MeasEval), claimset (what export --format brat writes; the default) or a mapping file — and writes one dataset folder per document (dataset.yml, entities.yml, quotes.yml, claims.yml, notes.yml, article.txt) into --out: the folder itself for one document, <out>/<name>/ for each of several. brat counts offsets in code points; they are converted. Every problem — a span whose text does not match the .txt, an unmapped type, a dangling relation, a discontinuous span where one is expected — is reported with the .ann file and line (exit 1), and nothing is written unless every document compiles. Metadata the annotations do not carry is null; pass --rights and --language to set them.

brat --into <dataset-dir>: imports one document into an existing authored dataset of the same article text (the .txt must equal its article.txt) instead of a new folder. Only what no existing record covers is added: an imported entity whose mentions meet an existing entity's is that entity, a quote or claim whose span meets an existing one is left out, and so is a note an existing note already makes; added records keep their ids unless the dataset has them (then -2, -3, …), with every reference rewritten. New records are appended to the YAML files; existing lines stay byte for byte as they were. Importing the same document again adds nothing.

label-studio: reads a Label Studio JSON export of the tasks claimset export --format label-studio wrote and merges the reviewers' annotations into the authoring files of --into <dataset-dir>: changed records are rewritten and marked reviewed, accepted predictions are marked reviewed, deleted ones removed, new entity mentions added; records the reviewers did not change are left as they are, byte for byte. Nothing is written unless the merged files compile.`,
  positionals: [
    { name: "format", required: true },
    { name: "input", required: true },
  ],
  options: {
    mapping: {
      type: "string",
      short: "m",
      value: "<name|file>",
      description: `brat: ${BRAT_MAPPINGS.join(", ")} or a mapping file (.yml); default claimset`,
    },
    out: { type: "string", short: "o", value: "<dir>", description: "brat: the dataset folder to write" },
    into: {
      type: "string",
      value: "<dataset-dir>",
      description: "the authored dataset folder to merge into (label-studio; brat: one document of its article)",
    },
    id: { type: "string", value: "<slug>", description: "brat, one document: the dataset id (default: the file name)" },
    language: { type: "string", value: "<bcp47>", description: "brat: the article's language (default en)" },
    rights: {
      type: "string",
      value: "<text>",
      description: "brat: who holds the rights to the text (default: unknown)",
    },
    reviewed: { type: "boolean", description: "brat: mark the imported records reviewed (people annotated them)" },
    force: { type: "boolean", description: "brat: replace existing files in --out" },
    stdout: { type: "boolean", description: "print the files instead of writing them" },
  },
  examples: [
    {
      command: "claimset import brat corpus/doc1.ann --mapping attribution --out datasets/doc1",
      does: "one brat document as a dataset folder",
    },
    {
      command: "claimset import brat corpus/ -m quantities -o datasets/",
      does: "every document of a folder, one dataset each",
    },
    {
      command: "claimset import brat corpus/doc1.ann -m attribution --into datasets/doc1",
      does: "add what a brat document has and the dataset does not",
    },
    {
      command: "claimset import label-studio export.json --into datasets/my-article",
      does: "merge the reviewed annotations back",
    },
  ],
  inputs: "files",
  load: () => import("../commands/import.js"),
};
