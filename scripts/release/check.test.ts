import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { formatReport, problemsOf } from "./check.js";
import { problemText, type TempRepo, tempRepo } from "./tests/temp-repo.js";

let repo: TempRepo;
beforeEach(() => {
  repo = tempRepo();
});
afterEach(() => repo.remove());

const NEW_NOTE = `- id: note-army-first-time
  kind: context
  targets: [n-first-time]
  span: Russia’s army marched
  text: “First time” is the colonel’s claim – unverified… 🪖
`;
const released = () => {
  repo.release();
  expect(problemsOf(repo.check())).toEqual([]);
};

describe("before the first release", () => {
  test("passes with nothing to compare against", () => {
    const report = repo.check();
    expect(report.releases).toEqual([]);
    expect(problemsOf(report)).toEqual([]);
    expect(formatReport([report])).toContain("not released yet");
  });
});

describe("record added (minor)", () => {
  beforeEach(() => {
    released();
    repo.write("notes.yml", `${repo.read("notes.yml")}${NEW_NOTE}`);
  });

  test("data changed with no changeset fails, naming the record", () => {
    const report = repo.check();
    expect(report.result?.required).toBe("minor");
    const text = problemText(report);
    expect(text).toContain("need a minor release, but no pending changeset names @claimset/dataset-mini");
    expect(text).toContain("notes note-army-first-time: note added (minor)");
    expect(text).toContain("run `npx changeset`, select @claimset/dataset-mini and choose minor");
  });

  test("an under-declared changeset fails, naming the record and the file", () => {
    repo.changeset("fix-typo.md", "patch");
    const text = problemText(repo.check());
    expect(text).toContain("the pending changesets declare only patch (.changeset/fix-typo.md)");
    expect(text).toContain("notes note-army-first-time: note added (minor)");
  });

  test("a changeset for another package does not count", () => {
    repo.changeset("core.md", "major", "@claimset/core");
    expect(problemText(repo.check())).toContain("no pending changeset names @claimset/dataset-mini");
  });

  test("passes with a minor changeset, and with a major one", () => {
    repo.changeset("add-note.md", "minor");
    expect(problemsOf(repo.check())).toEqual([]);
    repo.changeset("add-note.md", "major");
    expect(problemsOf(repo.check())).toEqual([]);
  });

  test("the highest of several changesets counts", () => {
    repo.changeset("a.md", "patch");
    repo.changeset("b.md", "minor");
    const report = repo.check();
    expect(report.declared).toEqual({ bump: "minor", files: [".changeset/a.md", ".changeset/b.md"] });
    expect(problemsOf(report)).toEqual([]);
  });
});

describe("value corrected (patch)", () => {
  beforeEach(() => {
    released();
    repo.edit("claims.yml", "bounds: { low: 11000, high: 13000 }", "bounds: { low: 11000, high: 14000 }");
  });

  test("requires a patch changeset, naming the field", () => {
    const report = repo.check();
    expect(report.result?.required).toBe("patch");
    expect(problemText(report)).toContain("claims n-troops: bounds.high: 13000 → 14000 (patch)");
    repo.changeset("bounds.md", "patch");
    expect(problemsOf(repo.check())).toEqual([]);
  });
});

describe("id removed (major)", () => {
  beforeEach(() => {
    released();
    repo.write("notes.yml", "[]\n");
  });

  test("without a tombstone fails even with a major changeset", () => {
    repo.changeset("drop.md", "major");
    const report = repo.check();
    expect(report.result?.required).toBe("major");
    const text = problemText(report);
    expect(text).toContain("[tombstones] 1 id of release 1.0.0 vanished");
    expect(text).toContain("notes note-losses-unsourced");
    expect(text).not.toContain("changeset-level");
  });

  test("with a tombstone needs a major changeset, naming the removed record", () => {
    repo.write(
      "retired.yml",
      "- id: note-losses-unsourced\n  kind: removed\n  to: []\n  since: 2.0.0\n  reason: Merged into the claim’s own description.\n",
    );
    repo.changeset("drop.md", "minor");
    const text = problemText(repo.check());
    expect(text).toContain("need a major release, but the pending changesets declare only minor");
    expect(text).toContain("notes note-losses-unsourced: note removed, tombstoned as removed");
    expect(text).not.toContain("[tombstones]");
    repo.changeset("drop.md", "major");
    expect(problemsOf(repo.check())).toEqual([]);
  });

  test("a new tombstone must name a version after the latest release", () => {
    repo.write(
      "retired.yml",
      "- id: note-losses-unsourced\n  kind: removed\n  to: []\n  since: 1.0.0\n  reason: Withdrawn.\n",
    );
    repo.changeset("drop.md", "major");
    expect(problemText(repo.check())).toContain("retired note-losses-unsourced: since 1.0.0");
  });
});

describe("tombstones", () => {
  test("chains are rejected by the lint, so the dataset does not build", () => {
    repo.write(
      "retired.yml",
      [
        "- { id: old-a, kind: moved, to: [old-b], since: 1.1.0, reason: Renamed. }",
        "- { id: old-b, kind: moved, to: [russia], since: 1.1.0, reason: Renamed again. }",
      ].join("\n"),
    );
    const text = problemText(repo.check());
    expect(text).toContain("does not build");
    expect(text).toMatch(/retired-ids.*chains to another retired id "old-b"/);
  });

  test("a released tombstone may not be dropped", () => {
    repo.write("retired.yml", "- { id: kim, kind: moved, to: [kim-jong-un], since: 1.0.0, reason: Full name. }\n");
    released();
    repo.write("retired.yml", "[]\n");
    repo.changeset("drop.md", "major");
    const text = problemText(repo.check());
    expect(text).toContain("1 tombstone of release 1.0.0 removed");
    expect(text).toContain("retired kim");
  });

  test("a moved id passes with a major changeset", () => {
    released();
    repo.edit("notes.yml", "id: note-losses-unsourced", "id: note-losses-without-source");
    repo.write(
      "retired.yml",
      "- { id: note-losses-unsourced, kind: moved, to: [note-losses-without-source], since: 2.0.0, reason: Clearer id. }\n",
    );
    repo.changeset("rename.md", "major");
    expect(problemsOf(repo.check())).toEqual([]);
  });
});

describe("versions and snapshots", () => {
  test("a version bumped by hand, without a snapshot, fails", () => {
    released();
    repo.setVersion("1.1.0");
    const text = problemText(repo.check());
    expect(text).toContain("@claimset/dataset-mini@1.1.0 has no snapshot datasets/mini/releases/1.1.0.json");
  });

  test("a version behind the latest release fails", () => {
    released();
    repo.write("notes.yml", `${repo.read("notes.yml")}${NEW_NOTE}`);
    repo.setVersion("1.1.0");
    repo.release();
    repo.setVersion("1.0.0");
    expect(problemText(repo.check())).toContain("says 1.0.0, older than the latest release 1.1.0");
  });

  test("a release without its changes file fails", () => {
    released();
    repo.write("notes.yml", `${repo.read("notes.yml")}${NEW_NOTE}`);
    repo.setVersion("1.1.0");
    repo.release();
    expect(problemsOf(repo.check())).toEqual([]);
    rmSync(join(repo.dir, "changes", "1.1.0.json"));
    expect(problemText(repo.check())).toContain("datasets/mini/changes/1.1.0.json is missing");
  });

  test("a snapshot edited after release fails", () => {
    released();
    repo.edit("releases/1.0.0.json", '"value": 771000', '"value": 771001');
    const text = problemText(repo.check());
    expect(text).toContain("datasets/mini/releases/1.0.0.json is not a valid dataset");
    expect(text).toContain("the content does not match contentHash");
  });

  test("a snapshot whose version is not its file name fails", () => {
    released();
    repo.edit("releases/1.0.0.json", '"version": "1.0.0"', '"version": "1.0.1"');
    const text = problemText(repo.check());
    expect(text).toContain("releases/1.0.0.json is not the release it claims to be");
    expect(text).toContain('version is "1.0.1", expected "1.0.0" (the file\'s name)');
  });

  test("a peer range that excludes the schema package fails", () => {
    const pkg = JSON.parse(repo.read("package.json"));
    repo.write("package.json", JSON.stringify({ ...pkg, peerDependencies: { "@claimset/schema": "^0.2.0" } }));
    expect(problemText(repo.check())).toContain("@claimset/schema 0.1.0, which this repository builds");
  });
});
