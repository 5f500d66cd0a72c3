import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compileFolder } from "@claimset/core/node";
import { describe, expect, it } from "vitest";
import { MINI, REAL, run, tempDir } from "../../test/helpers.js";

const ARTICLE =
  "“We will rebuild every home,” Mayor Anna Berg said on Monday, after about 3,000 houses flooded in Oslo. 👋\nShe told Reuters the repairs would take at least two years.\n";

function setup(): string {
  const cwd = tempDir();
  writeFileSync(join(cwd, "flood.txt"), ARTICLE);
  return cwd;
}

describe("claimset draft", () => {
  it("prints the five authoring files for an article", async () => {
    const cwd = setup();
    const r = await run(["draft", "flood.txt"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    for (const name of ["dataset.yml", "entities.yml", "quotes.yml", "claims.yml", "notes.yml"])
      expect(r.stdout).toContain(`# ─── ${name} ───`);
    expect(r.stdout).toMatch(/^id: flood$/m);
    expect(r.stdout).toContain('spans: "We will rebuild every home,"');
  });

  it("writes a folder that compiles, and refuses to overwrite it without --force", async () => {
    const cwd = setup();
    const first = await run(["draft", "flood.txt", "--out", "flood"], { cwd });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/drafted flood\/: \d+ entities, \d+ quotes, \d+ claims/);
    const folder = join(cwd, "flood");
    expect(readFileSync(join(folder, "article.txt"), "utf8")).toBe(ARTICLE);
    const dataset = compileFolder(folder);
    expect(dataset.quotes.length).toBeGreaterThan(0);
    expect(dataset.schemaVersion).toBe("1.1.0");
    expect(dataset.quotes.every((q) => q.provenance?.method === "drafted" && q.provenance.reviewed === false)).toBe(
      true,
    );
    expect(dataset.claims.map((c) => c.span.text)).toContain("about 3,000");
    const again = await run(["draft", "flood.txt", "--out", "flood"], { cwd });
    expect(again.code).toBe(3);
    expect(again.stderr).toMatch(/already has .*quotes\.yml.*--force/);
    expect((await run(["draft", "flood.txt", "--out", "flood", "--force"], { cwd })).code).toBe(0);
  });

  it("proposes only what is missing in a dataset folder, leaving existing lines as they are", async () => {
    const cwd = setup();
    await run(["draft", "flood.txt", "--out", "flood"], { cwd });
    const folder = join(cwd, "flood");
    const before = readFileSync(join(folder, "quotes.yml"), "utf8");
    const redraft = await run(["draft", "flood"], { cwd });
    expect(redraft.code).toBe(0);
    expect(redraft.stdout).toContain("nothing to propose");
    expect(readFileSync(join(folder, "quotes.yml"), "utf8")).toBe(before);
    // A hand-written quote file: the drafter appends below it.
    const hand =
      '# by hand\n- id: q-berg\n  kind: direct\n  spans: "We will rebuild every home,"\n  noSpeakerReason: not checked yet\n';
    writeFileSync(join(folder, "quotes.yml"), hand);
    writeFileSync(join(folder, "claims.yml"), "[]\n");
    writeFileSync(join(folder, "notes.yml"), "[]\n");
    const merged = await run(["draft", "flood"], { cwd });
    expect(merged.code).toBe(0);
    const after = readFileSync(join(folder, "quotes.yml"), "utf8");
    expect(after.startsWith(hand)).toBe(true);
    expect(after).toContain("the repairs would take at least two years");
    expect(after.match(/We will rebuild every home/g)).toHaveLength(1);
    expect(compileFolder(folder).quotes.find((q) => q.id === "q-berg")?.noSpeakerReason).toBe("not checked yet");
  });

  it("drafts the mini fixture and the real dataset's folders without touching them when asked for stdout", async () => {
    for (const folder of [MINI, REAL]) {
      const before = readFileSync(join(folder, "quotes.yml"), "utf8");
      const r = await run(["draft", folder, "--stdout"]);
      expect(r.code).toBe(0);
      expect(readFileSync(join(folder, "quotes.yml"), "utf8")).toBe(before);
    }
  });

  it("explains bad input", async () => {
    const cwd = setup();
    expect((await run(["draft", "missing.txt"], { cwd })).stderr).toMatch(/no such file/);
    writeFileSync(join(cwd, "empty.txt"), "");
    const empty = await run(["draft", "empty.txt"], { cwd });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/empty/);
    writeFileSync(join(cwd, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect((await run(["draft", "latin1.txt"], { cwd })).stderr).toMatch(/not UTF-8/);
    expect(existsSync(join(cwd, "flood"))).toBe(false);
  });
});
