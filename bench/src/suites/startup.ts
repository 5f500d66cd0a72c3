import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { median } from "../measure.js";
import { cliBin } from "./scale.js";

export interface StartupCommand {
  /** The command as people type it. */
  name: string;
  /** Median wall time of the whole process, spawn to exit. */
  ms: number;
  /** That time over an empty Node process's (`node -e 0`), measured in alternation with it. */
  vsNode: number;
}

export interface StartupFigures {
  runs: number;
  /** Median wall time of `node -e 0`. */
  nodeMs: number;
  commands: StartupCommand[];
}

/** The seed article's dataset.json, as its package ships it. */
export function seedDatasetJson(): string {
  return createRequire(import.meta.url).resolve("@claimset/dataset-north-korea-victory-day-parade/dataset.json");
}

function wallMs(args: readonly string[]): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}:\n${r.stderr}`);
  return ms;
}

/**
 * The built `claimset` started as a whole process (`node dist/bin.js …`):
 * `--version`, `--help`, and `validate` of one article's dataset.json. Each
 * run of a command follows a run of `node -e 0`, so a busy machine slows
 * both alike; each command's ratio is its median over the median of the
 * empty processes run beside it.
 */
export function benchStartup(runs: number, datasetJson = seedDatasetJson()): StartupFigures {
  const bin = cliBin();
  const commands: [string, string[]][] = [
    ["claimset --version", ["--version"]],
    ["claimset --help", ["--help"]],
    ["claimset validate <one article's dataset.json>", ["validate", datasetJson]],
  ];
  // One untimed round: the files come into the page cache.
  for (const [, args] of commands) wallMs([bin, ...args]);
  wallMs(["-e", "0"]);
  const empty: number[] = [];
  const times = commands.map(() => [] as number[]);
  for (let round = 0; round < runs; round++) {
    commands.forEach(([, args], i) => {
      empty.push(wallMs(["-e", "0"]));
      times[i]!.push(wallMs([bin, ...args]));
    });
  }
  const nodeMs = median(empty);
  return {
    runs,
    nodeMs,
    commands: commands.map(([name], i) => {
      const ms = median(times[i]!);
      return { name, ms, vsNode: ms / nodeMs };
    }),
  };
}
