import {
  fieldApplies,
  type RecordTableName,
  type ReferenceField,
  TABLE_DESCRIPTIONS,
  TABLES,
  valueAt,
} from "@claimset/schema/tables";
import { didYouMean } from "../../errors/suggest.js";
import type { Rule, RuleContext } from "./rule.js";

function resolve(context: RuleContext, id: string, want: RecordTableName | null): string | null {
  const table = context.ids.get(id);
  if (table === undefined) {
    return context.retired.has(id) ? `"${id}" is a retired id; point to its replacement` : `no record has id "${id}"`;
  }
  if (want !== null && table !== want) return `"${id}" is in ${table}, not ${want}`;
  return null;
}

// Pure: a bundle that never validates drops it (and the table description with it).
const REFERENCES = /* @__PURE__ */ (() =>
  TABLES.map((table) => ({ table, fields: TABLE_DESCRIPTIONS[table].references })).filter(
    (t) => t.fields.length > 0,
  ))();

const REFERENCE_FIELDS = /* @__PURE__ */ (() => {
  const names = REFERENCES.flatMap(({ table, fields }) =>
    fields.map((f: ReferenceField) => `${table}.${f.path.join(".")}${f.list ? "[]" : ""}`),
  );
  return [...new Set(names)].join(", ");
})();

export const references: Rule = {
  name: "references",
  description: `Every reference resolves to a live record of the right table: ${REFERENCE_FIELDS}.`,
  check(dataset, context) {
    const issues: ReturnType<Rule["check"]> = [];
    /** The replacement of a retired id, else the live ids of the right table nearest to what was written. */
    const hintFor = (id: string, want: RecordTableName | null): string | undefined => {
      const retired = context.retired.get(id);
      const to = retired === undefined ? [] : (dataset.retired[retired]?.to ?? []);
      if (to.length === 1) return `point to ${JSON.stringify(to[0])}, which replaced it`;
      if (to.length > 1) return `point to one of ${to.map((id) => JSON.stringify(id)).join(", ")}, which replaced it`;
      const candidates: string[] = [];
      for (const [candidate, table] of context.ids) if (want === null || table === want) candidates.push(candidate);
      return didYouMean(id, candidates);
    };
    const ref = (path: (string | number)[], recordId: string, id: string, want: RecordTableName | null) => {
      const problem = resolve(context, id, want);
      if (problem) {
        const hint = hintFor(id, want);
        issues.push({
          rule: this.name,
          path,
          recordId,
          message: `dangling reference: ${problem}`,
          expected: want ? `an id in ${want}` : "an existing record id",
          found: JSON.stringify(id),
          ...(hint ? { hint } : {}),
        });
      }
    };
    for (const { table, fields } of REFERENCES) {
      const records = dataset[table] as readonly { id: string }[];
      for (let i = 0; i < records.length; i++) {
        const record = records[i]!;
        for (const field of fields) {
          if (!fieldApplies(field, record)) continue;
          const value = valueAt(record, field.path);
          if (value === null || value === undefined) continue;
          if (field.list) {
            (value as readonly string[]).forEach((id, j) => {
              ref([table, i, ...field.path, j], record.id, id, field.to);
            });
          } else ref([table, i, ...field.path], record.id, value as string, field.to);
        }
      }
    }
    return issues;
  },
};
