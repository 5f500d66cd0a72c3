/**
 * The human-friendly files a dataset is authored in (YAML or JSON). Records
 * anchor themselves by their exact text instead of offsets; the build
 * resolves every anchor to a span and fails loudly when it cannot.
 */
import * as z from "zod";
import { ClaimKind, Comparator } from "./claim.js";
import { EntityType, MentionKind } from "./entity.js";
import { ClaimId, EntityId, NoteId, QuoteId, RecordId, WikidataId } from "./ids.js";
import { NoteKind } from "./note.js";
import { QuoteKind } from "./quote.js";
import { authoredRecordFields } from "./record.js";
import { RetiredId } from "./retired.js";
import { Source } from "./source.js";

const Occurrence = z
  .union([z.int().min(1), z.array(z.int().min(1)).min(1), z.literal("all")])
  .describe(
    "Which whole-word match of `text` (after prefix/suffix filtering) to take, counting from 1 in text order; a list takes several; `all` takes every one. Required when the text matches more than once.",
  );

export const AnchorObject = z
  .object({
    text: z
      .string()
      .min(1)
      .describe("The exact text, character for character (curly quotes, dashes and ellipses included)."),
    prefix: z.string().min(1).optional().describe("Text that must immediately precede `text`."),
    suffix: z.string().min(1).optional().describe("Text that must immediately follow `text`."),
    occurrence: Occurrence.optional(),
  })
  .strict();

/** An anchor: the exact text, alone when it occurs once, or with a prefix/suffix/occurrence. */
export const Anchor = z
  .union([z.string().min(1), AnchorObject])
  .describe("The exact text of the span, or { text, prefix?, suffix?, occurrence? } when the text alone is ambiguous.");

export const MentionAnchor = z
  .union([
    z.string().min(1),
    AnchorObject.extend({
      kind: MentionKind.optional().describe("Defaults to `named`."),
    }).strict(),
  ])
  .describe("A mention: its exact text (a named mention), or an anchor object with an optional `kind`.");

export const AuthoredDatasetMeta = z
  .object({
    $schema: z.string().optional(),
    id: RecordId.describe("The dataset slug; also the package name suffix (@claimset/dataset-<id>)."),
    article: z.string().min(1).describe("Path of the article text file, relative to this file."),
    // The article's metadata is checked here exactly as in the built dataset.
    language: Source.shape.language,
    title: Source.shape.title,
    publisher: Source.shape.publisher,
    url: Source.shape.url,
    publishedAt: Source.shape.publishedAt,
    authors: Source.shape.authors,
    retrievedAt: Source.shape.retrievedAt,
    rights: Source.shape.rights,
    machineDrafted: z
      .boolean()
      .optional()
      .describe("Declare the dataset a machine draft as a whole, so it may be released with unreviewed records."),
  })
  .strict()
  .describe("dataset.yml: the dataset id and the article's metadata. Unknown metadata is null.");

export const AuthoredEntity = z
  .object({
    id: EntityId,
    name: z.string().min(1),
    type: EntityType,
    aliases: z.array(z.string().min(1)).optional(),
    wikidata: WikidataId.nullable().optional(),
    description: z.string().nullable().optional(),
    mentions: z.array(MentionAnchor).min(1),
    ...authoredRecordFields,
  })
  .strict();

export const AuthoredQuote = z
  .object({
    id: QuoteId,
    kind: QuoteKind,
    spans: z
      .union([Anchor, z.array(Anchor).min(1)])
      .describe("The quoted words without their quotation marks; a list for an interrupted quote."),
    speaker: EntityId.nullable().optional(),
    noSpeakerReason: z.string().min(1).optional(),
    speakerText: Anchor.optional().describe("Searched in the quote's paragraph first, then in the whole text."),
    cue: Anchor.optional().describe("Searched in the quote's paragraph first, then in the whole text."),
    addressee: EntityId.optional(),
    parent: QuoteId.optional(),
    ...authoredRecordFields,
  })
  .strict();

const AuthoredAssertedBy = z.union([
  z.literal("publisher"),
  z.object({ entity: EntityId }).strict(),
  z.object({ quote: QuoteId }).strict(),
  z
    .object({ unnamed: Anchor })
    .strict()
    .describe("An unnamed source; the anchor is searched in the claim's paragraph first."),
]);

export const AuthoredClaim = z
  .object({
    id: ClaimId,
    kind: ClaimKind,
    span: Anchor,
    value: z.number().nullable(),
    comparator: Comparator,
    bounds: z
      .object({
        low: z.number().nullable(),
        high: z.number().nullable(),
        lowInclusive: z.boolean().optional(),
        highInclusive: z.boolean().optional(),
      })
      .strict()
      .optional()
      .describe(
        "Required for ~, range and vague; derived from value and comparator otherwise. Inclusive defaults to true.",
      ),
    qualifier: Anchor.optional().describe("The hedge words, searched inside the claim's span."),
    unit: z.union([
      z.string().min(1).describe("Normalized unit, when the text states none."),
      z.object({ text: z.string().nullable(), normalized: z.string().min(1) }).strict(),
    ]),
    about: z.union([
      z.string().min(1),
      z.object({ text: z.string().min(1), entities: z.array(EntityId).optional() }).strict(),
    ]),
    assertedBy: AuthoredAssertedBy,
    iso: z.string().optional(),
    timeRef: z.string().optional(),
    ...authoredRecordFields,
  })
  .strict();

export const AuthoredNote = z
  .object({
    id: NoteId,
    kind: NoteKind,
    targets: z.array(RecordId).optional(),
    span: Anchor.optional(),
    text: z.string().min(1),
    ...authoredRecordFields,
  })
  .strict();

export const AuthoredEntities = z.array(AuthoredEntity).describe("entities.yml");
export const AuthoredQuotes = z.array(AuthoredQuote).describe("quotes.yml");
export const AuthoredClaims = z.array(AuthoredClaim).describe("claims.yml");
export const AuthoredNotes = z.array(AuthoredNote).describe("notes.yml");
export const AuthoredRetired = z.array(RetiredId).describe("retired.yml");

/** The authored files of a dataset folder, and the schema each is checked against. */
export const AUTHORED_FILES = {
  "dataset.yml": AuthoredDatasetMeta,
  "entities.yml": AuthoredEntities,
  "quotes.yml": AuthoredQuotes,
  "claims.yml": AuthoredClaims,
  "notes.yml": AuthoredNotes,
  "retired.yml": AuthoredRetired,
} as const;

export type Anchor = z.infer<typeof Anchor>;
export type AnchorObject = z.infer<typeof AnchorObject>;
export type MentionAnchor = z.infer<typeof MentionAnchor>;
export type AuthoredDatasetMeta = z.infer<typeof AuthoredDatasetMeta>;
export type AuthoredEntity = z.infer<typeof AuthoredEntity>;
export type AuthoredQuote = z.infer<typeof AuthoredQuote>;
export type AuthoredClaim = z.infer<typeof AuthoredClaim>;
export type AuthoredNote = z.infer<typeof AuthoredNote>;
