import * as z from "zod";
import { EntityId, WikidataId } from "./ids.js";
import { recordFields } from "./record.js";
import { Span } from "./span.js";

/** What kind of thing an entity is. */
export const EntityType = z
  .enum([
    "person",
    "organization",
    "location",
    "facility",
    "event",
    "artifact",
    "weapon",
    "military-unit",
    "media-outlet",
    "group",
    "other",
  ])
  .describe(
    "person; organization; location (countries, regions, cities, villages: geopolitical or physical places); facility (a named building or square); event; artifact; weapon; military-unit; media-outlet; group (nationalities and collectives, e.g. 'North Koreans'); other.",
  );

/** How a mention refers to its entity. */
export const MentionKind = z
  .enum(["named", "nominal", "pronominal"])
  .describe(
    "named: by name ('Putin'); nominal: by a description ('the mad dictator'); pronominal: by a pronoun ('he').",
  );

export const Mention = Span.extend({
  kind: MentionKind,
})
  .strict()
  .describe("One place where the text refers to the entity.");

export const Entity = z
  .object({
    id: EntityId,
    name: z.string().min(1).describe("Canonical display name (e.g. 'Vladimir Putin')."),
    type: EntityType,
    aliases: z.array(z.string().min(1)).describe("Other names the text or common usage gives the entity, for lookup."),
    wikidata: WikidataId.nullable().describe("Wikidata QID, only where the identification is certain; otherwise null."),
    description: z.string().nullable().describe("One line saying who or what this is, or null."),
    mentions: z.array(Mention).describe("Every mention in the text, in text order."),
    ...recordFields,
  })
  .strict()
  .describe("A named person, organization, place, event, artifact, weapon, unit, outlet or group, with every mention.");

export type EntityType = z.infer<typeof EntityType>;
export type MentionKind = z.infer<typeof MentionKind>;
export type Mention = z.infer<typeof Mention>;
export type Entity = z.infer<typeof Entity>;
