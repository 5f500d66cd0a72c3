// Bad article metadata is refused where it is authored, before anything is
// built: a URL that is not http(s) would become a link and an id in the
// exports, and a date that does not exist would be published as one.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { copyMini, run, tempDir } from "./helpers.js";

function authoredWith(lines: Record<string, string>): { cwd: string; dir: string } {
  const cwd = tempDir();
  const dir = copyMini(cwd);
  let yml = readFileSync(join(dir, "dataset.yml"), "utf8");
  for (const [key, value] of Object.entries(lines))
    yml = yml.replace(new RegExp(`^${key}: .*$`, "m"), `${key}: ${value}`);
  writeFileSync(join(dir, "dataset.yml"), yml);
  return { cwd, dir };
}

describe("article metadata in dataset.yml", () => {
  it("refuses a javascript: URL, a date that does not exist and an empty title, naming each line", async () => {
    const { cwd } = authoredWith({ url: "javascript:alert(1)", publishedAt: "2025-13-45", title: '""' });
    const r = await run(["validate", "mini"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("dataset.yml:7:1 [schema]: url: expected an absolute http:// or https:// URL");
    expect(r.stderr).toContain("dataset.yml:8:1 [schema]: publishedAt: expected an ISO 8601 date that exists");
    expect(r.stderr).toContain("dataset.yml:5:1 [schema]: title: expected text, not an empty string");
  });

  it.each([
    ["publishedAt", "2025-02-30"],
    ["retrievedAt", "2023-02-29"],
    ["url", "ftp://news.example/a"],
  ])("refuses %s: %s, and builds nothing", async (key, value) => {
    const { cwd, dir } = authoredWith({ [key]: value });
    const r = await run(["build", "mini"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`[schema]: ${key}: expected`);
    expect(existsSync(join(dir, "dataset.json"))).toBe(false);
  });

  it("accepts real dates and an https URL", async () => {
    const { cwd } = authoredWith({
      url: "https://news.example/2024/02/29/parade",
      publishedAt: "2024-02-29",
      retrievedAt: "2024-03-01T08:00:00Z",
    });
    const r = await run(["validate", "mini"], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });
});
