import { TABLES } from "@claimset/schema/tables";
import type { Rule } from "./rule.js";

export const uniqueIds: Rule = {
  name: "unique-ids",
  description: "Record ids are unique across all tables, and no live record reuses a retired id.",
  check(dataset) {
    const issues: ReturnType<Rule["check"]> = [];
    const seen = new Map<string, string>();
    // Tombstones come last, so a live record and a tombstone with one id report the tombstone.
    for (const table of TABLES) {
      for (const [i, record] of dataset[table].entries()) {
        const first = seen.get(record.id);
        if (first !== undefined) {
          issues.push({
            rule: this.name,
            path: [table, i, "id"],
            recordId: record.id,
            message: table === "retired" ? "a retired id is still in use" : "duplicate id",
            expected: "an id used once",
            found: `also at ${first}`,
          });
        } else {
          seen.set(record.id, `${table}[${i}]`);
        }
      }
    }
    return issues;
  },
};
