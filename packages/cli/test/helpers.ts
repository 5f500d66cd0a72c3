import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";
import { main } from "../src/main.js";

/** The authored test fixture of @claimset/core: three entities, two quotes, three claims, one note. */
export const MINI = fileURLToPath(new URL("../../core/test/fixtures/mini/", import.meta.url));

/** The real dataset of this repository (authored folder). */
export const REAL = fileURLToPath(new URL("../../../datasets/north-korea-victory-day-parade/", import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `claimset <argv>` in-process with captured output, as if neither stream were a terminal unless told. */
export async function run(
  argv: string[],
  options: {
    cwd?: string;
    env?: Record<string, string>;
    stdoutTTY?: boolean;
    stderrTTY?: boolean;
    columns?: number;
  } = {},
): Promise<RunResult> {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdoutTTY: options.stdoutTTY ?? false,
    stderrTTY: options.stderrTTY ?? false,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
  });
  return { code, stdout, stderr };
}

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "claimset-cli-"));
  temps.push(dir);
  return dir;
}

/** A copy of the mini fixture's authored files in `<dir>/mini`. */
export function copyMini(dir: string): string {
  const target = join(dir, "mini");
  cpSync(MINI, target, { recursive: true });
  return target;
}

/** A temporary folder holding a built copy of the mini fixture (`mini/dataset.json`, `mini/data/`, …). */
export async function builtMini(): Promise<{ dir: string; folder: string }> {
  const dir = tempDir();
  const folder = copyMini(dir);
  const result = await run(["build", folder]);
  if (result.code !== 0) throw new Error(`building the fixture failed: ${result.stderr}`);
  return { dir, folder };
}
