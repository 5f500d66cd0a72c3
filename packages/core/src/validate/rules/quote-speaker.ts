import type { Rule } from "./rule.js";

export const quoteSpeaker: Rule = {
  name: "quote-speaker",
  description: "A quote has either a speaker or a reason why it has none, never both; parent chains do not loop.",
  check(dataset) {
    const issues: ReturnType<Rule["check"]> = [];
    const parentOf = new Map(dataset.quotes.map((q) => [q.id, q.parent]));
    for (const [i, q] of dataset.quotes.entries()) {
      if (q.speaker === null && q.noSpeakerReason === null) {
        issues.push({
          rule: this.name,
          path: ["quotes", i, "noSpeakerReason"],
          recordId: q.id,
          message: "a quote without a speaker must say why",
          expected: "a speaker id or a noSpeakerReason",
          found: "neither",
        });
      } else if (q.speaker !== null && q.noSpeakerReason !== null) {
        issues.push({
          rule: this.name,
          path: ["quotes", i, "noSpeakerReason"],
          recordId: q.id,
          message: "a quote with a speaker cannot also give a reason for having none",
          expected: "null",
          found: JSON.stringify(q.noSpeakerReason),
        });
      }
      // Walk the parent chain; it is bounded by the number of quotes.
      let steps = 0;
      for (let p = q.parent; p !== null && p !== undefined; p = parentOf.get(p) ?? null) {
        if (p === q.id || ++steps > dataset.quotes.length) {
          issues.push({
            rule: this.name,
            path: ["quotes", i, "parent"],
            recordId: q.id,
            message: "quote parent chain loops back to itself",
            expected: "a chain that ends",
            found: `loop through ${JSON.stringify(p)}`,
          });
          break;
        }
      }
    }
    return issues;
  },
};
