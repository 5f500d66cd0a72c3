import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MINI, REAL, run, tempDir } from "../../test/helpers.js";

describe("claimset eval", () => {
  it("scores a draft of the real article against the real dataset", async () => {
    const cwd = tempDir();
    const drafted = await run(["draft", join(REAL, "article.txt"), "--out", "draft"], { cwd });
    expect(drafted.code).toBe(0);
    const table = await run(["eval", "draft", REAL], { cwd });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^quotes\s+\d+\s+\d+\s+[\d.]+ [\d.]+ [\d.]+\s+[\d.]+ [\d.]+ [\d.]+$/m);
    expect(table.stdout).toContain("quotes: speaker (reference has one)");
    const json = await run(["eval", "draft", REAL, "--json"], { cwd });
    const report = JSON.parse(json.stdout).results[0];
    expect(report.reportVersion).toBe(1);
    expect(report.reference.id).toBe("north-korea-victory-day-parade");
    expect(report.detection.claims.overlap.recall).toBeGreaterThan(0.5);
  });

  it("refuses two datasets of different articles, as diff does, with exit 2", async () => {
    const r = await run(["eval", MINI, REAL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/different texts/);
  });

  it("checks --limit", async () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, "x.txt"), "x");
    expect((await run(["eval", MINI, MINI, "--limit", "-3"])).code).toBe(2);
  });
});
