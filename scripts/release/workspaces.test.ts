import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { listWorkspaces } from "./workspaces.js";

test("lists the packages of dir/* and dir workspace patterns, skipping folders without package.json", () => {
  const root = mkdtempSync(join(tmpdir(), "claimset-workspaces-"));
  try {
    const pkg = (dir: string, manifest: object) => {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, "package.json"), JSON.stringify(manifest));
    };
    pkg(".", { workspaces: ["packages/*", "bench", "missing/*"] });
    pkg("packages/b", { name: "b", version: "1.0.0" });
    pkg("packages/a", { name: "a", version: "0.1.0", private: true });
    mkdirSync(join(root, "packages/notes"));
    pkg("bench", { name: "bench", private: true });
    expect(listWorkspaces(root)).toEqual([
      { dir: "packages/a", name: "a", version: "0.1.0", private: true },
      { dir: "packages/b", name: "b", version: "1.0.0", private: false },
      { dir: "bench", name: "bench", version: "0.0.0", private: true },
    ]);
    pkg(".", { workspaces: ["packages/**"] });
    expect(() => listWorkspaces(root)).toThrow('workspace pattern "packages/**" is not supported');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
