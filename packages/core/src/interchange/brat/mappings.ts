/**
 * The mappings claimset ships: two common conventions of annotated corpora
 * and claimset's own brat export. Each is the object a mapping file would
 * hold, so `--mapping attribution` and a file with the same YAML mean the same.
 */
import { CLAIM_KINDS, ENTITY_TYPES, NOTE_KINDS, QUOTE_KINDS } from "@claimset/schema/tables";
import { BratMapping, type BratMappingInput } from "./mapping.js";

/**
 * Attribution in the style of PARC 3.0: a Source (who), a Cue (the verb) and
 * the Content (what was said), joined by relations from the Content, or by an
 * Attribution event whose trigger is the cue. Named people and organizations
 * are annotated as Person / Organization / Location; a Source that contains
 * one of them is that entity speaking.
 */
export const ATTRIBUTION_MAPPING: BratMappingInput = {
  description: "Attribution: Source, Cue and Content, as in PARC 3.0.",
  entities: { Person: "person", Organization: "organization", Location: "location", Group: "group" },
  quotes: {
    Content: {
      kind: {
        attribute: "Type",
        values: { Direct: "direct", Indirect: "indirect", Mixed: "mixed", Partial: "mixed" },
        default: "indirect",
      },
      speaker: "Source",
      cue: "Cue",
    },
  },
  quoteEvents: { Attribution: { quote: "Content", speaker: "Source" } },
};

/**
 * Quantities in the style of MeasEval: a Quantity span (number and unit), the
 * MeasuredProperty and MeasuredEntity it belongs to, and Qualifiers, joined by
 * HasQuantity / HasProperty / Qualifies relations.
 */
export const QUANTITIES_MAPPING: BratMappingInput = {
  description: "Quantities: Quantity with its unit, MeasuredEntity, MeasuredProperty and Qualifier, as in MeasEval.",
  claims: {
    Quantity: {
      kind: { attribute: "Kind", default: "other" },
      unit: { attribute: "Unit", default: "unit" },
      measured: {
        relations: ["HasQuantity", "HasProperty"],
        entity: "MeasuredEntity",
        property: "MeasuredProperty",
      },
      qualifier: "Qualifies",
    },
  },
};

const COMPARATOR_NAMES = {
  eq: "=",
  approx: "~",
  gt: ">",
  ge: ">=",
  lt: "<",
  le: "<=",
  range: "range",
  vague: "vague",
} as const;

/** brat attribute values for claimset's comparators (brat values cannot be `=` or `<`). */
export const COMPARATOR_VALUES: Record<string, string> = Object.fromEntries(
  Object.entries(COMPARATOR_NAMES).map(([name, comparator]) => [comparator, name]),
);

/** claimset's own brat convention: what `claimset export --format brat` writes. */
export const CLAIMSET_MAPPING: BratMappingInput = {
  description: "What claimset export --format brat writes: claimset's types, relations and attributes.",
  entities: Object.fromEntries(ENTITY_TYPES.map((t) => [t, t])),
  mentionKind: { attribute: "MentionKind" },
  coreference: { equiv: true, relations: [], sameText: false },
  quotes: {
    Quote: {
      kind: { attribute: "QuoteKind", default: QUOTE_KINDS[0] },
      speaker: "Speaker",
      speakerText: "SpeakerText",
      cue: "Cue",
      addressee: "Addressee",
      parent: "Parent",
      stripQuotationMarks: false,
    },
  },
  claims: {
    Claim: {
      kind: { attribute: "ClaimKind", default: CLAIM_KINDS[0] },
      comparator: { attribute: "Comparator", values: COMPARATOR_NAMES },
      unit: { fromText: false, default: "unit" },
      qualifier: "Qualifier",
      assertedBy: "AssertedBy",
      about: "About",
    },
  },
  notes: { types: { Note: { attribute: "NoteKind", default: NOTE_KINDS[0] } }, target: "Target" },
  claimsetNotes: true,
};

/** The mappings by the name `--mapping` takes. */
export const BUILTIN_MAPPINGS = {
  attribution: ATTRIBUTION_MAPPING,
  quantities: QUANTITIES_MAPPING,
  claimset: CLAIMSET_MAPPING,
} as const;

export type BuiltinMappingName = keyof typeof BUILTIN_MAPPINGS;

/** A shipped mapping, checked and with its defaults filled in. */
export function builtinMapping(name: BuiltinMappingName): BratMapping {
  return BratMapping.parse(BUILTIN_MAPPINGS[name]);
}
