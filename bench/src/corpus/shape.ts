import type { ClaimKind, Comparator, EntityType, MentionKind, NoteKind, QuoteKind } from "@claimset/schema";

/**
 * The record mix of one synthetic article, copied from the Victory Day parade
 * dataset (1.0.0), so that a synthetic corpus costs what real articles cost.
 * `shape.test.ts` compares it with the real dataset when that is built.
 */
export const SHAPE = {
  /** Length of `source.text` in UTF-16 code units. */
  textLength: 9429,
  entityTypes: {
    person: 9,
    group: 10,
    location: 15,
    other: 3,
    "military-unit": 7,
    event: 11,
    organization: 3,
    "media-outlet": 3,
    weapon: 3,
    artifact: 2,
    facility: 1,
  } satisfies Record<EntityType, number>,
  mentionKinds: { named: 133, nominal: 117, pronominal: 74 } satisfies Record<MentionKind, number>,
  aliases: 56,
  quoteKinds: { direct: 19, indirect: 19, mixed: 10, scare: 3 } satisfies Record<QuoteKind, number>,
  /** Quotes with two spans (interrupted), with a parent, without a speaker (scare quotes included). */
  interruptedQuotes: 3,
  nestedQuotes: 5,
  quotesWithoutSpeaker: 12,
  quotesWithAddressee: 4,
  claimKinds: {
    count: 15,
    duration: 3,
    age: 2,
    year: 8,
    date: 7,
    ordinal: 9,
    money: 0,
    percent: 0,
    other: 1,
  } satisfies Record<ClaimKind, number>,
  comparators: { "=": 31, "~": 2, ">": 1, ">=": 1, "<": 1, "<=": 0, range: 1, vague: 8 } satisfies Record<
    Comparator,
    number
  >,
  asserters: { publisher: 35, quote: 5, entity: 3, unnamed: 2 },
  noteKinds: {
    translation: 9,
    inconsistency: 1,
    context: 2,
    ambiguity: 7,
    inference: 13,
    "fact-check": 9,
  } satisfies Record<NoteKind, number>,
  notesWithSpan: 30,
  noteTargets: 88,
  /** Mean length of a note's text. */
  noteLength: 317,
  retired: 0,
} as const;
