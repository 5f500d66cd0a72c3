import * as z from "zod";
import { idPrefixes, TABLE_DESCRIPTIONS, type TableName } from "./tables.js";

const KEBAB = "[a-z0-9]+(?:-[a-z0-9]+)*";

/** Any record id: lowercase kebab-case, stable across releases, cited by consumers. */
export const RecordId = z
  .string()
  .max(120)
  .regex(new RegExp(`^${KEBAB}$`))
  .describe("A stable record id: lowercase kebab-case. Ids are public API: consumers cite them.");

/** The id pattern of a table with a prefix of its own: `^q-…$`. */
function prefixed(table: TableName): RegExp {
  // Prefixes are kebab-case letters and hyphens, which a pattern takes as they are.
  return new RegExp(`^${TABLE_DESCRIPTIONS[table].idPrefix ?? ""}${KEBAB}$`);
}

/** An entity id: kebab-case and not starting with a prefix reserved for another table. */
export const EntityId = z
  .string()
  .max(120)
  .regex(new RegExp(`^(?!${idPrefixes().join("|")})${KEBAB}$`))
  .describe(
    "Entity id: kebab-case, without the q-, n- or note- prefixes reserved for other tables (e.g. `vladimir-putin`).",
  );

export const QuoteId = z
  .string()
  .max(120)
  .regex(prefixed("quotes"))
  .describe("Quote id: `q-` followed by kebab-case (e.g. `q-leopard-meat-grinder`).");

export const ClaimId = z
  .string()
  .max(120)
  .regex(prefixed("claims"))
  .describe("Numeric claim id: `n-` followed by kebab-case (e.g. `n-russian-casualties`).");

export const NoteId = z
  .string()
  .max(120)
  .regex(prefixed("notes"))
  .describe("Editorial note id: `note-` followed by kebab-case.");

export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe("A SHA-256 digest as 64 lowercase hexadecimal characters.");

// Patterns spell digits [0-9], never \d: the JSON Schema is read by validators
// in other languages, and Python's re (jsonschema) reads \d as any Unicode digit.
export const SemVer = z
  .string()
  .max(256)
  .regex(/^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/)
  .describe("A semantic version, e.g. `1.2.0`.");

export const WikidataId = z
  .string()
  .regex(/^Q[1-9][0-9]*$/)
  .describe("A Wikidata item id (QID), e.g. `Q56226`.");

export type RecordId = z.infer<typeof RecordId>;
export type EntityId = z.infer<typeof EntityId>;
export type QuoteId = z.infer<typeof QuoteId>;
export type ClaimId = z.infer<typeof ClaimId>;
export type NoteId = z.infer<typeof NoteId>;
