import type { ParseArgsConfig } from "node:util";
import { DEFAULT_LIMITS, type InputLimits } from "@claimset/core/node";
import { type Context, UsageError } from "./context.js";

export type Options = NonNullable<ParseArgsConfig["options"]>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** One `claimset <name>` subcommand. */
export interface Command {
  name: string;
  /** One line, shown in `claimset --help`. */
  summary: string;
  /** Usage line and option list, shown in `claimset <name> --help`. */
  help: string;
  options: Options;
  /** Lowest and highest number of positional arguments. */
  positionals: [min: number, max: number];
  run(positionals: string[], values: Values, context: Context): number | Promise<number>;
}

/** Options every command takes. */
export const COMMON_OPTIONS: Options = {
  help: { type: "boolean", short: "h" },
  json: { type: "boolean" },
  "max-bytes": { type: "string" },
  "max-depth": { type: "string" },
  "max-records": { type: "string" },
  "max-aliases": { type: "string" },
};

export const COMMON_HELP = `
Common options:
  --json              machine-readable JSON on stdout
  --max-bytes <n>     largest input file in bytes (default ${DEFAULT_LIMITS.maxBytes})
  --max-depth <n>     deepest JSON or YAML nesting (default ${DEFAULT_LIMITS.maxDepth})
  --max-records <n>   most records per table (default ${DEFAULT_LIMITS.maxRecords})
  --max-aliases <n>   most YAML alias expansions per file (default ${DEFAULT_LIMITS.maxAliasCount})
  -h, --help          this help`;

function positiveInt(values: Values, name: string, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== "string" || !Number.isSafeInteger(n) || n <= 0) {
    throw new UsageError(`--${name} expects a positive integer, got ${JSON.stringify(raw)}`);
  }
  return n;
}

export function limitsFrom(values: Values): InputLimits {
  return {
    maxBytes: positiveInt(values, "max-bytes", DEFAULT_LIMITS.maxBytes),
    maxDepth: positiveInt(values, "max-depth", DEFAULT_LIMITS.maxDepth),
    maxRecords: positiveInt(values, "max-records", DEFAULT_LIMITS.maxRecords),
    maxAliasCount: positiveInt(values, "max-aliases", DEFAULT_LIMITS.maxAliasCount),
  };
}

/** Prints `value` as JSON on stdout. */
export function printJson(context: Context, value: unknown): void {
  context.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** The value of a string option, or a usage error when it is missing. */
export function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}
