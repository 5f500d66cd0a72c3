import { SCHEMA_VERSION } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { DatasetValidationError } from "../../errors/errors.js";
import { formatIssue } from "../../errors/issue.js";
import { loadDataset, validateDataset } from "../validate.js";
import { mini, rehash } from "./fixture.js";

describe("loadDataset", () => {
  it("returns the typed dataset when valid", () => {
    expect(loadDataset(mini()).id).toBe("mini");
  });

  it("throws one error listing every schema problem with path, record id, expected and found", () => {
    // biome-ignore lint/suspicious/noExplicitAny: the test breaks the data on purpose
    const d = mini() as unknown as Record<string, any>;
    d.quotes[1].kind = "rumour";
    d.claims[0].value = "12,000";
    d.entities[0].extra = true;
    let error: unknown;
    try {
      loadDataset(d, { source: "mini.json" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DatasetValidationError);
    const issues = (error as DatasetValidationError).issues;
    expect(issues).toHaveLength(3);
    expect(issues.map((i) => i.recordId).sort()).toEqual(["colonel", "n-first-time", "q-meat-grinder"]);
    const kind = issues.find((i) => i.path.join(".") === "quotes.1.kind")!;
    expect(kind.expected).toMatch(/"direct"/);
    expect(kind.found).toBe('"rumour"');
    expect((error as Error).message).toMatch(/^mini.json: invalid dataset: 3 problems/);
    expect(formatIssue(kind)).toMatch(/^quotes\[1\]\.kind \(q-meat-grinder\) \[schema\]:/);
  });

  it("says an upgrade is the fix when the dataset is in a newer format than the reader's", () => {
    const [major, minor] = SCHEMA_VERSION.split(".").map(Number);
    const newer = { ...mini(), schemaVersion: `${major}.${minor! + 1}.0`, addedLater: true };
    const result = validateDataset(newer);
    expect(result.issues[0]).toMatchObject({ rule: "schema-version", hint: expect.stringContaining("upgrade") });
    expect(result.issues.some((i) => i.rule === "schema")).toBe(true);
    // The same mistake in a dataset of a known format is only a schema problem.
    expect(validateDataset({ ...mini(), addedLater: true }).issues.map((i) => i.rule)).toEqual(["schema"]);
  });

  it("refuses wrong top-level types clearly", () => {
    for (const input of [null, [], "dataset", 42]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
      expect(result.issues[0]).toMatchObject({ rule: "schema", path: [] });
    }
  });

  it("enforces the record limit before parsing, and a table exactly at the limit passes", () => {
    const d = mini();
    const result = validateDataset(d, { maxRecords: 2 });
    expect(result.issues).toEqual([
      expect.objectContaining({ rule: "max-records", path: ["entities"], found: "3 records", expected: "at most 2" }),
    ]);
    const largest = Math.max(
      ...(["entities", "quotes", "claims", "notes", "retired"] as const).map((t) => d[t].length),
    );
    expect(validateDataset(d, { maxRecords: largest }).ok).toBe(true);
    expect(validateDataset(d, { maxRecords: largest - 1 }).ok).toBe(false);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: the tests break the data on purpose
const broken = (edit: (d: Record<string, any>) => void) => {
  const d = mini() as unknown as Record<string, unknown>;
  edit(d);
  return validateDataset(d).issues;
};

describe("validateDataset's schema issues", () => {
  it("say what was found, by kind of value", () => {
    const found = (edit: Parameters<typeof broken>[0]) => broken(edit).map((i) => [i.path.join("."), i.found]);
    expect(found((d) => delete d.source.rights)).toEqual([["source.rights", "nothing"]]);
    expect(found((d) => (d.source = null))).toEqual([["source", "null"]]);
    expect(found((d) => (d.source = ["a", "b"]))).toEqual([["source", "an array of 2"]]);
    expect(found((d) => (d.entities = {}))).toEqual([["entities", "an object"]]);
    expect(found((d) => (d.id = 42))).toEqual([["id", "number 42"]]);
    expect(found((d) => (d.id = true))).toEqual([["id", "boolean true"]]);
    expect(found((d) => (d.id = "Not Kebab"))).toEqual([["id", '"Not Kebab"']]);
    // Long strings are cut at 40 characters, so a message stays one line.
    const long = `“${"ab".repeat(30)}🦊`;
    expect(found((d) => (d.id = long))).toEqual([["id", `${JSON.stringify(long.slice(0, 40))}… (string)`]]);
    const forty = "x".repeat(39) + "Y";
    expect(found((d) => (d.id = forty))).toEqual([["id", JSON.stringify(forty)]]);
  });

  it("say what was expected: the type, the allowed values, or no other keys (naming the keys found)", () => {
    const [type] = broken((d) => (d.source.text = 7));
    expect(type).toMatchObject({ path: ["source", "text"], expected: "string", found: "number 7" });
    const [value] = broken((d) => (d.entities[0].type = "robot"));
    expect(value?.expected).toBe(
      'one of "person", "organization", "location", "facility", "event", "artifact", "weapon", "military-unit", "media-outlet", "group", "other"',
    );
    const [keys] = broken((d) => {
      d.entities[0].colour = "red";
      d.entities[0].size = 3;
    });
    expect(keys).toMatchObject({ path: ["entities", 0], expected: "no other keys", found: "colour, size" });
  });

  it("give no expected value where zod names none, and say what was found", () => {
    const [tooShort] = broken((d) => (d.source.rights = ""));
    expect(tooShort).toStrictEqual({
      rule: "schema",
      path: ["source", "rights"],
      recordId: null,
      message: "expected text, not an empty string (use null when unknown)",
      found: '""',
    });
  });

  it("name the record an issue is in, when there is one with a string id", () => {
    const ids = (edit: Parameters<typeof broken>[0]) => broken(edit).map((i) => i.recordId);
    expect(ids((d) => (d.claims[1].kind = "weight"))).toEqual([mini().claims[1]!.id]);
    expect(ids((d) => (d.source.language = "English"))).toEqual([null]);
    expect(ids((d) => (d.extra = 1))).toEqual([null]);
    expect(ids((d) => (d.entities[0] = { id: 5 }))).toContain(null);
    expect(ids((d) => (d.entities = "none"))).toEqual([null]);
    expect(ids((d) => (d.entities[0] = null))).toEqual([null]);
  });
});

describe("the record limit", () => {
  const tombstones = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `gone-${i}`, kind: "removed", to: [], since: "1.0.0", reason: "r" }));

  it("is 100,000 records a table by default, checked before the schema", () => {
    const over = broken((d) => (d.notes = new Array(100_001).fill("not even a note")));
    expect(over).toEqual([
      {
        rule: "max-records",
        path: ["notes"],
        recordId: null,
        message: "table notes has more records than the limit (raise it with --max-records)",
        expected: "at most 100000",
        found: "100001 records",
      },
    ]);
    const at = broken((d) => (d.retired = tombstones(100_000)));
    expect(at.map((i) => i.rule)).not.toContain("max-records");
  });

  it("applies to every table and ignores what is not a list", () => {
    for (const table of ["entities", "quotes", "claims", "notes", "retired"]) {
      const issues = validateDataset({ [table]: [1, 2, 3] }, { maxRecords: 2 }).issues;
      expect(
        issues.map((i) => [i.rule, i.path]),
        table,
      ).toEqual([["max-records", [table]]]);
    }
    expect(validateDataset({ entities: "many" }, { maxRecords: 2 }).issues.map((i) => i.rule)).not.toContain(
      "max-records",
    );
  });
});

describe("validateDataset's verdict", () => {
  it("is not ok when only an integrity rule fails, and loadDataset throws with every issue", () => {
    const d = mini();
    d.quotes[0]!.speaker = "nobody-here";
    const result = validateDataset(rehash(d));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.rule)).toEqual(["references"]);
    expect(() => loadDataset(d)).toThrow(DatasetValidationError);
    expect(() => loadDataset(d)).toThrow(/^invalid dataset: 1 problem/);
  });
});
