import { SCHEMA_VERSION } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { dataset, issuesOf } from "../tests/fixture.js";
import { schemaVersion } from "./schema-version.js";

const TEXT = "“Version one” 📦 — said nobody.";
const major = SCHEMA_VERSION.split(".")[0]!;

function withVersion(v: string) {
  const d = dataset(TEXT);
  d.schemaVersion = v;
  return issuesOf(schemaVersion, d);
}

describe("schema-version", () => {
  it("accepts the reader's version and any other minor or patch of its major", () => {
    expect(withVersion(SCHEMA_VERSION)).toEqual([]);
    expect(withVersion(`${major}.0.0`)).toEqual([]);
    expect(withVersion(`${major}.99.7`)).toEqual([]);
  });

  it("refuses another major version, however it starts", () => {
    for (const v of [`${Number(major) + 1}.0.0`, `${major}0.0.0`, "0.9.0"]) {
      expect(withVersion(v), v).toEqual([
        {
          rule: "schema-version",
          path: ["schemaVersion"],
          recordId: null,
          message: "the dataset was written for an incompatible schema major version; upgrade @claimset/core",
          expected: `${major}.x`,
          found: v,
        },
      ]);
    }
  });
});
