import { isAbsolute, relative } from "node:path";
import { createIndex, type DatasetIndex, lineOf, type ReadonlyEntity } from "@claimset/core";
import type { Dataset } from "@claimset/schema";
import { limitsFrom, type Options, stringOption, type Values } from "../command.js";
import { type Context, DataError, paint, UsageError } from "../context.js";
import { loadInput } from "../load.js";
import { closest, didYouMean, suggestion } from "./suggest.js";

/** `-d/--dataset`, taken by every command that reads one dataset. */
export const DATASET_OPTION: Options = { dataset: { type: "string", short: "d" } };

export const DATASET_HELP =
  "  -d, --dataset <path>  a dataset JSON file, authored folder, package folder or installed\n                        package name (default: the current folder)";

/** Loads and validates the dataset named by `-d` (default "."), with an index over it. */
export function loadDatasetOption(values: Values, context: Context): { dataset: Dataset; index: DatasetIndex } {
  const dataset = loadInput(stringOption(values, "dataset") ?? ".", context.cwd, limitsFrom(values));
  return { dataset, index: createIndex(dataset) };
}

/** The value of an option restricted to an enum, or a usage error listing the valid values. */
export function enumOption<T extends string>(values: Values, name: string, valid: readonly T[]): T | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  if ((valid as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(
    `--${name} must be one of ${valid.join(", ")}; got ${JSON.stringify(raw)}.${didYouMean(raw, valid)}`,
  );
}

/** Every id a user could mean: live records and retired ids. */
export function allIds(dataset: Dataset): string[] {
  return [dataset.entities, dataset.quotes, dataset.claims, dataset.notes, dataset.retired].flatMap((table) =>
    table.map((r) => r.id),
  );
}

/**
 * The entity an option names, by id, name or alias. A retired id that moved
 * to one entity is followed, with a warning; anything else unknown is an error.
 */
export function entityOption(
  index: DatasetIndex,
  values: Values,
  name: string,
  context: Context,
): ReadonlyEntity | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined) return undefined;
  const found = index.entity(raw);
  if (found) return found;
  const resolved = index.resolveId(raw);
  if (resolved.retired) {
    const target = resolved.ids.length === 1 ? index.entity(resolved.ids[0] as string) : undefined;
    if (target) {
      context.stderr(
        `${paint(context, "yellow", "warning:")} ${raw} is retired (${resolved.retired.kind} to ${target.id} since ${resolved.retired.since}); showing ${target.id}\n`,
      );
      return target;
    }
    throw new DataError(
      `--${name} ${raw} is a retired id (${resolved.retired.kind}${resolved.ids.length ? ` to ${resolved.ids.join(", ")}` : ""}); name a current entity instead`,
    );
  }
  // Names and aliases match too, but the suggestion is always the id to type.
  const idOf = new Map<string, string>();
  for (const e of index.dataset.entities) for (const key of [e.id, e.name, ...e.aliases]) idOf.set(key, e.id);
  const ids = [...new Set(closest(raw, idOf.keys(), 10).map((key) => idOf.get(key) as string))].slice(0, 3);
  throw new DataError(
    `no entity ${JSON.stringify(raw)} in ${index.dataset.id}@${index.dataset.version}.${suggestion(ids)}`,
  );
}

/** 1-based line of a span's start, for people reading the article. */
export function lineAt(dataset: Pick<Dataset, "source">, offset: number): number {
  return lineOf(dataset.source.text, offset);
}

/** A path as the user would type it from where they are: relative when inside the current folder, else absolute. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  if (rel === "") return ".";
  return rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
