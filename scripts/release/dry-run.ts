// `npm run release:dry`: the whole release on a throwaway copy of the
// repository — `npm run version` (changeset version, dataset releases),
// a full build, the release check, and `npm publish --dry-run` of every
// publishable package — then a table of what would be published. Nothing is
// published, and the repository itself is not touched.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { listReleases } from "./repo.js";
import { bumpLevel } from "./semver.js";
import { listWorkspaces, type WorkspacePackage } from "./workspaces.js";

class StepError extends Error {
  override name = "StepError";
}

function run(cmd: string, args: string[], cwd: string, label: string): string {
  process.stdout.write(`release:dry: ${label}\n`);
  try {
    return execFileSync(cmd, args, {
      cwd,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0" },
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new StepError(`\`${cmd} ${args.join(" ")}\` failed in ${cwd}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
  }
}

/** Copies the working tree (tracked and untracked files git does not ignore) and every node_modules folder. */
function copyRepository(root: string, to: string): void {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    const from = join(root, file);
    // Deleted but not yet staged: the working tree no longer has it.
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(from, join(to, file), { verbatimSymlinks: true });
  }
  // Workspace links in node_modules are relative, so in the copy they point at the copied packages.
  for (const dir of [".", ...listWorkspaces(root).map((w) => w.dir)]) {
    const modules = join(root, dir, "node_modules");
    if (existsSync(modules))
      cpSync(modules, join(to, dir, "node_modules"), { recursive: true, verbatimSymlinks: true });
  }
}

interface Published {
  name: string;
  version: string;
  files: number;
  size: number;
  unpackedSize: number;
}

function publishDryRun(dir: string, label: string): Published {
  const out = run("npm", ["publish", "--dry-run", "--json", "--ignore-scripts"], dir, label);
  const parsed = JSON.parse(out.slice(out.indexOf("{"))) as Record<string, unknown>;
  // npm 11 keys the report by package name; older npm prints the report itself.
  const report = (typeof parsed.name === "string" ? parsed : Object.values(parsed)[0]) as Published & {
    entryCount?: number;
    files?: unknown[];
  };
  return {
    name: report.name,
    version: report.version,
    files: report.entryCount ?? (Array.isArray(report.files) ? report.files.length : 0),
    size: report.size,
    unpackedSize: report.unpackedSize,
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(" | ")} |`;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The `## <version>` entry of a changelog. */
function changelogEntry(path: string, version: string): string | null {
  if (!existsSync(path)) return null;
  const lines = readFileSync(path, "utf8").split("\n");
  const start = lines.findIndex((l) => l === `## ${version}` || l.startsWith(`## ${version} `));
  if (start < 0) return null;
  const end = lines.findIndex((l, i) => i > start && l.startsWith("## "));
  return lines
    .slice(start, end < 0 ? undefined : end)
    .join("\n")
    .trim();
}

function main(): number {
  const args = process.argv.slice(2);
  const keep = args.includes("--keep");
  const root = resolve(args.find((a) => !a.startsWith("--")) ?? process.cwd());
  const work = mkdtempSync(join(tmpdir(), "claimset-release-dry-"));
  try {
    process.stdout.write(`release:dry: copying ${root} to ${work}\n`);
    copyRepository(root, work);
    // changesets asks git which commit added each changeset; give the copy a history of its own.
    run("git", ["init", "-q", "-b", "main"], work, "git init in the copy");
    run("git", ["add", "-A"], work, "staging the copy");
    run(
      "git",
      [
        "-c",
        "user.name=release-dry",
        "-c",
        "user.email=release-dry@localhost",
        "commit",
        "-q",
        "--no-verify",
        "-m",
        "dry run",
      ],
      work,
      "committing the copy",
    );

    const before = new Map(listWorkspaces(work).map((w) => [w.name, w]));
    process.stdout.write(
      run("npm", ["run", "version", "--silent"], work, "npm run version (changeset version + dataset releases)"),
    );
    run("npx", ["turbo", "run", "build", "--output-logs=errors-only"], work, "building every package");
    process.stdout.write(
      run(
        "npx",
        ["tsx", "--conditions=@claimset/source", "scripts/release/check.ts"],
        work,
        "release check after versioning",
      ),
    );

    const after = listWorkspaces(work);
    const rows: string[][] = [];
    const datasets: WorkspacePackage[] = [];
    for (const pkg of after) {
      const old = before.get(pkg.name);
      const from = old?.version ?? "—";
      const bump = old ? bumpLevel(old.version, pkg.version) : "new";
      if (pkg.private) {
        if (bump !== "none") rows.push([pkg.name, from, pkg.version, bump, "private: not published", "", ""]);
        continue;
      }
      // A dataset released for the first time keeps its version but gains its first snapshot.
      const firstRelease = pkg.dir.startsWith("datasets/") && listReleases(join(root, pkg.dir)).length === 0;
      if (pkg.dir.startsWith("datasets/") && (bump !== "none" || firstRelease)) datasets.push(pkg);
      const published = publishDryRun(join(work, pkg.dir), `npm publish --dry-run ${pkg.name}`);
      let data = "";
      const changes = join(work, pkg.dir, "changes", `${pkg.version}.json`);
      if (pkg.dir.startsWith("datasets/") && bump !== "none" && existsSync(changes))
        data = `, data change ${(JSON.parse(readFileSync(changes, "utf8")) as { level: string }).level}`;
      rows.push([
        published.name,
        from,
        published.version,
        firstRelease ? "first release" : bump === "none" ? "unchanged" : bump,
        `publish --dry-run ok${data}`,
        String(published.files),
        `${kB(published.size)} (${kB(published.unpackedSize)} unpacked)`,
      ]);
    }
    process.stdout.write(
      `\nWhat \`npm run version\` and a publish would do (dry run in ${work}):\n\n${table(
        ["package", "now", "next", "bump", "action", "files", "tarball"],
        rows,
      )}\n`,
    );
    for (const pkg of datasets) {
      const entry = changelogEntry(join(work, pkg.dir, "CHANGELOG.md"), pkg.version);
      if (entry) process.stdout.write(`\n${pkg.dir}/CHANGELOG.md would gain:\n\n${entry}\n`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    process.stderr.write(`release:dry: ${error.message}\n`);
    return 1;
  } finally {
    if (keep) process.stdout.write(`\nrelease:dry: the copy is kept in ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
