import type { Context } from "./context.js";
import { UsageError } from "./context.js";
import type { Values } from "./spec.js";
import { formatTable } from "./table.js";

/** How a listing is shown: the width to fit, and how many rows. */
export interface Display {
  width: number | undefined;
  wide: boolean;
  /** Most rows printed; undefined for all. */
  limit: number | undefined;
}

/** The display a command's options and its terminal ask for. Only a terminal's width is fitted. */
export function displayOf(values: Values, context: Context): Display {
  const raw = values.limit;
  let limit: number | undefined;
  if (typeof raw === "string") {
    const n = Number(raw);
    if (!Number.isSafeInteger(n) || n < 0)
      throw new UsageError(`--limit expects a whole number, got ${JSON.stringify(raw)}`, {
        hint: "write --limit 20, or --limit 0 for every row",
      });
    limit = n === 0 ? undefined : n;
  }
  return {
    width: context.stdoutTTY ? (context.columns ?? 80) : undefined,
    wide: values.wide === true,
    limit,
  };
}

/** Prints a table of rows (at most `display.limit`), then a count line that says how many were left out. */
export function printRows(
  context: Context,
  display: Display,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  count: string,
): void {
  const shown = display.limit === undefined ? rows : rows.slice(0, display.limit);
  context.stdout(`${formatTable(header, shown, display)}\n`);
  const more = rows.length - shown.length;
  context.stdout(`${count}${more ? ` (${more} more not shown: --limit 0 shows all)` : ""}\n`);
}

/** "1 quote", "3 quotes". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
