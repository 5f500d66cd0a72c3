// Files a command writes after checking them all, or prints with --stdout:
// shared by import (brat, Label Studio), draft and the merges into a folder.
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import type { Context } from "./context.js";
import type { CommandInput } from "./spec.js";

/** A file to write, and where it goes. */
export interface Planned {
  path: string;
  content: string;
}

/**
 * Writes every planned file atomically, after checking them all: inside the
 * current folder, and not already there unless `force`. A refusal writes nothing.
 */
export async function writePlanned(context: Context, planned: readonly Planned[], force: boolean) {
  const { FileSafetyError, resolveInside, writeFileAtomic } = await import("@claimset/core/node");
  const targets = planned.map((p) => ({ ...p, path: resolveInside(context.cwd, p.path) }));
  if (!force) {
    const existing = targets.filter((t) => existsSync(t.path)).map((t) => relative(context.cwd, t.path));
    if (existing.length) {
      const shown =
        existing.length > 4
          ? `${existing.slice(0, 3).join(", ")} and ${existing.length - 3} more`
          : existing.join(", ");
      throw new FileSafetyError(`refusing to overwrite ${shown}`, {
        rule: "exists",
        hint: `pass --force to replace ${existing.length === 1 ? "it" : "them"}, or choose another --out`,
      });
    }
  }
  for (const t of targets) writeFileAtomic(t.path, t.content, { force });
  return targets.map((t) => ({ path: relative(context.cwd, t.path), bytes: Buffer.byteLength(t.content, "utf8") }));
}

/** Prints each planned file under a `# ─── path ───` line (what --stdout shows). */
export function printPlanned(context: Context, planned: readonly Planned[]): void {
  planned.forEach((p, i) => {
    context.stdout(`${i ? "\n" : ""}# ─── ${p.path} ───\n${p.content}`);
  });
}

/**
 * The files a merge into `folder` rewrote (by name inside it): printed with
 * --stdout (unless --json), else written over the folder's own. Returns their
 * paths, each file's text with --stdout, and whether they were written.
 */
export async function mergeIntoFolder(
  context: Context,
  values: CommandInput["values"],
  folder: string,
  files: Readonly<Record<string, string>>,
): Promise<{ files: string[]; content?: Record<string, string>; written: boolean }> {
  const planned = Object.entries(files).map(([name, content]) => ({
    path: relative(context.cwd, resolve(folder, name)),
    content,
  }));
  const paths = planned.map((p) => p.path);
  if (values.stdout) {
    if (!values.json) printPlanned(context, planned);
    return { files: paths, content: { ...files }, written: false };
  }
  // Merging is the point: these files exist, and only the records the merge touched change in them.
  await writePlanned(context, planned, true);
  return { files: paths, written: true };
}
