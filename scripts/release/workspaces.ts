// The workspace packages of a repository, from its root package.json.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface WorkspacePackage {
  /** Folder relative to the root. */
  dir: string;
  name: string;
  version: string;
  private: boolean;
}

/** Every workspace package, for the patterns `dir` and `dir/*` that npm workspaces use here. */
export function listWorkspaces(root: string): WorkspacePackage[] {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { workspaces?: string[] };
  const dirs: string[] = [];
  for (const pattern of manifest.workspaces ?? []) {
    if (pattern.endsWith("/*")) {
      const base = pattern.slice(0, -2);
      if (!existsSync(join(root, base))) continue;
      for (const name of readdirSync(join(root, base)).sort()) dirs.push(`${base}/${name}`);
    } else if (!pattern.includes("*")) {
      dirs.push(pattern);
    } else {
      throw new TypeError(`workspace pattern "${pattern}" is not supported; expected "dir" or "dir/*"`);
    }
  }
  return dirs
    .filter((dir) => existsSync(join(root, dir, "package.json")))
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(root, dir, "package.json"), "utf8"));
      return { dir, name: String(pkg.name), version: String(pkg.version ?? "0.0.0"), private: pkg.private === true };
    });
}
