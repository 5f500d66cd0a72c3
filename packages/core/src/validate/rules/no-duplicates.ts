import type { Rule } from "./rule.js";

/**
 * A Map key for a span's offsets: one number for the offsets any real text
 * has (integers below 2^21, so start * 2^32 + end is exact), else a string.
 * A number never equals a string, so the two kinds never collide.
 */
function offsetsKey(start: number, end: number): number | string {
  return Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    end >= 0 &&
    start < 0x200000 &&
    end < 0x100000000
    ? start * 0x100000000 + end
    : `${start}:${end}`;
}

export const noDuplicates: Rule = {
  name: "no-duplicates",
  description:
    "No two records annotate the same thing twice: no two entities share a mention, no two quotes share a span, no two claims share a span and kind.",
  check(dataset) {
    const issues: ReturnType<Rule["check"]> = [];
    const mentionOwner = new Map<number | string, string>();
    const { entities, quotes, claims } = dataset;
    for (let i = 0; i < entities.length; i++) {
      const entity = entities[i]!;
      for (let j = 0; j < entity.mentions.length; j++) {
        const m = entity.mentions[j]!;
        const key = offsetsKey(m.start, m.end);
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
    const quoteOwner = new Map<number | string, string>();
    for (let i = 0; i < quotes.length; i++) {
      const quote = quotes[i]!;
      for (let j = 0; j < quote.spans.length; j++) {
        const s = quote.spans[j]!;
        const key = offsetsKey(s.start, s.end);
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
    for (let i = 0; i < claims.length; i++) {
      const claim = claims[i]!;
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
