import type { Rule, RuleContext } from "./rule.js";

type Table = "entities" | "quotes" | "claims" | "notes";

function resolve(context: RuleContext, id: string, want: Table | null): string | null {
  const table = context.ids.get(id);
  if (table === undefined) {
    return context.retired.has(id) ? `"${id}" is a retired id; point to its replacement` : `no record has id "${id}"`;
  }
  if (want !== null && table !== want) return `"${id}" is in ${table}, not ${want}`;
  return null;
}

export const references: Rule = {
  name: "references",
  description:
    "Every reference resolves: quote speaker, addressee and parent; claim about.entities and assertedBy; note targets; tombstone targets.",
  check(dataset, context) {
    const issues: ReturnType<Rule["check"]> = [];
    const ref = (path: (string | number)[], recordId: string, id: string, want: Table | null) => {
      const problem = resolve(context, id, want);
      if (problem) {
        issues.push({
          rule: this.name,
          path,
          recordId,
          message: `dangling reference: ${problem}`,
          expected: want ? `an id in ${want}` : "an existing record id",
          found: JSON.stringify(id),
        });
      }
    };
    for (const [i, q] of dataset.quotes.entries()) {
      if (q.speaker !== null) ref(["quotes", i, "speaker"], q.id, q.speaker, "entities");
      if (q.addressee !== null) ref(["quotes", i, "addressee"], q.id, q.addressee, "entities");
      if (q.parent !== null) ref(["quotes", i, "parent"], q.id, q.parent, "quotes");
    }
    for (const [i, c] of dataset.claims.entries()) {
      for (const [j, id] of c.about.entities.entries())
        ref(["claims", i, "about", "entities", j], c.id, id, "entities");
      if (c.assertedBy.type === "entity") ref(["claims", i, "assertedBy", "id"], c.id, c.assertedBy.id, "entities");
      if (c.assertedBy.type === "quote") ref(["claims", i, "assertedBy", "id"], c.id, c.assertedBy.id, "quotes");
    }
    for (const [i, n] of dataset.notes.entries()) {
      for (const [j, id] of n.targets.entries()) ref(["notes", i, "targets", j], n.id, id, null);
    }
    for (const [i, r] of dataset.retired.entries()) {
      for (const [j, id] of r.to.entries()) ref(["retired", i, "to", j], r.id, id, null);
    }
    return issues;
  },
};
