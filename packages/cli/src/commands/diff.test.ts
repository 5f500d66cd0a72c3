import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyMini, MINI, run, tempDir } from "../../test/helpers.js";

describe("claimset diff", () => {
  it("reports no changes between a folder and its own build", async () => {
    const dir = tempDir();
    const folder = copyMini(dir);
    await run(["build", folder]);
    const r = await run(["diff", MINI, join(folder, "dataset.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("mini@0.0.0 → 0.0.0: no changes that need a release");
    expect(r.stdout).toContain("required release: none (nothing to publish)");
  });

  it("names added and removed records and the semver level, exit 0", async () => {
    const folder = copyMini(tempDir());
    const notes = join(folder, "notes.yml");
    writeFileSync(
      notes,
      `${readFileSync(notes, "utf8")}- id: note-emoji\n  kind: context\n  span: 👋\n  text: The wave is in the source.\n`,
    );
    const added = await run(["diff", MINI, folder]);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain("+ notes note-emoji");
    expect(added.stdout).toContain("required release: minor");

    const removed = await run(["diff", folder, MINI, "--json"]);
    expect(removed.code).toBe(0);
    const diff = JSON.parse(removed.stdout).results[0];
    expect(diff.level).toBe("major");
    expect(diff.tables.notes.removed.map((n: { id: string }) => n.id)).toEqual(["note-emoji"]);
  });

  it("exits 4 with --exit-code when the datasets differ, and 0 when they do not", async () => {
    const folder = copyMini(tempDir());
    const claims = join(folder, "claims.yml");
    writeFileSync(claims, readFileSync(claims, "utf8").replace("high: 13000", "high: 14000"));
    expect((await run(["diff", MINI, folder, "--exit-code"])).code).toBe(4);
    expect((await run(["diff", MINI, folder])).code).toBe(0);
    expect((await run(["diff", MINI, MINI, "--exit-code"])).code).toBe(0);
  });

  it("refuses datasets of two different articles with exit 2, unless --force", async () => {
    const folder = copyMini(tempDir());
    const article = join(folder, "article.txt");
    writeFileSync(article, `${readFileSync(article, "utf8")}\nAnother paragraph of another article.\n`);
    const r = await run(["diff", MINI, folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/are datasets of different articles \(source sha256 [0-9a-f]{12}… and [0-9a-f]{12}…\)/);
    expect(r.stderr).toContain("hint: diff two versions of one dataset, or pass --force to compare them anyway");
    const forced = await run(["diff", MINI, folder, "--force", "--json"]);
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout).results[0].level).toBe("major");
  });

  it("writes a Markdown changelog with --markdown", async () => {
    const folder = copyMini(tempDir());
    const claims = join(folder, "claims.yml");
    writeFileSync(claims, readFileSync(claims, "utf8").replace("high: 13000", "high: 14000"));
    const r = await run(["diff", MINI, folder, "--markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Change level: \*\*patch\*\*/);
    expect(r.stdout).toContain("n-troops");
  });

  it("exits 1 when a side is invalid, and 2 without two sides", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "empty.json"), "");
    const invalid = await run(["diff", MINI, "empty.json"], { cwd: dir });
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain("empty.json: file is empty");
    const one = await run(["diff", MINI]);
    expect(one.code).toBe(2);
  });
});
