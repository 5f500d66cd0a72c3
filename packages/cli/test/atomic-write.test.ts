// File safety: a writer killed mid-write leaves the old file whole; nothing
// is replaced without --force; `new`, `build` and `export --out` stay inside
// the current folder and never write through a symbolic link.
import { spawn } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { FileSafetyError, resolveInside, writeFileAtomic } from "@claimset/core/node";
import { describe, expect, it } from "vitest";
import { builtMini, MINI, run, tempDir } from "./helpers.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const FILES_TS = fileURLToPath(new URL("../../core/src/node/files.ts", import.meta.url));
const SIZE = 256 * 1024 * 1024;

/**
 * Starts a child that replaces `target` with SIZE bytes of "n" through
 * writeFileAtomic, and SIGKILLs it as soon as its temporary file has data.
 * Resolves with whether the kill landed before the rename.
 */
function killMidWrite(dir: string, target: string): Promise<{ killedMidWrite: boolean }> {
  const script = join(dir, "writer.mts");
  writeFileSync(
    script,
    `import { writeFileAtomic } from ${JSON.stringify(FILES_TS)};
const bytes = Buffer.alloc(${SIZE}, "n");
process.stdout.write("ready\\n");
writeFileAtomic(${JSON.stringify(target)}, bytes, { force: true });
process.stdout.write("done\\n");
`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script], {
      cwd: REPO,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let stderr = "";
    let killed = false;
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdout.on("data", (chunk) => {
      out += chunk;
      if (!out.includes("ready") || killed) return;
      const poll = () => {
        if (killed || child.exitCode !== null) return;
        const temp = readdirSync(dir).find((name) => name.endsWith(".tmp"));
        if (temp !== undefined && statSync(join(dir, temp), { throwIfNoEntry: false })?.size) {
          killed = child.kill("SIGKILL");
          return;
        }
        setImmediate(poll);
      };
      poll();
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve({ killedMidWrite: !out.includes("done") });
      else if (code === 0) resolve({ killedMidWrite: false });
      else reject(new Error(`writer exited with ${code}: ${stderr}`));
    });
  });
}

/** Whether the `length` bytes of `file` from `offset` are all "n", the byte the writer writes. */
function allN(file: string, offset: number, length: number): boolean {
  const fd = openSync(file, "r");
  try {
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, offset);
    return read === length && buffer.every((byte) => byte === 0x6e);
  } finally {
    closeSync(fd);
  }
}

/** The first and last MiB of a file and its size: enough to tell a whole write of "n" from a torn one. */
function holdsOnlyN(file: string, size: number): boolean {
  const probe = Math.min(size, 1 << 20);
  return allN(file, 0, probe) && allN(file, size - probe, probe);
}

describe("writeFileAtomic", () => {
  it("leaves the old file byte for byte and only its hidden partial temporary file when the writer is killed", async () => {
    let landed = false;
    for (let attempt = 0; attempt < 5 && !landed; attempt++) {
      const dir = tempDir();
      const target = join(dir, "dataset.json");
      // Bytes of every width, a BOM-less UTF-8 text with an emoji and CRLF: compared as bytes, not as text.
      const old = Buffer.from(`{"old":true,"attempt":${attempt},"text":"“🦊” – …"}\r\n`, "utf8");
      writeFileSync(target, old);
      const { killedMidWrite } = await killMidWrite(dir, target);
      const now = readFileSync(target);
      const left = readdirSync(dir).filter((name) => name !== "dataset.json" && name !== "writer.mts");
      if (killedMidWrite) {
        landed = true;
        expect(now.equals(old), "the old file is untouched").toBe(true);
        // What is left: exactly one hidden temporary file, holding a prefix of the new content.
        expect(left).toHaveLength(1);
        expect(left[0]).toMatch(/^\.[0-9a-f]{12}\.tmp$/);
        const temp = join(dir, left[0]!);
        const size = statSync(temp).size;
        expect(size).toBeGreaterThan(0);
        expect(size).toBeLessThanOrEqual(SIZE);
        expect(holdsOnlyN(temp, size), "the temporary file holds the start of the new content").toBe(true);
      } else {
        // The rename won the race: then the new file is there whole, and nothing else.
        expect(now.length).toBe(SIZE);
        expect(holdsOnlyN(target, SIZE)).toBe(true);
        expect(left).toEqual([]);
      }
    }
    expect(landed, "the kill never landed mid-write in 5 attempts").toBe(true);
  });

  it("replaces a file only with force, and leaves no temporary file behind", () => {
    const dir = tempDir();
    const target = join(dir, "out.txt");
    writeFileAtomic(target, "first");
    expect(() => writeFileAtomic(target, "second")).toThrow(FileSafetyError);
    expect(() => writeFileAtomic(target, "second")).toThrow("already exists; pass --force to overwrite it");
    expect(readFileSync(target, "utf8")).toBe("first");
    writeFileAtomic(target, "second", { force: true });
    expect(readFileSync(target, "utf8")).toBe("second");
    expect(readdirSync(dir)).toEqual(["out.txt"]);
  });
});

describe("resolveInside", () => {
  it("refuses .., absolute paths elsewhere and symbolic links on the way", () => {
    const root = tempDir();
    mkdirSync(join(root, "real"));
    symlinkSync(join(root, "real"), join(root, "link"));
    expect(resolveInside(root, "a/b.txt")).toBe(join(root, "a", "b.txt"));
    expect(resolveInside(root, join(root, "a"))).toBe(join(root, "a"));
    for (const bad of ["..", "../x", "a/../../x", "/etc/passwd", "link", "link/file.txt"]) {
      expect(() => resolveInside(root, bad), bad).toThrow(FileSafetyError);
    }
  });
});

describe("the CLI never writes outside the current folder, through a link, or over a file", () => {
  it("export --out", async () => {
    const { dir, folder } = await builtMini();
    mkdirSync(join(dir, "elsewhere"));
    symlinkSync(join(dir, "elsewhere"), join(dir, "linked"));
    const base = ["export", "--format", "jsonld", "-d", folder, "--out"];
    for (const out of ["../escape", "/tmp", "linked", "linked/deeper"]) {
      const r = await run([...base, out], { cwd: dir });
      expect(r.code, `--out ${out}: ${r.stderr}`).toBe(3);
      expect(r.stderr).toMatch(/outside|symbolic link/);
    }
    expect(readdirSync(join(dir, "elsewhere"))).toEqual([]);
    expect((await run([...base, "out"], { cwd: dir })).code).toBe(0);
    const first = readFileSync(join(dir, "out", "dataset.jsonld"), "utf8");
    writeFileSync(join(dir, "out", "dataset.jsonld"), "mine");
    const again = await run([...base, "out"], { cwd: dir });
    expect(again.code).toBe(3);
    expect(again.stderr).toContain("pass --force");
    expect(readFileSync(join(dir, "out", "dataset.jsonld"), "utf8")).toBe("mine");
    expect((await run([...base, "out", "--force"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "out", "dataset.jsonld"), "utf8")).toBe(first);
  });

  it("new <slug>", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "article.txt"), readFileSync(join(MINI, "article.txt")));
    mkdirSync(join(dir, "elsewhere"));
    symlinkSync(join(dir, "elsewhere"), join(dir, "linked"));
    const make = (slug: string, ...more: string[]) =>
      run(["new", slug, "--article", "article.txt", "--rights", "test", ...more], { cwd: dir });
    for (const slug of ["../escape", "/tmp/x", "a/b", "..", "UPPER"]) {
      const r = await make(slug);
      expect(r.code, `slug ${slug}`).toBe(2);
      expect(r.stderr).toContain("is not a valid slug");
    }
    for (const parent of ["..", "../x", "/tmp", "linked", "linked/deeper"]) {
      const r = await make("fine", "--dir", parent);
      expect(r.code, `--dir ${parent}: ${r.stderr}`).toBe(3);
      expect(r.stderr).toMatch(/outside|symbolic link/);
    }
    expect(readdirSync(join(dir, "elsewhere"))).toEqual([]);
    expect((await make("fine")).code).toBe(0);
    const readme = join(dir, "datasets", "fine", "README.md");
    writeFileSync(readme, "mine");
    const again = await make("fine");
    expect(again.code).toBe(3);
    expect(again.stderr).toContain("already exists");
    expect(readFileSync(readme, "utf8")).toBe("mine");
    // A symlink where the folder would go is refused too, not followed.
    symlinkSync(join(dir, "elsewhere"), join(dir, "datasets", "linked-slug"));
    expect((await make("linked-slug")).code).toBe(3);
    expect(readdirSync(join(dir, "elsewhere"))).toEqual([]);
    // No staging folder is left behind by the refusals.
    expect(readdirSync(join(dir, "datasets")).sort()).toEqual(["fine", "linked-slug"]);
  });

  it("build writes inside the dataset folder, and refuses a symlinked data folder", async () => {
    const { dir, folder } = await builtMini();
    expect(existsSync(join(folder, "dataset.json"))).toBe(true);
    const data = join(folder, "data");
    const moved = join(dir, "moved-data");
    mkdirSync(moved);
    // Replace data/ with a link to a folder outside the dataset.
    rmSync(data, { recursive: true });
    symlinkSync(moved, data);
    const r = await run(["build", folder], { cwd: dir });
    expect(r.stderr).not.toContain("    at ");
    expect(r.code, r.stderr).not.toBe(0);
    expect(r.stderr).toMatch(/symbolic link/);
    expect(readdirSync(realpathSync(moved))).toEqual([]);
  });
});
