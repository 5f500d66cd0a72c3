import type { Entity, Mention } from "@claimset/schema";
import { anchorFor, formatAnchor } from "../anchor-hint.js";
import type { LintIssue } from "../issue.js";
import type { LintContext, LintRule } from "../rule.js";

const named = (entity: Entity) => entity.mentions.some((m) => m.kind === "named");

/** The phrase that names an unnamed source best for a claim: its last nominal mention before the claim, else its first. */
function namingMention(entity: Entity, before: number): Mention | undefined {
  const nominal = entity.mentions.filter((m) => m.kind === "nominal");
  return nominal.filter((m) => m.start < before).pop() ?? nominal[0];
}

function unnamedHint(context: LintContext, entity: Entity, claimStart: number): string {
  const mention = namingMention(entity, claimStart);
  if (!mention) return `cite it as assertedBy: { unnamed: <the phrase that names the source> }`;
  const paragraph = context.paragraph(context.paragraphAt(claimStart));
  const anchor = anchorFor(context.article, mention, paragraph);
  const written = anchor ? formatAnchor(anchor) : JSON.stringify(mention.text);
  return `write assertedBy: { unnamed: ${written} }, the phrase that names the source; readers reach "${entity.id}" through its mention there`;
}

/**
 * `assertedBy` takes the form its source calls for: `entity` for a source
 * the text names, `unnamed` with the phrase that describes an unnamed one.
 * An unnamed source may have its own entity record; the span then points
 * at the mention that names it (not at a pronoun), and the entity is
 * reached through that mention.
 */
export const assertedByForm: LintRule = {
  name: "asserted-by-form",
  description:
    "A claim's assertedBy uses `entity` only for sources the text names, and `unnamed` (pointing at the phrase that names the source, not a pronoun) for the others.",
  scope: "claims",
  convention: false,
  followers(context) {
    const entities = new Map(context.dataset.entities.map((e) => [e.id, e]));
    return context.dataset.claims
      .filter((c) => {
        const by = c.assertedBy;
        if (by.type === "entity") return entities.has(by.id) && named(entities.get(by.id) as Entity);
        return by.type === "unnamed";
      })
      .map((c) => c.id);
  },
  check(context) {
    const { dataset } = context;
    const issues: LintIssue[] = [];
    const entities = new Map(dataset.entities.map((e) => [e.id, e]));
    // Who each mention belongs to, by its offsets: an unnamed source's span may be one.
    const mentionAt = new Map<string, { entity: Entity; mention: Mention }>();
    for (const entity of dataset.entities)
      for (const mention of entity.mentions) mentionAt.set(`${mention.start}:${mention.end}`, { entity, mention });

    for (const claim of dataset.claims) {
      const by = claim.assertedBy;
      if (by.type === "entity") {
        const entity = entities.get(by.id);
        if (!entity || named(entity)) continue;
        issues.push(
          context.recordIssue(this.name, "claims", claim.id, ["assertedBy"], {
            message: `"${entity.id}" is not named in the text (its mentions are all nominal or pronominal), so it is an unnamed source`,
            expected: "assertedBy: { unnamed: <phrase> } for an unnamed source",
            found: `assertedBy: { entity: ${entity.id} }`,
            hint: unnamedHint(context, entity, claim.span.start),
          }),
        );
      } else if (by.type === "unnamed") {
        const owner = mentionAt.get(`${by.span.start}:${by.span.end}`);
        if (!owner) continue;
        if (named(owner.entity)) {
          issues.push(
            context.recordIssue(
              this.name,
              "claims",
              claim.id,
              ["assertedBy"],
              {
                message: `the source "${by.span.text}" is a mention of "${owner.entity.id}", which the text names`,
                expected: `assertedBy: { entity: ${owner.entity.id} }`,
                found: `assertedBy: { unnamed: ${JSON.stringify(by.span.text)} }`,
                hint: `write assertedBy: { entity: ${owner.entity.id} }`,
              },
              ["assertedBy", "unnamed"],
            ),
          );
        } else if (owner.mention.kind === "pronominal") {
          issues.push(
            context.recordIssue(
              this.name,
              "claims",
              claim.id,
              ["assertedBy", "span"],
              {
                message: `the unnamed source's span is the pronoun "${by.span.text}", not the phrase that names the source`,
                expected: `a nominal mention of "${owner.entity.id}"`,
                found: `the pronominal mention "${by.span.text}" at ${by.span.start}`,
                hint: unnamedHint(context, owner.entity, claim.span.start),
              },
              ["assertedBy", "unnamed"],
            ),
          );
        }
      }
    }
    return issues;
  },
};
