import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DatasetDiff } from "@claimset/core";
import { readDatasetFile } from "@claimset/core/node";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { ReleaseError } from "./after-version.js";
import { problemsOf } from "./check.js";
import { type TempRepo, tempRepo } from "./tests/temp-repo.js";

let repo: TempRepo;
beforeEach(() => {
  repo = tempRepo();
});
afterEach(() => repo.remove());

const CHANGESETS_ENTRY =
  "# @claimset/dataset-mini\n\n## 1.1.0\n\n### Minor Changes\n\n- 1a2b3c4: Note that “first time” is unverified.\n\n";

describe("the first release", () => {
  test("writes the snapshot and a changelog entry with counts", () => {
    const outcome = repo.release();
    expect(outcome).toMatchObject({
      kind: "first",
      version: "1.0.0",
      written: ["CHANGELOG.md", "releases/1.0.0.json"],
    });
    expect(repo.read("releases/1.0.0.json")).toBe(repo.read("dataset.json"));
    const snapshot = readDatasetFile(join(repo.dir, "releases/1.0.0.json"));
    expect(snapshot.version).toBe("1.0.0");
    const changelog = repo.read("CHANGELOG.md");
    expect(changelog.startsWith("# @claimset/dataset-mini\n\n## 1.0.0 — first release\n\n")).toBe(true);
    expect(changelog).toContain(
      "3 entities with 6 mentions, 2 quotes, 3 numeric claims, 1 editorial note and 0 retired ids",
    );
    expect(changelog).toContain("| mentions | 6 | 5 named, 1 nominal |");
    expect(existsSync(join(repo.dir, "changes"))).toBe(false);
  });

  test("releasing again changes nothing", () => {
    repo.release();
    const changelog = repo.read("CHANGELOG.md");
    expect(repo.release()).toMatchObject({ kind: "unchanged", written: [] });
    expect(repo.read("CHANGELOG.md")).toBe(changelog);
  });
});

describe("a later release", () => {
  beforeEach(() => {
    repo.release();
    repo.write(
      "notes.yml",
      `${repo.read("notes.yml")}- id: note-army-first-time\n  kind: context\n  targets: [n-first-time]\n  span: Russia’s army marched\n  text: “First time” is the colonel’s claim – unverified… 🪖\n`,
    );
    repo.edit("claims.yml", "bounds: { low: 11000, high: 13000 }", "bounds: { low: 11500, high: 13000 }");
  });

  test("writes changes/<version>.json, the snapshot and the data section under the changesets' entry", () => {
    repo.setVersion("1.1.0");
    repo.write(
      "CHANGELOG.md",
      CHANGESETS_ENTRY + repo.read("CHANGELOG.md").replace("# @claimset/dataset-mini\n\n", ""),
    );
    const outcome = repo.release();
    expect(outcome).toMatchObject({
      kind: "update",
      written: ["changes/1.1.0.json", "CHANGELOG.md", "releases/1.1.0.json"],
    });

    const diff = JSON.parse(repo.read("changes/1.1.0.json")) as DatasetDiff;
    expect(diff.level).toBe("minor");
    expect([diff.a.version, diff.b.version]).toEqual(["1.0.0", "1.1.0"]);
    expect(diff.tables.notes.added.map((n) => n.id)).toEqual(["note-army-first-time"]);
    expect(diff.tables.claims.changed.map((c) => c.id)).toEqual(["n-troops"]);

    const release = readDatasetFile(join(repo.dir, "releases/1.1.0.json"));
    expect(release.version).toBe("1.1.0");
    expect(repo.read("dataset.json")).toBe(repo.read("releases/1.1.0.json"));

    const changelog = repo.read("CHANGELOG.md");
    const entry = changelog.slice(changelog.indexOf("## 1.1.0"), changelog.indexOf("## 1.0.0"));
    expect(entry).toContain("- 1a2b3c4: Note that “first time” is unverified.");
    expect(entry).toContain("### Data changes\n\nComputed from the data since 1.0.0");
    expect(entry).toContain("Change level: **minor**.");
    expect(entry).toContain("#### Added\n\n- `note-army-first-time` (note):");
    expect(entry).toContain("#### Changed\n\n- `n-troops` (claim):\n  - `bounds.low`: `11000` → `11500`");
    expect(changelog).toContain("## 1.0.0 — first release");

    // Released: the data equals the snapshot and no changeset is pending.
    expect(problemsOf(repo.check())).toEqual([]);
  });

  test("refuses a version step smaller than the data changes need, writing nothing", () => {
    repo.setVersion("1.0.1");
    expect(() => repo.release()).toThrow(ReleaseError);
    expect(() => repo.release()).toThrow(/1\.0\.0 → 1\.0\.1 is a patch release, but the data changes need minor/);
    expect(() => repo.release()).toThrow(/notes note-army-first-time: note added \(minor\)/);
    expect(existsSync(join(repo.dir, "releases/1.0.1.json"))).toBe(false);
    expect(existsSync(join(repo.dir, "changes/1.0.1.json"))).toBe(false);
    expect(JSON.parse(readFileSync(join(repo.dir, "dataset.json"), "utf8")).version).toBe("1.0.0");
  });

  test("refuses to release ids that vanished without a tombstone", () => {
    repo.write("quotes.yml", repo.read("quotes.yml").split("- id: q-meat-grinder")[0] as string);
    repo.edit("claims.yml", "assertedBy: { quote: q-meat-grinder }", "assertedBy: publisher");
    repo.setVersion("2.0.0");
    expect(() => repo.release()).toThrow(/vanished.*quotes q-meat-grinder/);
  });

  test("refuses a version that is not after the latest release", () => {
    repo.setVersion("0.9.0");
    expect(() => repo.release()).toThrow("version 0.9.0 is not after the latest release 1.0.0");
  });
});
