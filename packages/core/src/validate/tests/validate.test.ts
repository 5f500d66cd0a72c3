import { SCHEMA_VERSION } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { DatasetValidationError } from "../../errors/errors.js";
import { formatIssue } from "../../errors/issue.js";
import { loadDataset, validateDataset } from "../validate.js";
import { mini } from "./fixture.js";

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
