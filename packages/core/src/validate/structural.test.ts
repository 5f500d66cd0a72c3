// The structural check may skip zod only because it never accepts what zod
// refuses and, when it accepts, zod would have returned the input unchanged.
// Both are checked here on documents built from the JSON Schema alone (valid
// ones and near misses), on generated datasets, on the hostile fixtures and
// on hand-made edge cases; the fuzz suite compares the two paths on every
// mutated dataset JSON it builds (test/fuzz/harness.ts).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as schema from "@claimset/schema";
import { Dataset } from "@claimset/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { jsonSchemaFiles } from "../../../schema/src/json-schema.js";
import * as arbitrary from "../../../schema/src/tests/json-schema-arbitraries.js";
import { arbDataset } from "../../test/properties/arbitraries.js";
import { compileFolder } from "../node/authored.js";
import { compileStructuralCheck, UnsupportedSchemaError } from "./structural.js";
import { validateDatasetWith } from "./validate.js";

const ROOT = join(import.meta.dirname, "../../../..");
const MINI = compileFolder(join(import.meta.dirname, "../../test/fixtures/mini"));
const REAL = compileFolder(join(ROOT, "datasets/north-korea-victory-day-parade"));

/**
 * Whether the structural check and zod agree on `input`: when the check
 * accepts, zod accepts and returns the input unchanged (key order and
 * prototypes included). For JSON data (what JSON.parse returns), also the
 * converse: when zod's output is the input unchanged, the check accepts, so
 * it refuses only what zod refuses or would copy differently.
 */
function agree(check: (input: unknown) => boolean, zod: z.ZodType, input: unknown, json: boolean): string | null {
  const fast = check(input);
  const parsed = zod.safeParse(input);
  if (fast && !parsed.success) return "the structural check accepted what zod refuses";
  if (!parsed.success) return null;
  if (fast) {
    try {
      expect(parsed.data).toStrictEqual(input);
    } catch {
      return "the structural check accepted what zod copies differently";
    }
    if (JSON.stringify(parsed.data) !== JSON.stringify(input)) return "zod writes its keys in another order";
  }
  if (json && !fast && JSON.stringify(parsed.data) === JSON.stringify(input))
    return "the structural check refused JSON data that zod accepts unchanged";
  return null;
}

/** A document as JSON.parse returns it: plain prototypes, the same keys in the same order. */
const asJson = (doc: unknown): unknown => JSON.parse(JSON.stringify(doc));

// Every zod schema @claimset/schema exports, the dataset first.
const SCHEMAS = Object.entries(schema as Record<string, unknown>)
  .filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType)
  .sort(([a], [b]) => (a === "Dataset" ? -1 : b === "Dataset" ? 1 : a.localeCompare(b)));

describe.each(SCHEMAS)("the structural check of %s", (name, zod) => {
  const check = compileStructuralCheck(zod);
  const json =
    name === "Dataset"
      ? jsonSchemaFiles().find((f) => f.path === "json/dataset.schema.json")!.schema
      : z.toJSONSchema(zod, { target: "draft-2020-12", unrepresentable: "throw", io: "input" });
  const runs = name === "Dataset" ? 120 : 40;

  it("accepts every document built from the JSON Schema, as zod does", () => {
    let accepted = 0;
    fc.assert(
      fc.property(arbitrary.valid(json), (doc) => {
        if (check(asJson(doc))) accepted++;
        return agree(check, zod, doc, false) === null && agree(check, zod, asJson(doc), true) === null;
      }),
      { numRuns: runs },
    );
    // Documents are built in the schema's key order, so nearly all must pass.
    expect(accepted).toBeGreaterThan(runs * 0.9);
  });

  it("agrees with zod on every document one mutation away from a valid one", () => {
    let refused = 0;
    fc.assert(
      fc.property(arbitrary.nearMiss(json), (doc) => {
        if (!check(asJson(doc))) refused++;
        return agree(check, zod, doc, false) === null && agree(check, zod, asJson(doc), true) === null;
      }),
      { numRuns: runs * 3 },
    );
    expect(refused).toBeGreaterThan(runs * 1.5);
  });
});

/** Both ways of checking the structure give the same result: same verdict, issues and dataset, key for key. */
function samePaths(input: unknown): void {
  const fast = validateDatasetWith(structuredCloneOrSelf(input), {}, "structural");
  const zod = validateDatasetWith(structuredCloneOrSelf(input), {}, "zod");
  expect(fast.ok).toBe(zod.ok);
  expect(fast.issues).toEqual(zod.issues);
  if (fast.ok && zod.ok) {
    expect(fast.dataset).toStrictEqual(zod.dataset);
    expect(JSON.stringify(fast.dataset)).toBe(JSON.stringify(zod.dataset));
  }
}

function structuredCloneOrSelf(input: unknown): unknown {
  try {
    return structuredClone(input);
  } catch {
    return input;
  }
}

describe("validateDataset with and without the structural check", () => {
  it("gives the same result for generated datasets, as built and as JSON", () => {
    fc.assert(
      fc.property(arbDataset(), (dataset) => {
        samePaths(dataset);
        samePaths(JSON.parse(JSON.stringify(dataset)));
      }),
      { numRuns: 40 },
    );
  });

  it("takes the fast path for the seed and the mini fixture as written to dataset.json", () => {
    const check = compileStructuralCheck(Dataset);
    for (const dataset of [MINI, REAL]) {
      const json = JSON.parse(JSON.stringify(dataset));
      expect(check(json)).toBe(true);
      samePaths(json);
    }
  });

  it("gives the same result for every hostile JSON fixture", () => {
    const dir = join(ROOT, "fixtures/hostile");
    const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      let input: unknown;
      try {
        input = JSON.parse(readFileSync(join(dir, file), "utf8"));
      } catch {
        continue;
      }
      samePaths(input);
    }
  });

  it("gives the same result on the edge cases JSON cannot write but JavaScript can", () => {
    const base = () => JSON.parse(JSON.stringify(MINI));
    const cases: [string, (d: Record<string, unknown>) => unknown][] = [
      ["keys out of the schema's order", ({ schemaVersion, ...rest }) => ({ ...rest, schemaVersion })],
      ["an unknown key", (d) => ({ ...d, extra: 1 })],
      ["an inherited key", (d) => Object.assign(Object.create({ extra: 1 }), d)],
      ["a class instance", (d) => Object.assign(new (class Data {})(), d)],
      ["an object without a prototype", (d) => Object.assign(Object.create(null), d)],
      ["an optional key present as undefined", (d) => ({ ...d, machineDrafted: undefined })],
      ["an optional key present as true", (d) => ({ ...d, machineDrafted: true })],
      ["an array subclass", (d) => ({ ...d, retired: new (class List extends Array {})() })],
      ["a sparse table", (d) => ({ ...d, notes: sparse(d.notes as unknown[]) })],
      ["NaN for an offset", (d) => withFirstMention(d, { start: Number.NaN })],
      ["Infinity for an offset", (d) => withFirstMention(d, { end: Number.POSITIVE_INFINITY })],
      ["-0 for an offset", (d) => withFirstMention(d, { start: -0 })],
      ["a fractional offset", (d) => withFirstMention(d, { end: 2.5 })],
      ["an unsafe integer", (d) => withFirstMention(d, { end: 2 ** 53 })],
      ["a number as text", (d) => withFirstMention(d, { text: 5 })],
      ["a String object", (d) => ({ ...d, id: new String(d.id) })],
      ["an id of 120 astral characters", (d) => ({ ...d, id: "𝔸".repeat(120) })],
      ["a name of one astral character", (d) => withFirstEntity(d, { name: "😀" })],
      ["a name of one lone surrogate", (d) => withFirstEntity(d, { name: "\ud800" })],
      ["an empty name", (d) => withFirstEntity(d, { name: "" })],
      ["an assertedBy of an unknown type", (d) => withFirstClaim(d, { assertedBy: { type: "rumour" } })],
      ["an assertedBy without its id", (d) => withFirstClaim(d, { assertedBy: { type: "entity" } })],
      ["a null dataset", () => null],
      ["an array", () => []],
    ];
    for (const [name, make] of cases) {
      const input = make(base());
      const fast = validateDatasetWith(input, {}, "structural");
      const zod = validateDatasetWith(input, {}, "zod");
      expect(fast.ok, name).toBe(zod.ok);
      expect(fast.issues, name).toEqual(zod.issues);
      if (fast.ok && zod.ok) expect(JSON.stringify(fast.dataset), name).toBe(JSON.stringify(zod.dataset));
      const check = compileStructuralCheck(Dataset);
      expect(agree(check, Dataset, input, false), name).toBeNull();
    }
  });

  it("refuses to compile a schema it would not check exactly", () => {
    expect(() => compileStructuralCheck(z.object({ a: z.string() }))).toThrow(UnsupportedSchemaError);
    expect(() => compileStructuralCheck(z.string().transform((s) => s.length))).toThrow(UnsupportedSchemaError);
    expect(() => compileStructuralCheck(z.union([z.string(), z.number()]))).toThrow(UnsupportedSchemaError);
    expect(() => compileStructuralCheck(z.string().default("x"))).toThrow(UnsupportedSchemaError);
  });

  it("hands a check it does not inline to zod, with zod's rule", () => {
    const check = compileStructuralCheck(z.string().refine((s) => s.startsWith("𝔸")));
    expect(check("𝔸 yes")).toBe(true);
    expect(check("no")).toBe(false);
    const emails = compileStructuralCheck(z.email());
    expect(emails("a@example.com")).toBe(true);
    expect(emails("not an email")).toBe(false);
  });
});

/** `items` after one empty slot. */
function sparse(items: readonly unknown[]): unknown[] {
  const out = new Array<unknown>(items.length + 1);
  items.forEach((item, i) => {
    out[i + 1] = item;
  });
  return out;
}

function withFirst(d: Record<string, unknown>, table: string, change: Record<string, unknown>): unknown {
  const rows = d[table] as Record<string, unknown>[];
  return { ...d, [table]: [{ ...rows[0], ...change }, ...rows.slice(1)] };
}
function withFirstEntity(d: Record<string, unknown>, change: Record<string, unknown>): unknown {
  return withFirst(d, "entities", change);
}
function withFirstClaim(d: Record<string, unknown>, change: Record<string, unknown>): unknown {
  return withFirst(d, "claims", change);
}
function withFirstMention(d: Record<string, unknown>, change: Record<string, unknown>): unknown {
  const entities = d.entities as { mentions: Record<string, unknown>[] }[];
  const first = entities[0]!;
  return withFirstEntity(d, { mentions: [{ ...first.mentions[0], ...change }, ...first.mentions.slice(1)] });
}
