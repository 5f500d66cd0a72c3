// Where a new dataset package sits: the npm workspace around it, the versions
// of the claimset packages that workspace has, and its package-lock.json.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { VERSION } from "../version.js";

/** The npm workspace root a new dataset folder belongs to. */
export interface Workspace {
  root: string;
  /** The root package.json's `name`: `claimset-monorepo` for the claimset repository itself. */
  name: string | null;
  /** The workspace globs of the root package.json, as written. */
  patterns: string[];
}

function readJson(path: string): Record<string, unknown> | null {
  try {
    const data = JSON.parse(readFileSync(path, "utf8")) as unknown;
    return typeof data === "object" && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The nearest folder above `folder` whose package.json declares `workspaces`, or null outside any workspace. */
export function findWorkspace(folder: string): Workspace | null {
  for (let dir = dirname(folder); ; dir = dirname(dir)) {
    const pkg = readJson(join(dir, "package.json"));
    const workspaces = pkg?.workspaces;
    const patterns = Array.isArray(workspaces)
      ? workspaces
      : Array.isArray((workspaces as { packages?: unknown } | undefined)?.packages)
        ? (workspaces as { packages: unknown[] }).packages
        : null;
    if (pkg && patterns) {
      return {
        root: dir,
        name: typeof pkg.name === "string" ? pkg.name : null,
        patterns: patterns.filter((p): p is string => typeof p === "string"),
      };
    }
    if (dirname(dir) === dir) return null;
  }
}

const toPosix = (path: string) => path.split(sep).join("/");

/** Whether a workspace glob (`datasets/*` or an exact folder) takes in `folder`: else npm would not install it. */
export function coveredBy(workspace: Workspace, folder: string): boolean {
  const path = toPosix(relative(workspace.root, folder));
  return workspace.patterns.some((pattern) => {
    const clean = pattern.replace(/^\.\//, "").replace(/\/$/, "");
    if (clean.endsWith("/*")) return dirname(path) === clean.slice(0, -2) || (clean === "*" && !path.includes("/"));
    return clean === path;
  });
}

/** name → version of every package of the workspace (the folders its globs name). */
export function workspaceVersions(workspace: Workspace): Map<string, string> {
  const versions = new Map<string, string>();
  for (const pattern of workspace.patterns) {
    const clean = pattern.replace(/^\.\//, "").replace(/\/$/, "");
    const dirs = clean.endsWith("/*")
      ? (() => {
          const base = join(workspace.root, clean.slice(0, -2));
          return existsSync(base) ? readdirSync(base).map((name) => join(base, name)) : [];
        })()
      : [join(workspace.root, clean)];
    for (const dir of dirs) {
      const pkg = readJson(join(dir, "package.json"));
      if (typeof pkg?.name === "string" && typeof pkg.version === "string") versions.set(pkg.name, pkg.version);
    }
  }
  return versions;
}

/** The version of a claimset package: the workspace's own when it has it, else the one installed beside this CLI. */
export function toolVersion(name: string, workspace: Map<string, string>): string {
  const own = workspace.get(name);
  if (own !== undefined) return own;
  try {
    const require = createRequire(import.meta.url);
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return VERSION;
  }
}

/** The command that brings package-lock.json up to date with a new workspace package, without installing it. */
export const LOCKFILE_COMMAND = [
  "npm",
  "install",
  "--package-lock-only",
  "--prefer-offline",
  "--no-audit",
  "--no-fund",
  "--ignore-scripts",
] as const;

/** Runs {@link LOCKFILE_COMMAND} at the workspace root; the error output, or null when it succeeded. */
export function updateLockfile(root: string): string | null {
  const [command, ...args] = LOCKFILE_COMMAND;
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.error) return `${command} could not be started: ${result.error.message}`;
  if (result.status !== 0) {
    const output = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim();
    return output === "" ? `${command} exited with code ${result.status}` : output;
  }
  return null;
}
