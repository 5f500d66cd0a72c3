import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentHash, sha256 } from "@claimset/core";
import { describe, expect, it } from "vitest";
import { builtMini, MINI, run } from "../../test/helpers.js";

describe("claimset verify", () => {
  it("recomputes both hashes and every packaged file's hash, and prints them", async () => {
    const { folder } = await builtMini();
    const dataset = JSON.parse(readFileSync(join(folder, "dataset.json"), "utf8"));
    const r = await run(["verify", folder]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("(mini@0.0.0)");
    expect(r.stdout).toMatch(
      new RegExp(`source\\.sha256\\s+${dataset.source.sha256}\\s+${sha256(dataset.source.text)}\\s+ok`),
    );
    expect(r.stdout).toMatch(new RegExp(`contentHash\\s+${dataset.contentHash}\\s+${dataset.contentHash}\\s+ok`));
    expect(r.stdout).toMatch(/data\/mentions\.csv\s+[0-9a-f]{64}\s+[0-9a-f]{64}\s+ok/);
    expect(r.stdout).toContain("1 verified, 0 failed");
  });

  it("exits 1 when the text was edited after the build, naming both hashes", async () => {
    const { folder } = await builtMini();
    const path = join(folder, "dataset.json");
    const dataset = JSON.parse(readFileSync(path, "utf8"));
    const declared = dataset.contentHash;
    dataset.source.text = dataset.source.text.replace("troops", "soldiers");
    writeFileSync(path, JSON.stringify(dataset, null, 2));
    const r = await run(["verify", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/source\.sha256\s+[0-9a-f]{64}\s+[0-9a-f]{64}\s+MISMATCH/);
    expect(r.stdout).toMatch(/contentHash\s+[0-9a-f]{64}\s+[0-9a-f]{64}\s+MISMATCH/);
    expect(r.stderr).toContain(
      `mismatch: ${path}: contentHash is declared as ${declared} but hashes to ${contentHash(dataset)}`,
    );
    // datapackage.json pinned the old dataset.json bytes too.
    expect(r.stdout).toMatch(/dataset\.json\s+[0-9a-f]{64}\s+[0-9a-f]{64}\s+MISMATCH/);
  });

  it("flags a packaged file that was changed or deleted", async () => {
    const { folder } = await builtMini();
    writeFileSync(join(folder, "data", "claims.csv"), "id\r\n");
    const r = await run(["verify", folder, "--json"]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(false);
    const bad = report.results[0].checks.filter((c: { ok: boolean }) => !c.ok);
    expect(bad.map((c: { name: string }) => c.name)).toEqual(["data/claims.csv"]);
    expect(bad[0].computed).toBe(sha256("id\r\n"));
  });

  it("never follows a descriptor's path outside the package", async () => {
    const { folder } = await builtMini();
    const path = join(folder, "datapackage.json");
    const descriptor = JSON.parse(readFileSync(path, "utf8"));
    descriptor.resources.push({ path: "../outside.txt", hash: `sha256:${sha256("")}` });
    writeFileSync(path, JSON.stringify(descriptor));
    writeFileSync(join(folder, "..", "outside.txt"), "");
    const report = JSON.parse((await run(["verify", folder, "--json"])).stdout);
    const check = report.results[0].checks.find((c: { name: string }) => c.name === "../outside.txt");
    expect(check).toEqual({ name: "../outside.txt", declared: sha256(""), computed: null, ok: false });
  });

  it("refuses an authored folder without dataset.json: it declares no hashes", async () => {
    const r = await run(["verify", MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("has no dataset.json to verify");
  });

  it("reports unreadable JSON per path and keeps going", async () => {
    const { folder } = await builtMini();
    const broken = join(folder, "broken.json");
    writeFileSync(broken, '{"source": {"text": "Kim Jong Un 👋 sent');
    const r = await run(["verify", broken, folder]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("broken.json:1: not valid JSON");
    expect(r.stderr).toContain("(the file looks truncated)");
    expect(r.stdout).toContain("1 verified, 1 failed");
  });
});
