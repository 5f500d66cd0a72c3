import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { declaredBump, parseChangeset, readChangesets } from "./changesets.js";

describe("parseChangeset", () => {
  test("reads quoted and bare package names, and the summary", () => {
    const parsed = parseChangeset(
      "a.md",
      "---\n\"@claimset/dataset-x\": minor\n'@claimset/core': patch\ncli: none\n---\n\nAdd a note on “first time” – 🪖\n",
    );
    expect([...parsed.releases]).toEqual([
      ["@claimset/dataset-x", "minor"],
      ["@claimset/core", "patch"],
      ["cli", "none"],
    ]);
    expect(parsed.summary).toBe("Add a note on “first time” – 🪖");
  });

  test("an empty frontmatter releases nothing", () => {
    expect(parseChangeset("e.md", "---\n---\n\nNothing.\n").releases.size).toBe(0);
  });

  test("errors name the file and line and say what was expected", () => {
    expect(() => parseChangeset("b.md", "no frontmatter")).toThrow(
      'b.md:1: expected the changeset to start with a "---" line',
    );
    expect(() => parseChangeset("c.md", '---\n"x": minor\n')).toThrow(
      "c.md: the frontmatter opened on line 1 is never closed",
    );
    expect(() => parseChangeset("d.md", '---\n"x": minor\n"y": huge\n---\n')).toThrow(
      'd.md:3: expected `"package-name": major|minor|patch|none`, found "\\"y\\": huge"',
    );
    expect(() => parseChangeset("f.md", '---\n"x": minor\n"x": patch\n---\n')).toThrow("f.md:3: x is listed twice");
  });
});

test("readChangesets skips the README and takes the highest bump per package", () => {
  const dir = mkdtempSync(join(tmpdir(), "claimset-changesets-"));
  try {
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "README.md"), "# Changesets\n");
    writeFileSync(join(dir, "config.json"), "{}");
    writeFileSync(join(dir, "b.md"), '---\n"x": major\n---\nB\n');
    writeFileSync(join(dir, "a.md"), '---\n"x": patch\n"y": minor\n---\nA\n');
    const changesets = readChangesets(dir, ".changeset");
    expect(changesets.map((c) => c.file)).toEqual([".changeset/a.md", ".changeset/b.md"]);
    expect(declaredBump(changesets, "x")).toEqual({ bump: "major", files: [".changeset/a.md", ".changeset/b.md"] });
    expect(declaredBump(changesets, "y")).toEqual({ bump: "minor", files: [".changeset/a.md"] });
    expect(declaredBump(changesets, "z")).toEqual({ bump: "none", files: [] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
