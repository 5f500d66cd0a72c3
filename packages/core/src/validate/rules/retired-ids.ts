import type { Rule } from "./rule.js";

export const retiredIds: Rule = {
  name: "retired-ids",
  description:
    "Tombstones are well-formed (moved → one id, split → two or more, removed → none) and never chain: they point at live records only.",
  check(dataset, context) {
    const issues: ReturnType<Rule["check"]> = [];
    const want = { moved: "exactly one id", split: "two or more ids", removed: "no ids" } as const;
    for (const [i, r] of dataset.retired.entries()) {
      const n = r.to.length;
      const ok = r.kind === "moved" ? n === 1 : r.kind === "split" ? n >= 2 : n === 0;
      if (!ok) {
        issues.push({
          rule: this.name,
          path: ["retired", i, "to"],
          recordId: r.id,
          message: `a "${r.kind}" tombstone points to the wrong number of ids`,
          expected: want[r.kind],
          found: `${n}`,
        });
      }
      for (const [j, id] of r.to.entries()) {
        if (context.retired.has(id)) {
          issues.push({
            rule: this.name,
            path: ["retired", i, "to", j],
            recordId: r.id,
            message: id === r.id ? "tombstone points to itself" : `tombstone chains to another retired id "${id}"`,
            expected: "a live record id (point straight to the final replacement)",
            found: JSON.stringify(id),
          });
        }
      }
    }
    return issues;
  },
};
