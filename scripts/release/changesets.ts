// Pending changesets: the `.changeset/*.md` files `changeset version` will
// consume. Only their frontmatter matters here — which package gets which bump.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export type BumpType = "major" | "minor" | "patch" | "none";

export interface Changeset {
  /** The file, relative to the repository root, for error messages. */
  file: string;
  /** Package name → declared bump. */
  releases: Map<string, BumpType>;
  summary: string;
}

/** A changeset file whose frontmatter cannot be read. */
export class ChangesetParseError extends Error {
  override name = "ChangesetParseError";
}

const LINE = /^\s*(?:"([^"]+)"|'([^']+)'|([^\s:'"]+))\s*:\s*(major|minor|patch|none)\s*$/;

/**
 * Parses one changeset: a `---` frontmatter block of `"package": bump` lines,
 * then the summary. The same grammar as @changesets/parse, without the YAML
 * library: a changeset's frontmatter is nothing but these lines.
 */
export function parseChangeset(file: string, text: string): Changeset {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines[0]?.trim() !== "---") {
    throw new ChangesetParseError(
      `${file}:1: expected the changeset to start with a "---" line, found ${JSON.stringify(lines[0] ?? "")}`,
    );
  }
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === "---");
  if (end < 0) throw new ChangesetParseError(`${file}: the frontmatter opened on line 1 is never closed with "---"`);
  const releases = new Map<string, BumpType>();
  for (let i = 1; i < end; i++) {
    const line = lines[i] as string;
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    const m = LINE.exec(line);
    if (!m) {
      throw new ChangesetParseError(
        `${file}:${i + 1}: expected \`"package-name": major|minor|patch|none\`, found ${JSON.stringify(line)}`,
      );
    }
    const name = (m[1] ?? m[2] ?? m[3]) as string;
    if (releases.has(name)) throw new ChangesetParseError(`${file}:${i + 1}: ${name} is listed twice`);
    releases.set(name, m[4] as BumpType);
  }
  return {
    file,
    releases,
    summary: lines
      .slice(end + 1)
      .join("\n")
      .trim(),
  };
}

/** Reads every pending changeset in `dir` (README.md and non-Markdown files are not changesets). */
export function readChangesets(dir: string, relativeTo = ""): Changeset[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
    .sort()
    .map((name) => parseChangeset(join(relativeTo, name), readFileSync(join(dir, name), "utf8")));
}

const RANK: Record<BumpType, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The bump changesets will apply to a package (the highest declared), with the files that declare it. */
export function declaredBump(changesets: readonly Changeset[], name: string): { bump: BumpType; files: string[] } {
  let bump: BumpType = "none";
  const files: string[] = [];
  for (const changeset of changesets) {
    const declared = changeset.releases.get(name);
    if (declared === undefined) continue;
    files.push(changeset.file);
    if (RANK[declared] > RANK[bump]) bump = declared;
  }
  return { bump, files };
}
