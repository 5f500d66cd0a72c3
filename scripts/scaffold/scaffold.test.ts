// `claimset new` in a copy of the repository, then what a new dataset package goes
// through on a fresh clone: the install from the lock file it updated, the
// package's own tasks, the formatter, and the repository-wide checks that read
// every dataset (consumer smoke test, bundle budgets, release check).
// Bounded by work, not time: one new dataset with a short article, the tool
// packages' builds copied from this checkout (turbo builds them before this
// task), and only the checks a new package touches. Each step's time is printed.
import { execFile } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HANG_MS } from "../../vitest.shared.js";

const exec = promisify(execFile);
const ROOT = resolve(import.meta.dirname, "../..");
const SLUG = "scaffold-test-harbour-ferry";
const NAME = `@claimset/dataset-${SLUG}`;

/** Written for this test: curly quotes, en dashes, an ellipsis, a pound sign and an astral character. */
const ARTICLE = `Harbour council votes to keep the ferry – for now

The town council voted 7–2 on Tuesday to keep the harbour ferry running until at least March, after more than 1,200 residents signed the “Ferry 🚢 Forever” petition to save it.

“We heard you,” said Mayor Ines Calder after the vote. “The ferry stays… for now.”

The service costs about £340,000 a year. Councillor Tom Reyes, who voted against, said the town “cannot keep paying for a boat that carries 40 people a day”.
`;

/** The environment of a command run in the copy: none of the npm and turbo variables of the `npm test` around us. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_|TURBO_|INIT_CWD$|VITEST)/i.test(key)) continue;
    env[key] = value;
  }
  return { ...env, TURBO_TELEMETRY_DISABLED: "1", NO_COLOR: "1", FORCE_COLOR: "0" };
}

const timings: { step: string; seconds: number }[] = [];

/** Runs one step in the copy; a failure shows the command and the end of its output. */
async function step(label: string, command: string, args: string[], cwd: string): Promise<string> {
  const started = performance.now();
  try {
    const { stdout, stderr } = await exec(command, args, {
      cwd,
      env: cleanEnv(),
      maxBuffer: 64 * 1024 * 1024,
      timeout: HANG_MS,
    });
    return `${stdout}${stderr}`;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    const output = `${e.stdout ?? ""}${e.stderr ?? ""}`.split("\n").slice(-60).join("\n");
    throw new Error(`${label}: \`${command} ${args.join(" ")}\` failed in ${cwd}\n${output || e.message}`);
  } finally {
    timings.push({ step: label, seconds: (performance.now() - started) / 1000 });
  }
}

/** The files of this checkout as git knows them (tracked, and new ones not ignored), copied as they are on disk. */
async function copyRepository(to: string): Promise<void> {
  const { stdout } = await exec("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  for (const path of new Set(stdout.split("\0").filter(Boolean))) {
    const from = join(ROOT, path);
    if (!existsSync(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(to, path)), { recursive: true });
    cpSync(from, join(to, path));
  }
  // The tool packages as turbo built them for this `npm test`: the copy needs no second build of its own.
  for (const name of readdirSync(join(ROOT, "packages"))) {
    const pkg = join(ROOT, "packages", name);
    if (!existsSync(join(pkg, "package.json"))) continue;
    const scripts = (
      JSON.parse(readFileSync(join(pkg, "package.json"), "utf8")) as { scripts?: Record<string, string> }
    ).scripts;
    if (scripts?.build === undefined) continue;
    if (!existsSync(join(pkg, "dist"))) {
      throw new Error(
        `packages/${name} is not built: list "${name}"'s build in turbo.json's //#check:scaffold dependsOn`,
      );
    }
    cpSync(join(pkg, "dist"), join(to, "packages", name, "dist"), { recursive: true });
  }
}

let work: string;
let repo: string;
let created: string;
let installed = false;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "claimset-scaffold-"));
  repo = join(work, "repo");
  const started = performance.now();
  await copyRepository(repo);
  timings.push({ step: "copy the repository", seconds: (performance.now() - started) / 1000 });
  writeFileSync(join(work, "article.txt"), ARTICLE);
  // A repository of its own, so `git status` shows what `claimset new` added.
  await step("git init", "git", ["init", "-q", "-b", "main"], repo);
  await step("git add", "git", ["add", "-A"], repo);
  await step("git commit", "git", ["-c", "user.name=t", "-c", "user.email=t@localhost", "commit", "-qm", "copy"], repo);
  created = await step(
    "claimset new",
    process.execPath,
    [
      join(ROOT, "packages/cli/dist/bin.js"),
      "new",
      SLUG,
      "--article",
      join(work, "article.txt"),
      "--rights",
      "Written for the claimset scaffold test",
      "--title",
      "Harbour council votes to keep the ferry – for now",
      "--published-at",
      "2025-10-14",
      "--authors",
      "Ana Lima, Joe Park",
    ],
    repo,
  );
});

afterAll(() => {
  const total = timings.reduce((n, t) => n + t.seconds, 0);
  process.stdout.write(
    `scaffold test, time per step:\n${timings.map((t) => `  ${t.seconds.toFixed(1).padStart(6)} s  ${t.step}`).join("\n")}\n  ${total.toFixed(1).padStart(6)} s  in all\n`,
  );
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("claimset new in a copy of the repository", () => {
  it("adds the package, its changeset and its lock file entry, and nothing else", async () => {
    expect(created).toContain(`created datasets/${SLUG}/`);
    expect(created).toContain("package-lock.json is up to date");
    const status = await step("git status", "git", ["status", "--porcelain", "--untracked-files=all"], repo);
    const changed = status
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3));
    expect(changed.filter((p) => !p.startsWith(`datasets/${SLUG}/`)).sort()).toEqual([
      ".changeset/scaffold-test-harbour-ferry-initial.md",
      "package-lock.json",
    ]);
    const lock = JSON.parse(readFileSync(join(repo, "package-lock.json"), "utf8"));
    expect(lock.packages[`datasets/${SLUG}`]).toMatchObject({ name: NAME, version: "0.1.0" });
    expect(lock.packages[`node_modules/${NAME}`]).toEqual({ resolved: `datasets/${SLUG}`, link: true });
  });

  it("installs from the updated lock file: npm ci's own check, then this checkout's tree plus the new link", async () => {
    // npm's own test of the lock file against every package.json, the one that failed
    // with "Missing: … from lock file" before `new` updated it.
    await step("npm ci --dry-run", "npm", ["ci", "--dry-run", "--no-audit", "--no-fund"], repo);
    // The lock is this checkout's, plus the new package and its link, and nothing else:
    // so the installed tree is this checkout's node_modules plus that link. A real
    // `npm ci` of it (one to two minutes on 2 cores) would install the same files;
    // CI's own `npm ci` installs this checkout's lock on every run.
    const before = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8"));
    const after = JSON.parse(readFileSync(join(repo, "package-lock.json"), "utf8"));
    const added = [`datasets/${SLUG}`, `node_modules/${NAME}`];
    expect(Object.keys(after.packages).filter((k) => !(k in before.packages))).toEqual(added);
    for (const key of Object.keys(before.packages)) expect(after.packages[key], key).toEqual(before.packages[key]);
    expect({ ...after, packages: {} }).toEqual({ ...before, packages: {} });
    const started = performance.now();
    // Workspace links are relative (../../packages/core): copied verbatim, they point into the copy.
    cpSync(join(ROOT, "node_modules"), join(repo, "node_modules"), { recursive: true, verbatimSymlinks: true });
    const link = join(repo, "node_modules", ...NAME.split("/"));
    rmSync(link, { recursive: true, force: true });
    symlinkSync(relative(dirname(link), join(repo, after.packages[`node_modules/${NAME}`].resolved)), link);
    timings.push({ step: "install (node_modules copied, one link)", seconds: (performance.now() - started) / 1000 });
    expect(existsSync(join(repo, "node_modules", NAME, "package.json"))).toBe(true);
    installed = true;
  });

  it("passes the new package's own tasks, and the formatter", async () => {
    expect(installed, "the install failed above: nothing to check on a half-installed copy").toBe(true);
    // Every dataset's build: each is one `claimset build`, and the consumer smoke test packs them all.
    await step("build every dataset", "npm", ["run", "build", "-w", "datasets"], repo);
    for (const task of ["typecheck", "test", "check"]) {
      await step(`${task} (${SLUG})`, "npm", ["run", task, "-w", NAME], repo);
    }
    await step("biome ci (the new package)", "npx", ["biome", "ci", "--colors=off", `datasets/${SLUG}`], repo);
  });

  it("passes the repository-wide checks, each of which reads the new dataset", async () => {
    expect(installed, "the install failed above: nothing to check on a half-installed copy").toBe(true);
    const smoke = await step("consumer smoke", process.execPath, ["scripts/consumer-smoke.mjs", "--skip-build"], repo);
    expect(smoke).toContain(`esm ok ${NAME}`);
    expect(smoke).toContain(`cjs ok ${NAME}`);
    const budgets = await step("bundle budgets", "npm", ["run", "check", "-w", "@claimset/bench"], repo);
    expect(budgets).toContain(`✓ quotes from ${NAME}/quotes`);
    const release = await step(
      "release check",
      "npx",
      ["tsx", "--conditions=@claimset/source", "scripts/release/check.ts"],
      repo,
    );
    expect(release).toContain(`✓ ${NAME} (datasets/${SLUG}): 0.1.0, not released yet`);
    // The API check reads the tool packages only, which a new dataset does not change: npm test runs it once.
  });
});
