import { DEFAULT_LIMITS, type InputLimits } from "@claimset/core/node/read";
import { UsageError } from "./context.js";
import type { Values } from "./spec.js";

function positiveInt(values: Values, name: string, fallback: number): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (typeof raw !== "string" || !Number.isSafeInteger(n) || n <= 0) {
    throw new UsageError(`--${name} expects a positive integer, got ${JSON.stringify(raw)}`, {
      hint: `write --${name} <n> with n ≥ 1 (default ${fallback})`,
    });
  }
  return n;
}

/** The input limits given with --max-bytes, --max-depth, --max-records and --max-aliases. */
export function limitsFrom(values: Values): InputLimits {
  return {
    maxBytes: positiveInt(values, "max-bytes", DEFAULT_LIMITS.maxBytes),
    maxDepth: positiveInt(values, "max-depth", DEFAULT_LIMITS.maxDepth),
    maxRecords: positiveInt(values, "max-records", DEFAULT_LIMITS.maxRecords),
    maxAliasCount: positiveInt(values, "max-aliases", DEFAULT_LIMITS.maxAliasCount),
  };
}

/** The value of a string option, when it was given. */
export function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}
