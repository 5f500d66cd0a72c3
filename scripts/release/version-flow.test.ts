// The real `changeset version` followed by the dataset release, on a throwaway
// workspace: the changelog that changesets writes and the data section this
// tooling adds must fit together.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, expect, test } from "vitest";
import { problemsOf } from "./check.js";
import { type TempRepo, tempRepo } from "./tests/temp-repo.js";

const CHANGESET_BIN = resolve(import.meta.dirname, "../../node_modules/@changesets/cli/bin.js");
const repos: TempRepo[] = [];
afterAll(() => {
  for (const repo of repos) repo.remove();
});

function workspace(): TempRepo {
  const repo = tempRepo();
  repos.push(repo);
  writeFileSync(
    join(repo.root, "package.json"),
    JSON.stringify({ name: "tmp-root", private: true, workspaces: ["datasets/*"] }),
  );
  mkdirSync(join(repo.root, ".changeset"), { recursive: true });
  writeFileSync(
    join(repo.root, ".changeset", "config.json"),
    JSON.stringify({ changelog: "@changesets/cli/changelog", commit: false, access: "public", baseBranch: "main" }),
  );
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@localhost", ...args], { cwd: repo.root });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-q", "-m", "start");
  return repo;
}

const changesetVersion = (repo: TempRepo) =>
  execFileSync(process.execPath, [CHANGESET_BIN, "version"], { cwd: repo.root, stdio: "pipe" });

test("changeset version, then the dataset release: one changelog entry with the summary and the data changes", () => {
  const repo = workspace();
  expect(repo.release().kind).toBe("first");

  repo.edit("claims.yml", "bounds: { low: 11000, high: 13000 }", "bounds: { low: 11000, high: 14000 }");
  writeFileSync(
    join(repo.root, ".changeset", "troops-bound.md"),
    '---\n"@claimset/dataset-mini": patch\n---\n\nWiden the upper bound of “about 12,000 troops” – a rounding 🪖.\n',
  );
  expect(problemsOf(repo.check())).toEqual([]);

  changesetVersion(repo);
  expect(JSON.parse(repo.read("package.json")).version).toBe("1.0.1");
  const outcome = repo.release();
  expect(outcome).toMatchObject({ kind: "update", version: "1.0.1" });

  const changelog = repo.read("CHANGELOG.md");
  const entry = changelog.slice(changelog.indexOf("## 1.0.1"), changelog.indexOf("## 1.0.0"));
  expect(entry).toMatch(/### Patch Changes\n\n- .*Widen the upper bound of “about 12,000 troops” – a rounding 🪖\./);
  expect(entry).toContain("### Data changes");
  expect(entry).toContain("Change level: **patch**.");
  expect(entry).toContain("- `n-troops` (claim):\n  - `bounds.high`: `13000` → `14000`");
  expect(changelog.indexOf("## 1.0.1")).toBeLessThan(changelog.indexOf("## 1.0.0 — first release"));
  expect(JSON.parse(readFileSync(join(repo.dir, "changes", "1.0.1.json"), "utf8")).level).toBe("patch");
  expect(problemsOf(repo.check())).toEqual([]);
});
