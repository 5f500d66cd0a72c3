import { describe, expect, it, vi } from "vitest";
import { AuthoringError, ClaimsetError, DatasetReadError, DatasetValidationError, FileSafetyError } from "./errors.js";
import type { Issue } from "./issue.js";

const issue: Issue = { rule: "span-text", path: ["quotes", 2, "spans", 0], recordId: "q-x", message: "no match" };

describe("ClaimsetError", () => {
  it("gives every subclass its code, its name and its issues", () => {
    const cases = [
      [new DatasetValidationError([issue], { source: "a.json" }), "invalid-dataset", "DatasetValidationError"],
      [new AuthoringError("datasets/x", [{ ...issue, file: "quotes.yml", line: 4 }]), "authoring", "AuthoringError"],
      [new DatasetReadError("a.json", "json", "not valid JSON", 3), "read", "DatasetReadError"],
      [new FileSafetyError("out.csv already exists", { hint: "pass --force" }), "file-safety", "FileSafetyError"],
    ] as const;
    for (const [error, code, name] of cases) {
      expect(error.code).toBe(code);
      expect(error.name).toBe(name);
      expect(error).toBeInstanceOf(ClaimsetError);
      expect(error).toBeInstanceOf(Error);
      expect(error.issues.length).toBe(1);
    }
  });

  it("tells the subclasses apart with instanceof", () => {
    const read = new DatasetReadError("a.json", "not-found", "no such file");
    expect(read instanceof DatasetReadError).toBe(true);
    expect(read instanceof DatasetValidationError).toBe(false);
    expect(read instanceof AuthoringError).toBe(false);
    expect(new Error("x") instanceof ClaimsetError).toBe(false);
    expect((null as unknown) instanceof ClaimsetError).toBe(false);
    expect({ code: "read" } instanceof DatasetReadError).toBe(false);
  });

  it("is recognised by another copy of the module, as the ESM and CJS builds are", async () => {
    vi.resetModules();
    const specifier = "./errors.js?copy";
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import("./errors.js");
    expect(copy.DatasetValidationError).not.toBe(DatasetValidationError);
    const theirs = new copy.DatasetValidationError([issue]);
    expect(theirs instanceof DatasetValidationError).toBe(true);
    expect(theirs instanceof ClaimsetError).toBe(true);
    expect(theirs instanceof DatasetReadError).toBe(false);
    expect(new DatasetReadError("f", "json", "m") instanceof copy.DatasetReadError).toBe(true);
  });

  it("says where and what in its message, and serializes its issues as JSON", () => {
    const error = new DatasetValidationError([issue], { source: "a.json" });
    expect(error.message).toBe(
      "a.json: invalid dataset: 1 problem\n  q-x\n    quotes[2].spans[0] (q-x) [span-text]: no match",
    );
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "DatasetValidationError",
      code: "invalid-dataset",
      source: "a.json",
      message: error.message,
      issues: [issue],
    });
    expect(new DatasetReadError("a.json", "json", "not valid JSON", 7).message).toBe("a.json:7: not valid JSON");
    expect(new FileSafetyError("out.csv already exists", { hint: "pass --force to overwrite it" }).message).toBe(
      "out.csv already exists; pass --force to overwrite it",
    );
  });
});
