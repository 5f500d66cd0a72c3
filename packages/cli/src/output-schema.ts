// The shape of every `--json` output, as a zod schema from which
// output.schema.json is generated (scripts/generate-output-schema.ts). Only
// the generator and the tests import this module: the CLI itself never loads zod.
import { EditorialNote, Entity, NumericClaim, Quote, RetiredId } from "@claimset/schema";
import * as z from "zod";
import { OUTPUT_SCHEMA_VERSION } from "./main.js";

const Issue = z
  .object({
    rule: z.string(),
    severity: z.enum(["error", "warning"]).optional(),
    message: z.string(),
    path: z.array(z.union([z.string(), z.number()])),
    recordId: z.string().nullable(),
    file: z.string().optional(),
    line: z.int().min(1).optional(),
    column: z.int().min(1).optional(),
    expected: z.string().optional(),
    found: z.string().optional(),
    hint: z.string().optional(),
  })
  .strict()
  .describe("One problem: the one issue shape of @claimset/core.");

const DatasetRef = z
  .object({
    id: z.string(),
    version: z.string(),
    schemaVersion: z.string(),
    contentHash: z.string(),
    input: z.string().describe("What was typed for it: a path or a package name."),
  })
  .strict();

const Counts = z.object({ total: z.int(), byKind: z.record(z.string(), z.int()) }).strict();

const related = {
  dataset: z.string(),
  key: z.string().describe("The corpus key: <dataset>:<id>."),
  notes: z.array(EditorialNote),
  quotes: z.array(z.string()).optional(),
  claims: z.array(z.string()).optional(),
  assertedClaims: z.array(z.string()).optional(),
};

const ShowRecord = z.union([
  z.object({ ...related, table: z.literal("entities"), record: Entity }).strict(),
  z.object({ ...related, table: z.literal("quotes"), record: Quote }).strict(),
  z.object({ ...related, table: z.literal("claims"), record: NumericClaim }).strict(),
  z.object({ ...related, table: z.literal("notes"), record: EditorialNote }).strict(),
]);

const HashCheck = z
  .object({ name: z.string(), declared: z.string().nullable(), computed: z.string().nullable(), ok: z.boolean() })
  .strict();

/** The rows of `results`, per command. */
const RESULTS = {
  validate: z
    .object({ input: z.string(), ok: z.boolean(), dataset: DatasetRef.nullable(), issues: z.array(Issue) })
    .strict(),
  build: z
    .object({
      folder: z.string(),
      dataset: z.string(),
      version: z.string(),
      written: z.array(z.string()),
      stale: z.array(z.string()),
    })
    .strict(),
  lint: z.union([
    z
      .object({
        folder: z.string(),
        id: z.string().nullable(),
        version: z.string().nullable(),
        ran: z.array(z.string()),
        conventions: z.array(z.object({ file: z.string(), line: z.int(), rule: z.string().nullable() }).strict()),
        warnings: z.int(),
        errors: z.int(),
      })
      .strict(),
    z
      .object({ name: z.string(), description: z.string(), scope: z.string(), convention: z.boolean() })
      .strict()
      .describe("With --rules: one rule."),
  ]),
  stats: z
    .object({
      dataset: z.string(),
      version: z.string(),
      schemaVersion: z.string(),
      contentHash: z.string(),
      textLength: z.int(),
      entities: z.object({ total: z.int(), byType: z.record(z.string(), z.int()) }).strict(),
      mentions: Counts,
      quotes: Counts,
      claims: Counts,
      notes: Counts,
      retired: z.int(),
    })
    .strict(),
  show: z.union([
    ShowRecord,
    z.object({ dataset: z.string(), retired: RetiredId, current: z.array(z.unknown()) }).strict(),
  ]),
  entities: z.object({ dataset: z.string(), key: z.string(), record: Entity }).strict(),
  quotes: z
    .object({
      dataset: z.string(),
      key: z.string(),
      line: z.int(),
      speaker: z.object({ id: z.string(), name: z.string() }).strict().nullable(),
      record: Quote,
    })
    .strict(),
  claims: z
    .object({ dataset: z.string(), key: z.string(), line: z.int(), assertedBy: z.string(), record: NumericClaim })
    .strict(),
  export: z.union([
    z.object({ path: z.string(), format: z.string(), content: z.string() }).strict().describe("Without --out."),
    z
      .object({ path: z.string(), format: z.string(), bytes: z.int(), sha256: z.string() })
      .strict()
      .describe("With --out: a file written."),
    z
      .object({
        path: z.string(),
        format: z.literal("parquet"),
        table: z.string(),
        rows: z.int(),
        bytes: z.int(),
      })
      .strict()
      .describe("--format parquet: a Parquet file written, with the rows of every dataset in it."),
  ]),
  diff: z
    .object({
      a: z.object({}).passthrough(),
      b: z.object({}).passthrough(),
      level: z.enum(["none", "patch", "minor", "major"]),
      reasons: z.array(
        z.object({ level: z.string(), table: z.string(), id: z.string().nullable(), message: z.string() }).strict(),
      ),
    })
    .passthrough()
    .describe("A DatasetDiff of @claimset/core."),
  verify: z
    .object({
      path: z.string(),
      id: z.string().nullable(),
      version: z.string().nullable(),
      ok: z.boolean(),
      checks: z.array(HashCheck),
      error: z.string().optional(),
    })
    .strict(),
  new: z.object({ folder: z.string(), package: z.string(), files: z.array(z.string()) }).strict(),
  completion: z.object({ shell: z.enum(["bash", "zsh", "fish"]), script: z.string() }).strict(),
  draft: z
    .object({
      folder: z.string().optional().describe("The folder written, or the folder whose proposals these are."),
      tool: z.string().describe("The drafter and its version."),
      added: z.object({ entities: z.int(), quotes: z.int(), claims: z.int(), notes: z.int() }).strict(),
      files: z.array(z.string()),
      content: z
        .record(z.string(), z.string())
        .optional()
        .describe("Without --out (or with --stdout): each file's text."),
    })
    .strict(),
  eval: z
    .object({ candidate: z.object({}).passthrough(), reference: z.object({}).passthrough() })
    .passthrough()
    .describe("An EvalReport of @claimset/core/eval."),
  import: z.union([
    z
      .object({
        id: z.string().describe("The dataset id."),
        source: z.string().describe("The .ann file read."),
        folder: z.string().describe("The dataset folder written (or that would be, with --stdout)."),
        mapping: z.string().describe("The mapping's name, or the mapping file."),
        entities: z.int(),
        quotes: z.int(),
        claims: z.int(),
        notes: z.int(),
        content: z.record(z.string(), z.string()).optional().describe("With --stdout: each file's text."),
      })
      .strict()
      .describe("brat: one document imported as a dataset."),
    z
      .object({
        folder: z.string().describe("The authored dataset folder added to."),
        source: z.string().describe("The .ann file read."),
        mapping: z.string().describe("The mapping's name, or the mapping file."),
        added: z
          .object({
            entities: z.array(z.string()),
            quotes: z.array(z.string()),
            claims: z.array(z.string()),
            notes: z.array(z.string()),
          })
          .strict()
          .describe("Ids of the records appended, by table."),
        covered: z
          .array(
            z
              .object({
                table: z.enum(["entities", "quotes", "claims", "notes"]),
                imported: z.string().describe("The imported record's id."),
                by: z.string().describe("The existing record that covers it."),
              })
              .strict(),
          )
          .describe("Imported records left out: an existing record covers each."),
        renamed: z
          .array(z.object({ imported: z.string(), id: z.string() }).strict())
          .describe("Imported ids the dataset already had, and the ids their records were added under."),
        mentionsLeftOut: z.int().describe("Mentions of imported entities that are existing ones, not added."),
        files: z.array(z.string()).describe("The authoring files appended to."),
        content: z.record(z.string(), z.string()).optional().describe("With --stdout: each appended file's text."),
      })
      .strict()
      .describe("brat --into: one document's records added to an existing dataset folder."),
    z
      .object({
        folder: z.string(),
        source: z.string().describe("The Label Studio export read."),
        reviewed: z.array(z.string()).describe("Predictions kept as they were, now marked reviewed."),
        changed: z.array(z.string()).describe("Records the reviewers changed, rewritten and marked reviewed."),
        removed: z.array(z.string()).describe("Records the reviewers deleted."),
        added: z.array(z.string()).describe("Records made from new regions."),
        unchanged: z.int().describe("Records left as they were."),
        files: z.array(z.string()).describe("The authoring files rewritten."),
        content: z.record(z.string(), z.string()).optional().describe("With --stdout: each rewritten file's text."),
      })
      .strict()
      .describe("label-studio: a review merged into a dataset folder."),
  ]),
  preview: z
    .object({ folder: z.string(), url: z.string() })
    .strict()
    .describe("When the preview stops (Ctrl+C): the folder served and where."),
} as const;

/** The envelope of one command's output. */
function envelope<C extends string>(command: C, results: z.ZodType) {
  return z
    .object({
      claimset: z.string().describe("The version of @claimset/cli that wrote it."),
      schema: z.literal(OUTPUT_SCHEMA_VERSION).describe("The version of this envelope's shape."),
      command: z.literal(command),
      ok: z.boolean().describe("Whether the command succeeded (exitCode 0)."),
      exitCode: z.int().describe("The process's exit code: see the CLI README."),
      datasets: z.array(DatasetRef).describe("Every dataset the command read."),
      results: z.array(results).describe("One entry per row, record or file; empty when the command failed."),
      issues: z.array(Issue).describe("Every problem found, errors included."),
    })
    .strict();
}

/** Any `--json` output: the envelope of the command it names. */
export const Output = z
  .union([
    ...(Object.entries(RESULTS) as [string, z.ZodType][]).map(([command, results]) => envelope(command, results)),
    z
      .object({
        claimset: z.string(),
        schema: z.literal(OUTPUT_SCHEMA_VERSION),
        command: z.string().describe("What was typed where the command goes."),
        ok: z.literal(false),
        exitCode: z.int(),
        datasets: z.array(DatasetRef).max(0),
        results: z.array(z.unknown()).max(0),
        issues: z.array(Issue).min(1),
      })
      .strict()
      .describe("A run that named no command claimset has, or failed before it ran."),
  ])
  .describe("What `claimset <command> --json` prints on stdout, errors included.");

export const COMMANDS_WITH_RESULTS = Object.keys(RESULTS);
