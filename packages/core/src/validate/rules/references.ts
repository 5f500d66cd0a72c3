import {
  fieldApplies,
  type RecordTableName,
  type ReferenceField,
  TABLE_DESCRIPTIONS,
  TABLES,
  valueAt,
} from "@claimset/schema/tables";
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
    const ref = (path: (string | number)[], recordId: string, id: string, want: RecordTableName | null) => {
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
