// Properties of whole datasets: generated datasets validate, diffs are consistent with their inputs and
// their level is monotone, and every export round-trips.
import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DIFF_TABLES, diffDatasets } from "../../src/diff/diff.js";
import { compareLevels } from "../../src/diff/level.js";
import { datasetsFromFlatRows, type FlatRow, flatRows } from "../../src/export/flat/rows.js";
import { EXPORT_TABLES, fromCsv, fromJsonl, toCsv, toJsonl } from "../../src/export/tables.js";
import { toWebAnnotations } from "../../src/export/web-annotation.js";
import { compileFolder } from "../../src/node/authored.js";
import { canonicalJson } from "../../src/text/canonical.js";
import { createOffsetConverter } from "../../src/text/offsets.js";
import { validateDataset } from "../../src/validate/validate.js";
import { arbDataset, arbField, mulberry32 } from "./arbitraries.js";

const REAL_DIR = join(import.meta.dirname, "../../../../datasets/north-korea-victory-day-parade");
const MINI_DIR = join(import.meta.dirname, "../fixtures/mini");
const compiled = { mini: compileFolder(MINI_DIR), real: compileFolder(REAL_DIR) };

/** A generated dataset, or one of the two real ones. */
const arbAnyDataset: fc.Arbitrary<Dataset> = fc.oneof(
  { weight: 4, arbitrary: arbDataset() },
  { weight: 1, arbitrary: fc.constantFrom(compiled.mini, compiled.real).map((d) => structuredClone(d)) },
);

describe("generated datasets", () => {
  it("pass every rule", () => {
    fc.assert(
      fc.property(arbDataset(), (dataset) => {
        const result = validateDataset(dataset);
        expect(result.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

type Table = (typeof DIFF_TABLES)[number];
type AnyRecord = { id: string } & Record<string, unknown>;
const ids = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();

/** Edits `a` at random (seeded): removes records, adds renamed copies, changes names and notes. */
function edit(a: Dataset, seed: number, extra: string): Dataset {
  const rng = mulberry32(seed);
  const b = structuredClone(a);
  for (const table of DIFF_TABLES) {
    const rows = b[table] as unknown as AnyRecord[];
    const kept = rows.filter(() => rng() >= 0.15);
    if (table !== "retired" && rows.length && rng() < 0.3) {
      const copy = structuredClone(rows[Math.floor(rng() * rows.length)] as AnyRecord);
      copy.id = `${copy.id}-copy-${Math.floor(rng() * 1000)}`;
      kept.push(copy);
    }
    for (const row of kept) {
      if (rng() < 0.15 && typeof row.name === "string") row.name = `${row.name}${extra}`;
      if (rng() < 0.15 && typeof row.text === "string") row.text = `${row.text}${extra}`;
    }
    (b as unknown as Record<Table, AnyRecord[]>)[table] = kept;
  }
  return b;
}

describe("diffDatasets", () => {
  it("finds nothing between a dataset and itself (or a copy)", () => {
    fc.assert(
      fc.property(arbAnyDataset, (a) => {
        for (const b of [a, structuredClone(a)]) {
          const diff = diffDatasets(a, b);
          expect(diff.level).toBe("none");
          expect(diff.reasons).toEqual([]);
          expect(diff.source).toBeNull();
          for (const table of DIFF_TABLES) expect(diff.tables[table]).toEqual({ added: [], removed: [], changed: [] });
        }
      }),
      { numRuns: 100 },
    );
  });

  it("lists as added, removed and changed exactly the ids that are", () => {
    fc.assert(
      fc.property(arbAnyDataset, fc.integer(), arbField(1), (a, seed, extra) => {
        const b = edit(a, seed, extra);
        const diff = diffDatasets(a, b);
        for (const table of DIFF_TABLES) {
          const before = new Map((a[table] as readonly AnyRecord[]).map((r) => [r.id, r]));
          const after = new Map((b[table] as readonly AnyRecord[]).map((r) => [r.id, r]));
          const t = diff.tables[table];
          expect(ids(t.added)).toEqual([...after.keys()].filter((id) => !before.has(id)).sort());
          expect(ids(t.removed)).toEqual([...before.keys()].filter((id) => !after.has(id)).sort());
          const differing = [...after.keys()].filter(
            (id) => before.has(id) && canonicalJson(before.get(id)) !== canonicalJson(after.get(id)),
          );
          expect(ids(t.changed)).toEqual(differing.sort());
          // Added records are b's own objects, removed ones a's.
          for (const r of t.added) expect(after.get(r.id)).toBe(r);
          for (const r of t.removed) expect(before.get(r.id)).toBe(r);
        }
        const removed = DIFF_TABLES.some((t) => diff.tables[t].removed.length > 0);
        const added = DIFF_TABLES.some((t) => diff.tables[t].added.length > 0);
        if (removed) expect(diff.level).toBe("major");
        else if (added) expect(compareLevels(diff.level, "minor")).toBeGreaterThanOrEqual(0);
        // The level is the highest level of any reason.
        const highest = diff.reasons.reduce<string>(
          (max, r) => (compareLevels(r.level, max as never) > 0 ? r.level : max),
          "none",
        );
        expect(diff.level).toBe(highest);
      }),
      { numRuns: 150 },
    );
  });

  it("is monotone: removing one more record never lowers the level, and makes it major", () => {
    fc.assert(
      fc.property(arbAnyDataset, fc.integer(), fc.nat(), arbField(1), (a, seed, pick, extra) => {
        const b = edit(a, seed, extra);
        const level = diffDatasets(a, b).level;
        const shared = DIFF_TABLES.flatMap((table) =>
          (b[table] as readonly AnyRecord[])
            .filter((r) => (a[table] as readonly AnyRecord[]).some((x) => x.id === r.id))
            .map((r) => ({ table, id: r.id })),
        );
        fc.pre(shared.length > 0);
        const victim = shared[pick % shared.length] as { table: Table; id: string };
        const fewer = structuredClone(b);
        (fewer as unknown as Record<Table, AnyRecord[]>)[victim.table] = (
          fewer[victim.table] as unknown as AnyRecord[]
        ).filter((r) => r.id !== victim.id);
        const after = diffDatasets(a, fewer).level;
        expect(compareLevels(after, level)).toBeGreaterThanOrEqual(0);
        expect(after).toBe("major");
      }),
      { numRuns: 150 },
    );
  });
});

describe("exports round-trip", () => {
  it("CSV and JSONL give back every row of every table, and the rows every record", () => {
    fc.assert(
      fc.property(arbAnyDataset, (dataset) => {
        const read: Record<string, FlatRow[]> = {};
        for (const table of EXPORT_TABLES) {
          const rows = JSON.parse(JSON.stringify(flatRows(dataset, table)));
          expect(fromJsonl(toJsonl(dataset, table))).toEqual(rows);
          const fromTable = fromCsv(table, toCsv(dataset, table));
          expect(fromTable).toEqual(rows);
          read[table] = fromTable;
          // Spreadsheet-safe output reads back the same, with the option.
          expect(fromCsv(table, toCsv(dataset, table, { spreadsheetSafe: true }), { spreadsheetSafe: true })).toEqual(
            rows,
          );
        }
        expect(datasetsFromFlatRows(read)).toEqual([JSON.parse(JSON.stringify(dataset))]);
      }),
      { numRuns: 200 },
    );
  });

  it("Web Annotation selectors resolve back to exactly the dataset's spans", () => {
    fc.assert(
      fc.property(arbAnyDataset, fc.integer({ min: 0, max: 40 }), (dataset, context) => {
        const text = dataset.source.text;
        const convert = createOffsetConverter(text);
        const collection = toWebAnnotations(dataset, { context });
        const found: string[] = [];
        for (const annotation of collection.first.items) {
          if (typeof annotation.target === "string" || Array.isArray(annotation.target)) continue;
          const [position, quote] = annotation.target.selector;
          const start = convert.toUtf16(position.start);
          const end = convert.toUtf16(position.end);
          expect(text.slice(start, end)).toBe(quote.exact);
          // The quote selector's context is the text right around the span, never half a pair.
          const prefix = quote.prefix ?? "";
          const suffix = quote.suffix ?? "";
          expect(text.slice(start - prefix.length, start)).toBe(prefix);
          expect(text.slice(end, end + suffix.length)).toBe(suffix);
          expect(prefix.length).toBeLessThanOrEqual(context);
          expect(suffix.length).toBeLessThanOrEqual(context);
          expect(() => encodeURIComponent(prefix + quote.exact + suffix)).not.toThrow();
          found.push(`${start}:${end}:${quote.exact}`);
        }
        const spans = [
          ...dataset.entities.flatMap((e) => e.mentions),
          ...dataset.quotes.flatMap((q) => q.spans),
          ...dataset.claims.map((c) => c.span),
          ...dataset.notes.flatMap((n) => (n.span ? [n.span] : [])),
        ].map((s) => `${s.start}:${s.end}:${s.text}`);
        expect(found.sort()).toEqual(spans.sort());
        expect(collection.total).toBe(collection.first.items.length);
      }),
      { numRuns: 200 },
    );
  });
});
