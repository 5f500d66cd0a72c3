import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { contentHash } from "@claimset/core";
import { dataset } from "@claimset/dataset-north-korea-victory-day-parade";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { releaseChanges } from "./changes.js";
import { compareVersions, consecutivePairs, listReleases, packageDir, readRelease } from "./releases.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "releases-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A later release of the dataset: one note reworded (patch) and one note added (minor). */
function nextRelease(version: string) {
  const next = structuredClone(dataset) as unknown as Record<string, unknown> & {
    notes: { id: string; text: string }[];
  };
  next.version = version;
  next.notes[0]!.text = `${next.notes[0]!.text} (Reworded.)`;
  next.notes.push({
    id: "note-zz-added-in-test",
    kind: "context",
    targets: ["leopard"],
    span: null,
    text: "A note added by the next release.",
  } as never);
  next.contentHash = contentHash(next);
  return next;
}

/** The installed dataset as it would be released under another version (version is outside the content hash). */
const v1 = { ...structuredClone(dataset), version: "1.0.0" };

const write = (version: string, data: unknown) => writeFileSync(join(dir, `${version}.json`), JSON.stringify(data));

describe("listReleases", () => {
  it("lists <semver>.json files oldest first, numerically", () => {
    for (const name of ["1.10.0.json", "1.2.0.json", "1.0.0.json", "notes.txt", "latest.json", "1.0.json"]) {
      writeFileSync(join(dir, name), "{}");
    }
    expect(listReleases(dir).map((r) => r.version)).toEqual(["1.0.0", "1.2.0", "1.10.0"]);
    expect(listReleases(join(dir, "missing"))).toEqual([]);
    expect(compareVersions("2.0.0", "10.0.0")).toBeLessThan(0);
    expect(consecutivePairs([1, 2, 3])).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });
});

describe("readRelease", () => {
  it("validates a release and checks its version against its file name", () => {
    write("1.0.0", v1);
    expect(readRelease({ version: "1.0.0", file: join(dir, "1.0.0.json") }).contentHash).toBe(dataset.contentHash);
    write("1.0.1", v1);
    expect(() => readRelease({ version: "1.0.1", file: join(dir, "1.0.1.json") })).toThrow(
      /the file name says 1\.0\.1 but the dataset is version 1\.0\.0/,
    );
  });

  it("refuses a release of another schema major before validating it", () => {
    write("2.0.0", { ...v1, version: "2.0.0", schemaVersion: "2.0.0" });
    expect(() => readRelease({ version: "2.0.0", file: join(dir, "2.0.0.json") })).toThrow(
      /schemaVersion 2\.0\.0 is not supported/,
    );
  });
});

describe("releaseChanges", () => {
  it("diffs each consecutive pair of releases", () => {
    write("1.0.0", v1);
    write("1.1.0", nextRelease("1.1.0"));
    const [summary, ...rest] = releaseChanges(dir, dataset);
    expect(rest).toEqual([]);
    expect(summary).toMatch(/^release 1\.0\.0 → release 1\.1\.0\n/);
    expect(summary).toContain("minor change");
    expect(summary).toContain("notes: 1 added, 0 removed, 1 changed");
    expect(summary).toContain("note-zz-added-in-test");
    expect(summary).toContain(dataset.notes[0]!.id);
  });

  it("compares a single release with the installed build", () => {
    write("1.0.0", v1);
    const [summary] = releaseChanges(dir, dataset);
    expect(summary?.startsWith(`release 1.0.0 → installed build ${dataset.version}\n`)).toBe(true);
    expect(summary).toContain("no changes that need a release");
  });

  it("says when there is nothing to compare", () => {
    expect(releaseChanges(join(dir, "none"), dataset)).toEqual([
      `No releases in ${join(dir, "none")} yet: nothing to compare.`,
    ]);
  });

  it("reads the releases the installed package ships", () => {
    const shipped = listReleases(join(packageDir("@claimset/dataset-north-korea-victory-day-parade"), "releases"));
    for (const release of shipped) expect(readRelease(release).id).toBe(dataset.id);
    expect(
      releaseChanges(join(packageDir("@claimset/dataset-north-korea-victory-day-parade"), "releases"), dataset).length,
    ).toBe(Math.max(1, shipped.length - 1));
  });
});
