// The few semver operations the release tooling needs: parse, compare, bump,
// and ranges of the forms package.json files in this repository use. Anything
// else is refused with an error rather than guessed at.
import type { DiffLevel } from "@claimset/core";

export interface Version {
  major: number;
  minor: number;
  patch: number;
  /** Prerelease identifiers, empty for a release. */
  prerelease: string[];
}

const VERSION =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses `1.2.3` or `1.2.3-rc.1`; null when the text is not a version. */
export function parseVersion(text: string): Version | null {
  const m = VERSION.exec(text.trim());
  if (!m) return null;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ? m[4].split(".") : [] };
}

function mustParse(text: string): Version {
  const v = parseVersion(text);
  if (!v) throw new TypeError(`"${text}" is not a semver version; expected MAJOR.MINOR.PATCH such as 1.0.0`);
  return v;
}

function comparePrerelease(a: string[], b: string[]): number {
  // A release sorts after every prerelease of the same version.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny && Number(x) !== Number(y)) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Semver precedence: negative when `a` is older than `b`. */
export function compareVersions(a: string, b: string): number {
  const x = mustParse(a);
  const y = mustParse(b);
  return x.major - y.major || x.minor - y.minor || x.patch - y.patch || comparePrerelease(x.prerelease, y.prerelease);
}

/** The version a bump of `level` makes of `version` (what `changeset version` writes). */
export function bumpVersion(version: string, level: Exclude<DiffLevel, "none">): string {
  const v = mustParse(version);
  if (level === "major") return `${v.major + 1}.0.0`;
  if (level === "minor") return `${v.major}.${v.minor + 1}.0`;
  return `${v.major}.${v.minor}.${v.patch + 1}`;
}

/** The level of the step from `before` to `after` (the highest component that changed). */
export function bumpLevel(before: string, after: string): DiffLevel {
  const a = mustParse(before);
  const b = mustParse(after);
  if (a.major !== b.major) return "major";
  if (a.minor !== b.minor) return "minor";
  if (a.patch !== b.patch || comparePrerelease(a.prerelease, b.prerelease) !== 0) return "patch";
  return "none";
}

type Comparator = { op: "<" | "<=" | ">" | ">=" | "="; version: string };

function caret(v: Version): Comparator[] {
  const base = `${v.major}.${v.minor}.${v.patch}`;
  // ^1.2.3 := <2.0.0, ^0.2.3 := <0.3.0, ^0.0.3 := <0.0.4 (the leftmost non-zero part is fixed).
  const upper = v.major > 0 ? `${v.major + 1}.0.0` : v.minor > 0 ? `0.${v.minor + 1}.0` : `0.0.${v.patch + 1}`;
  return [
    { op: ">=", version: v.prerelease.length ? `${base}-${v.prerelease.join(".")}` : base },
    { op: "<", version: `${upper}-0` },
  ];
}

function parseComparators(part: string, range: string): Comparator[] {
  const tokens = part.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || (tokens.length === 1 && (tokens[0] === "*" || tokens[0] === "x"))) {
    return [{ op: ">=", version: "0.0.0-0" }];
  }
  const out: Comparator[] = [];
  for (const token of tokens) {
    const m = /^(\^|~|>=|<=|>|<|=)?(.+)$/.exec(token);
    const version = m ? parseVersion(m[2] as string) : null;
    if (!m || !version) {
      throw new TypeError(
        `unsupported version range "${range}": "${token}" is not a comparator; expected forms like ^1.2.3, ~1.2.3, 1.2.3 or ">=1.0.0 <2.0.0"`,
      );
    }
    const text = m[2] as string;
    const op = m[1] ?? "=";
    if (op === "^") out.push(...caret(version));
    else if (op === "~")
      out.push({ op: ">=", version: text }, { op: "<", version: `${version.major}.${version.minor + 1}.0-0` });
    else out.push({ op: op as Comparator["op"], version: text });
  }
  return out;
}

function test(version: string, c: Comparator): boolean {
  const order = compareVersions(version, c.version);
  switch (c.op) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
    case "=":
      return order === 0;
  }
}

/**
 * Whether `version` satisfies `range` (`^`, `~`, exact, comparison operators,
 * space-separated intersections and `||` unions). Prereleases satisfy only
 * ranges that name a prerelease, as in npm.
 */
export function satisfies(version: string, range: string): boolean {
  const v = mustParse(version);
  return range.split("||").some((part) => {
    const comparators = parseComparators(part, range);
    if (!comparators.every((c) => test(version, c))) return false;
    if (v.prerelease.length === 0) return true;
    // npm: a prerelease only matches comparators on the same major.minor.patch that carry a prerelease.
    return comparators.some((c) => {
      const cv = mustParse(c.version);
      return (
        cv.prerelease.length > 0 &&
        cv.prerelease[0] !== "0" &&
        cv.major === v.major &&
        cv.minor === v.minor &&
        cv.patch === v.patch
      );
    });
  });
}
