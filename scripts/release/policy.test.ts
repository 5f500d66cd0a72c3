import { contentHash } from "@claimset/core";
import { compileFolder } from "@claimset/core/node";
import type { Dataset } from "@claimset/schema";
import { afterAll, describe, expect, test } from "vitest";
import { checkPolicy, checkSchemaRange, type PolicyInput } from "./policy.js";
import { SCHEMA, tempRepo } from "./tests/temp-repo.js";

const repo = tempRepo();
afterAll(() => repo.remove());
const base = compileFolder(repo.dir);

function reseal(dataset: Dataset): Dataset {
  return { ...dataset, contentHash: contentHash(dataset as unknown as Record<string, unknown>) };
}

function input(overrides: Partial<PolicyInput>): PolicyInput {
  return {
    pkg: { dir: "datasets/mini", name: "@claimset/dataset-mini", version: "1.0.0", schemaRange: "^0.1.0" },
    working: base,
    releases: ["1.0.0"],
    latest: base,
    declared: { bump: "none", files: [] },
    schema: SCHEMA,
    ...overrides,
  };
}

describe("schema-incompatible change (major)", () => {
  const working = reseal({ ...base, schemaVersion: "2.0.0" });

  test("a new schema major requires a major release", () => {
    const result = checkPolicy(input({ working, declared: { bump: "minor", files: [".changeset/schema.md"] } }));
    expect(result.required).toBe("major");
    const level = result.problems.find((p) => p.rule === "changeset-level");
    expect(level?.details).toEqual([`dataset: schemaVersion ${base.schemaVersion} → 2.0.0 (major)`]);
  });

  test("and the schema package in the range cannot read it", () => {
    const result = checkPolicy(input({ working, declared: { bump: "major", files: [".changeset/schema.md"] } }));
    expect(result.problems.map((p) => p.rule)).toEqual(["schema-range"]);
    expect(result.problems[0]?.message).toContain("schemaVersion 2.0.0 is not a format @claimset/schema 0.1.0");
  });

  test("a schema minor the package does not know yet is refused too; an older minor is fine", () => {
    const [major, minor] = SCHEMA.formatVersion.split(".").map(Number);
    const newer = reseal({ ...base, schemaVersion: `${major}.${minor! + 1}.0` });
    expect(checkSchemaRange(input({ working: newer }))).toHaveLength(1);
    const older = checkSchemaRange(input({ schema: { packageVersion: "0.1.0", formatVersion: "1.3.0" } }));
    expect(older).toEqual([]);
  });
});

describe("schema range", () => {
  test("a dataset without a peer range on @claimset/schema fails", () => {
    const [problem] = checkSchemaRange(input({ pkg: { ...input({}).pkg, schemaRange: null } }));
    expect(problem?.message).toBe('datasets/mini/package.json declares no peerDependencies["@claimset/schema"]');
    expect(problem?.fix).toContain('"@claimset/schema": "^0.1.0"');
  });

  test("an unsupported range says which forms it understands", () => {
    expect(() => checkSchemaRange(input({ pkg: { ...input({}).pkg, schemaRange: "latest" } }))).toThrow(
      /unsupported version range "latest".*\^1\.2\.3/,
    );
  });
});

test("the diff runs from the latest release to the working data", () => {
  const working = reseal({ ...base, claims: base.claims.filter((c) => c.id !== "n-first-time") });
  const result = checkPolicy(input({ working, declared: { bump: "major", files: ["x.md"] } }));
  expect(result.diff?.tables.claims.removed.map((c) => c.id)).toEqual(["n-first-time"]);
  expect(result.problems.map((p) => p.rule)).toEqual(["tombstones"]);
});

describe("machine-drafted records (unreviewed)", () => {
  const drafted = (reviewed: boolean) =>
    reseal({
      ...base,
      entities: base.entities.map((e, i) =>
        i === 0
          ? { ...e, provenance: { method: "drafted", tool: "@claimset/draft@0.1.0", confidence: 0.8, reviewed } }
          : e,
      ),
    });
  const releasing = { bump: "minor", files: [".changeset/draft.md"] } as const;

  test("block a release while any is unreviewed, naming each record and the fix", () => {
    const working = drafted(false);
    const problem = checkPolicy(input({ working, declared: releasing })).problems.find((p) => p.rule === "unreviewed");
    expect(problem?.message).toBe(
      "1 record is machine-drafted and not reviewed, and .changeset/draft.md would release @claimset/dataset-mini",
    );
    expect(problem?.details).toEqual([`entities ${working.entities[0]!.id}: drafted by @claimset/draft@0.1.0`]);
    expect(problem?.fix).toContain("set `reviewed: true`");
  });

  test("release once reviewed, or when the dataset is declared machine-drafted as a whole", () => {
    const rules = (working: Dataset) =>
      checkPolicy(input({ working, declared: releasing })).problems.map((p) => p.rule);
    expect(rules(drafted(true))).not.toContain("unreviewed");
    expect(rules(reseal({ ...drafted(false), machineDrafted: true }))).not.toContain("unreviewed");
  });

  test("do not fail a draft under review that nothing would release", () => {
    const problems = checkPolicy(input({ working: drafted(false) })).problems;
    expect(problems.map((p) => p.rule)).not.toContain("unreviewed");
  });
});
