import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "../measure.js";

const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), "rss-preload.mjs");

export interface ScaleFigures {
  articles: number;
  bytes: number;
  /** Wall time of `claimset validate <files>`, process start to exit. */
  ms: number;
  /** Peak resident memory of that process, in MiB. */
  peakMiB: number;
}

/** The built CLI, as the bench package depends on it. */
export function cliBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@claimset/cli/package.json")), "dist/bin.js");
}

/** Runs node with `args` in a child process: wall time, and peak resident memory from the preload. */
export function runCli(args: string[], usageFile: string, cwd?: string): { ms: number; peakMiB: number } {
  rmSync(usageFile, { force: true });
  const start = performance.now();
  const result = spawnSync(process.execPath, ["--import", PRELOAD, ...args], {
    env: { ...process.env, BENCH_USAGE_OUT: usageFile, NO_COLOR: "1" },
    encoding: "utf8",
    maxBuffer: 1 << 26,
    ...(cwd === undefined ? {} : { cwd }),
  });
  const ms = performance.now() - start;
  if (result.status !== 0)
    throw new Error(`node ${args.slice(0, 3).join(" ")} … exited ${result.status}:\n${result.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, "utf8")) as { maxRssKiB: number };
  return { ms, peakMiB: usage.maxRssKiB / 1024 };
}

/** `claimset validate` over the first `files`, in a child process: median time and peak memory of `runs` runs. */
export function benchScale(files: readonly string[], bytes: number, runs: number, usageFile: string): ScaleFigures {
  const results = Array.from({ length: runs }, () => runCli([cliBin(), "validate", ...files], usageFile));
  return {
    articles: files.length,
    bytes,
    ms: median(results.map((r) => r.ms)),
    peakMiB: Math.max(...results.map((r) => r.peakMiB)),
  };
}

/** Time and peak memory of a Node process that does nothing: the floor under every CLI figure. */
export function nodeBaseline(usageFile: string): { ms: number; peakMiB: number } {
  const runs = Array.from({ length: 3 }, () => runCli(["-e", ""], usageFile));
  return { ms: median(runs.map((r) => r.ms)), peakMiB: Math.max(...runs.map((r) => r.peakMiB)) };
}
