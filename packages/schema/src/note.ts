import * as z from "zod";
import { NoteId, RecordId } from "./ids.js";
import { recordFields } from "./record.js";
import { Span } from "./span.js";

export const NoteKind = z
  .enum(["translation", "inconsistency", "context", "ambiguity", "inference", "fact-check"])
  .describe(
    "translation: a likely translation artefact; inconsistency: statements that cannot all hold; context: background the text assumes; ambiguity: more than one reading; inference: a conclusion drawn by the curators, not stated by the text; fact-check: a statement a fact-checker would flag.",
  );

export const EditorialNote = z
  .object({
    id: NoteId,
    kind: NoteKind,
    targets: z
      .array(RecordId)
      .describe("Ids of the records the note is about; empty when it is about the article as a whole."),
    span: Span.nullable().describe("The passage the note is about, or null."),
    text: z.string().min(1).describe("The note, in the curators' voice."),
    ...recordFields,
  })
  .strict()
  .describe("A note by the dataset's curators, kept apart from what the article says.");

export type NoteKind = z.infer<typeof NoteKind>;
export type EditorialNote = z.infer<typeof EditorialNote>;
