import { describe, expect, it } from "vitest";
import { assertSupportedSchema, UnsupportedSchemaError } from "./supported.js";

describe("assertSupportedSchema", () => {
  it("accepts any version of the supported major", () => {
    for (const v of ["1.0.0", "1.4.2", "1.10.0-beta.1"]) expect(() => assertSupportedSchema(v, "x")).not.toThrow();
  });

  it("refuses another major, saying what is supported and what to do", () => {
    expect(() => assertSupportedSchema("2.0.0", "data@3.0.0")).toThrow(UnsupportedSchemaError);
    expect(() => assertSupportedSchema("2.0.0", "data@3.0.0")).toThrow(
      "data@3.0.0: schemaVersion 2.0.0 is not supported; this code reads schema 1.x. Pin a dataset release built with schema 1.x, or update this code for schema 2.",
    );
    expect(() => assertSupportedSchema("0.9.0", "x")).toThrow(/not supported/);
  });

  it("refuses what is not a version", () => {
    expect(() => assertSupportedSchema(undefined, "f.json")).toThrow(
      'f.json: schemaVersion should be a semantic version like "1.0.0"; got undefined',
    );
    expect(() => assertSupportedSchema("1", "x")).toThrow(UnsupportedSchemaError);
  });
});
