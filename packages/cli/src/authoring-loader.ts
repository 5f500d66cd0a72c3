import { resolve } from "node:path";
import type { compileFolder } from "@claimset/core/node";
import { isAuthoredFolder } from "@claimset/core/node/read";

// The authoring compiler (and its YAML parser) is loaded only when a command
// may read an authored folder: reading dataset JSON, the common case for
// `validate`, `quotes` and the rest, needs neither, and loading them costs
// about as much again as starting Node.

let compiler: typeof compileFolder | undefined;

/** Loads the authoring compiler, once. */
export async function loadCompiler(): Promise<void> {
  compiler ??= (await import("./compiler.js")).compileFolder;
}

/** The authoring compiler; `loadCompiler` has run whenever a command can reach an authored folder. */
export function authoringCompiler(): typeof compileFolder {
  if (!compiler) throw new Error("the authoring compiler was not loaded before an authored folder was read");
  return compiler;
}

/**
 * Whether any argument (or the current folder, which commands read by
 * default) names an authored folder: what decides whether to load the
 * compiler before a command runs.
 */
export function mayReadAuthored(args: readonly string[], cwd: string): boolean {
  if (isAuthoredFolder(cwd)) return true;
  return args.some((arg) => {
    const value = arg.startsWith("-") && arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : arg;
    return value !== "" && isAuthoredFolder(resolve(cwd, value));
  });
}
