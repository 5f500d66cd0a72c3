import { describe, expect, it } from "vitest";
import { mini } from "../tests/fixture.js";
import { validateDataset } from "../validate.js";
import { rules } from "./index.js";

describe("the integrity rules", () => {
  it("pass on the authored mini fixture", () => {
    expect(validateDataset(mini())).toMatchObject({ ok: true, issues: [] });
  });

  it("each have a kebab-case name of their own and a description", () => {
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length, rule.name).toBeGreaterThan(20);
    }
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });

  it("run in order: the version first, the content hash last", () => {
    expect(rules.map((r) => r.name)).toEqual([
      "schema-version",
      "source-hash",
      "span-bounds",
      "span-text",
      "unique-ids",
      "references",
      "quote-speaker",
      "entity-mentions",
      "claim-bounds",
      "no-duplicates",
      "retired-ids",
      "content-hash",
    ]);
  });
});
