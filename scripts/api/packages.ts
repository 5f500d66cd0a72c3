// The publishable packages whose API is reported, and where their reports live.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface ReportedPackage {
  name: string;
  version: string;
  dir: string;
  /** The committed report, relative to the repository root. */
  report: string;
}

/** Every package under packages/ that is published (not private) and has typed entry points. */
export function reportedPackages(root: string): ReportedPackage[] {
  const base = join(root, "packages");
  return readdirSync(base)
    .filter((name) => existsSync(join(base, name, "package.json")))
    .map((name) => {
      const dir = join(base, name);
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
        name: string;
        version: string;
        private?: boolean;
        types?: string;
      };
      return { pkg, dir };
    })
    .filter(({ pkg }) => !pkg.private && pkg.types !== undefined)
    .map(({ pkg, dir }) => ({
      name: pkg.name,
      version: pkg.version,
      dir,
      report: `api/${pkg.name.replace(/^@/, "").replace("/", "-")}.api.md`,
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** api/released.json: the sha256 of each package's report at the version last released. */
export type Released = Record<string, { version: string; sha256: string }>;

export function readReleased(root: string): Released {
  const path = join(root, "api/released.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Released) : {};
}
