import type { Rule } from "./rule.js";

export const entityMentions: Rule = {
  name: "entity-mentions",
  description: "Every entity has at least one mention; an entity's mentions are in text order and never overlap.",
  check(dataset) {
    const issues: ReturnType<Rule["check"]> = [];
    for (const [i, entity] of dataset.entities.entries()) {
      if (entity.mentions.length === 0) {
        issues.push({
          rule: this.name,
          path: ["entities", i, "mentions"],
          recordId: entity.id,
          message: "entity has no mention in the text",
          expected: "at least one mention",
          found: "none",
        });
        continue;
      }
      for (let j = 1; j < entity.mentions.length; j++) {
        const prev = entity.mentions[j - 1]!;
        const cur = entity.mentions[j]!;
        if (cur.start < prev.end) {
          const overlap = cur.start >= prev.start;
          issues.push({
            rule: this.name,
            path: ["entities", i, "mentions", j],
            recordId: entity.id,
            message: overlap
              ? "mention overlaps the previous mention of the same entity"
              : "mentions are not in text order",
            expected: `start >= ${prev.end}`,
            found: `start ${cur.start} (${JSON.stringify(cur.text)} after ${JSON.stringify(prev.text)})`,
          });
        }
      }
    }
    return issues;
  },
};
