import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { FileSafetyError } from "../errors/errors.js";

/**
 * Resolves `target` inside `root` and refuses anything that would escape it:
 * `..` segments, absolute paths elsewhere, or a symlink anywhere on the way.
 */
export function resolveInside(root: string, target: string): string {
  const base = resolve(root);
  const full = resolve(base, target);
  const rel = relative(base, full);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new FileSafetyError(`${target} is outside ${base}; refusing to write there`, {
      file: target,
      rule: "outside-folder",
    });
  }
  // Walk from the root down; any existing symlink could point anywhere.
  let current = base;
  for (const part of rel.split(sep).filter(Boolean)) {
    current = join(current, part);
    let stat: ReturnType<typeof lstatSync> | undefined;
    try {
      stat = lstatSync(current);
    } catch {
      break;
    }
    if (stat.isSymbolicLink())
      throw new FileSafetyError(`${current} is a symbolic link; refusing to write through it`, {
        file: current,
        rule: "symlink",
      });
  }
  return full;
}

export interface WriteOptions {
  /** Replace an existing file. Without it, an existing file is an error. */
  force?: boolean;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a file atomically: the content goes to a temporary file beside the
 * target, is flushed to disk, then renamed over it. A reader (or a crash)
 * sees the old file or the new one, never half of one.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  if (!options.force && exists(path)) {
    throw new FileSafetyError(`${path} already exists`, {
      file: path,
      rule: "exists",
      hint: "pass --force to overwrite it",
    });
  }
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${randomBytes(6).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx");
  try {
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
