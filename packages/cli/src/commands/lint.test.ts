import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyMini, REAL, run, tempDir } from "../../test/helpers.js";

/** A copy of the mini fixture whose claims.yml states claim-span-unit and breaks it, and cites an unnamed source as an entity. */
function withWarnings(): string {
  const folder = copyMini(tempDir());
  const path = join(folder, "claims.yml");
  const claims = readFileSync(path, "utf8")
    .replace("claims.schema.json\n", "claims.schema.json\n# convention: claim-span-unit — spans run to the unit noun\n")
    .replace("  span: about 12,000 troops\n", "  span: about 12,000\n")
    .replace("  about: losses\n  assertedBy: publisher", "  about: losses\n  assertedBy: { entity: colonel }");
  writeFileSync(path, claims);
  return folder;
}

describe("claimset lint", () => {
  it("lints the real dataset clean, with its stated conventions checked", async () => {
    const r = await run(["lint", REAL]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toMatch(/: 0 warnings, 0 errors — 4 rules run, 3 conventions stated\n$/);
  });

  it("prints each warning at its file, line and column with what was expected and a hint, and exits 0", async () => {
    const r = await run(["lint", withWarnings()]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("3 warnings, 0 errors");
    expect(r.stdout).toContain("claims.yml:5:9 (n-troops) [warning claim-span-unit]: span stops before its unit noun");
    expect(r.stdout).toContain('\n    expected span "about 12,000 troops", found span "about 12,000"\n');
    expect(r.stdout).toContain("\n    hint: write assertedBy: { unnamed: The colonel }");
    expect(r.stdout).toContain(
      'claims.yml:2:15 [warning stated-conventions]: no record follows the stated convention "claim-span-unit"',
    );
  });

  it("exits 1 on warnings with --strict", async () => {
    expect((await run(["lint", withWarnings(), "--strict"])).code).toBe(1);
    expect((await run(["lint", REAL, "--strict"])).code).toBe(0);
  });

  it("runs a convention rule that is not stated only with --all-conventions", async () => {
    const folder = copyMini(tempDir());
    const path = join(folder, "claims.yml");
    writeFileSync(path, readFileSync(path, "utf8").replace("  span: about 12,000 troops\n", "  span: about 12,000\n"));
    expect((await run(["lint", folder])).stdout).toContain("0 warnings");
    const all = await run(["lint", folder, "--all-conventions", "--json"]);
    const report = JSON.parse(all.stdout);
    expect(report.results[0].issues.map((i: { rule: string }) => i.rule)).toEqual(["claim-span-unit"]);
    expect(report.ok).toBe(true);
  });

  it("reports a folder that does not build as errors, with file and line, and exits 1", async () => {
    const folder = copyMini(tempDir());
    const path = join(folder, "entities.yml");
    writeFileSync(path, readFileSync(path, "utf8").replace("The colonel, kind", "The general, kind"));
    const r = await run(["lint", folder]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/entities\.yml:\d+:\d+ \(colonel\) \[error anchor-not-found\]: /);
  });

  it("says what is wrong with a folder it cannot read, without a stack trace", async () => {
    const r = await run(["lint", tempDir()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: .+: no dataset\.yml: not an authored dataset folder\n$/);
    expect((await run(["lint"])).code).toBe(2);
  });

  it("lists the rules, and which run only when stated", async () => {
    const r = await run(["lint", "--rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("claim-span-unit (claims, when stated): ");
    expect(r.stdout).toContain("asserted-by-form (claims, always): ");
  });
});
