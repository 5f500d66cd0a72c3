import { levelOf } from "./policy.js";
import type { DiffLevel } from "./types.js";

const RANK: Record<DiffLevel, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** Orders levels from none to major (negative when `a` is lower). */
export function compareLevels(a: DiffLevel, b: DiffLevel): number {
  return RANK[a] - RANK[b];
}

/** The highest of the given levels; `none` for none. */
export function maxLevel(levels: Iterable<DiffLevel>): DiffLevel {
  let out: DiffLevel = "none";
  for (const level of levels) if (RANK[level] > RANK[out]) out = level;
  return out;
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?/;

/**
 * The level a change of `schemaVersion` requires: a different major is major
 * (readers of the old major refuse the dataset), a different minor is minor
 * (the dataset may use fields old readers ignore), anything else is patch.
 * Downgrades count the same as upgrades.
 */
export function schemaVersionLevel(before: string, after: string): DiffLevel {
  if (before === after) return "none";
  const a = SEMVER.exec(before);
  const b = SEMVER.exec(after);
  // An unparsable version cannot promise compatibility.
  if (!a || !b) return levelOf("schemaMajor");
  if (a[1] !== b[1]) return levelOf("schemaMajor");
  if (a[2] !== b[2]) return levelOf("schemaMinor");
  return levelOf("schemaPatch");
}
