import * as z from "zod";

const KEBAB = "[a-z0-9]+(?:-[a-z0-9]+)*";

/** Prefixes that mark the table a record id belongs to. */
export const ID_PREFIX = { quote: "q-", claim: "n-", note: "note-" } as const;

/** Any record id: lowercase kebab-case, stable across releases, cited by consumers. */
export const RecordId = z
  .string()
  .max(120)
  .regex(new RegExp(`^${KEBAB}$`))
  .describe("A stable record id: lowercase kebab-case. Ids are public API: consumers cite them.");

/** An entity id: kebab-case and not starting with a prefix reserved for another table. */
export const EntityId = z
  .string()
  .max(120)
  .regex(new RegExp(`^(?!q-|n-|note-)${KEBAB}$`))
  .describe(
    "Entity id: kebab-case, without the q-, n- or note- prefixes reserved for other tables (e.g. `vladimir-putin`).",
  );

export const QuoteId = z
  .string()
  .max(120)
  .regex(new RegExp(`^q-${KEBAB}$`))
  .describe("Quote id: `q-` followed by kebab-case (e.g. `q-leopard-meat-grinder`).");

export const ClaimId = z
  .string()
  .max(120)
  .regex(new RegExp(`^n-${KEBAB}$`))
  .describe("Numeric claim id: `n-` followed by kebab-case (e.g. `n-russian-casualties`).");

export const NoteId = z
  .string()
  .max(120)
  .regex(new RegExp(`^note-${KEBAB}$`))
  .describe("Editorial note id: `note-` followed by kebab-case.");

export const Sha256 = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe("A SHA-256 digest as 64 lowercase hexadecimal characters.");

export const SemVer = z
  .string()
  .max(256)
  .regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/)
  .describe("A semantic version, e.g. `1.2.0`.");

export type RecordId = z.infer<typeof RecordId>;
export type EntityId = z.infer<typeof EntityId>;
export type QuoteId = z.infer<typeof QuoteId>;
export type ClaimId = z.infer<typeof ClaimId>;
export type NoteId = z.infer<typeof NoteId>;
