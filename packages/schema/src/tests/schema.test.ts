import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AuthoredClaim, AuthoredEntity } from "../authoring.js";
import { Dataset } from "../dataset.js";
import { SCHEMA_VERSION } from "../version.js";

const valid = JSON.parse(readFileSync(join(import.meta.dirname, "../../test/fixtures/mini.dataset.json"), "utf8"));

describe("Dataset", () => {
  it("parses a built dataset and keeps its key order", () => {
    const parsed = Dataset.parse(valid);
    expect(Object.keys(parsed)).toEqual(Object.keys(valid));
  });

  it("reads a dataset written for an earlier minor version of the format", () => {
    // The fixture was built with format 1.0.0, before provenance and machineDrafted existed.
    expect(valid.schemaVersion).toBe("1.0.0");
    expect(SCHEMA_VERSION.split(".")[0]).toBe("1");
    expect(Dataset.safeParse(valid).success).toBe(true);
  });

  it("accepts provenance on every live record and refuses a malformed one", () => {
    const provenance = { method: "drafted", tool: "@claimset/draft@0.1.0", confidence: 0.75, reviewed: false };
    for (const table of ["entities", "quotes", "claims", "notes"] as const) {
      const data = structuredClone(valid);
      data[table][0].provenance = provenance;
      expect(Dataset.safeParse(data).success, table).toBe(true);
      data[table][0].provenance = { ...provenance, confidence: 1.5 };
      expect(Dataset.safeParse(data).success, `${table} confidence 1.5`).toBe(false);
      data[table][0].provenance = { ...provenance, method: "guessed" };
      expect(Dataset.safeParse(data).success, `${table} method guessed`).toBe(false);
    }
    const tombstoned = structuredClone(valid);
    tombstoned.retired = [{ id: "old", kind: "removed", to: [], since: "1.0.0", reason: "withdrawn", provenance }];
    expect(Dataset.safeParse(tombstoned).success).toBe(false);
  });

  it("keeps unknown metadata as null rather than dropping it", () => {
    const parsed = Dataset.parse(valid);
    expect(parsed.source.title).toBeNull();
    expect(parsed.source.url).toBeNull();
    expect("publishedAt" in parsed.source).toBe(true);
  });
});

describe("authoring schemas", () => {
  it("accept an anchor as a string or with prefix, suffix and occurrence", () => {
    const entity = {
      id: "vladimir-putin",
      name: "Vladimir Putin",
      type: "person",
      mentions: [
        "Vladimir Putin",
        { text: "Putin", occurrence: [2, 3] },
        { text: "he", prefix: "“", kind: "pronominal" },
      ],
    };
    expect(AuthoredEntity.safeParse(entity).success).toBe(true);
  });

  it("reject occurrence 0 and unknown keys", () => {
    expect(
      AuthoredEntity.safeParse({ id: "x", name: "X", type: "person", mentions: [{ text: "X", occurrence: 0 }] })
        .success,
    ).toBe(false);
    expect(AuthoredEntity.safeParse({ id: "x", name: "X", type: "person", mentions: ["X"], colour: 1 }).success).toBe(
      false,
    );
  });

  it("accept the assertedBy shorthands", () => {
    const base = { id: "n-x", kind: "count", span: "12", value: 12, comparator: "=", unit: "person", about: "x" };
    for (const assertedBy of ["publisher", { entity: "kim" }, { quote: "q-x" }, { unnamed: "people familiar" }]) {
      expect(AuthoredClaim.safeParse({ ...base, assertedBy }).success).toBe(true);
    }
    expect(AuthoredClaim.safeParse({ ...base, assertedBy: "the article" }).success).toBe(false);
  });
});
