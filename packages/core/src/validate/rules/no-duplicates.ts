import type { Rule } from "./rule.js";

export const noDuplicates: Rule = {
  name: "no-duplicates",
  description:
    "No two records annotate the same thing twice: no two entities share a mention, no two quotes share a span, no two claims share a span and kind.",
  check(dataset) {
    const issues: ReturnType<Rule["check"]> = [];
    const mentionOwner = new Map<string, string>();
    for (const [i, entity] of dataset.entities.entries()) {
      for (const [j, m] of entity.mentions.entries()) {
        const key = `${m.start}:${m.end}`;
        const owner = mentionOwner.get(key);
        if (owner !== undefined && owner !== entity.id) {
          issues.push({
            rule: this.name,
            path: ["entities", i, "mentions", j],
            recordId: entity.id,
            message: `mention ${JSON.stringify(m.text)} at ${m.start} is also a mention of "${owner}"`,
            expected: "each mention assigned to one entity",
            found: `entities "${owner}" and "${entity.id}"`,
          });
        } else mentionOwner.set(key, entity.id);
      }
    }
    const quoteOwner = new Map<string, string>();
    for (const [i, quote] of dataset.quotes.entries()) {
      for (const [j, s] of quote.spans.entries()) {
        const key = `${s.start}:${s.end}`;
        const owner = quoteOwner.get(key);
        if (owner !== undefined && owner !== quote.id) {
          issues.push({
            rule: this.name,
            path: ["quotes", i, "spans", j],
            recordId: quote.id,
            message: `quote span at ${s.start}..${s.end} is also a span of "${owner}"`,
            expected: "each quoted stretch annotated once",
            found: `quotes "${owner}" and "${quote.id}"`,
          });
        } else quoteOwner.set(key, quote.id);
      }
    }
    const claimOwner = new Map<string, string>();
    for (const [i, claim] of dataset.claims.entries()) {
      const key = `${claim.span.start}:${claim.span.end}:${claim.kind}`;
      const owner = claimOwner.get(key);
      if (owner !== undefined) {
        issues.push({
          rule: this.name,
          path: ["claims", i, "span"],
          recordId: claim.id,
          message: `claim duplicates "${owner}" (same span and kind)`,
          expected: "each number annotated once per kind",
          found: `claims "${owner}" and "${claim.id}"`,
        });
      } else claimOwner.set(key, claim.id);
    }
    return issues;
  },
};
