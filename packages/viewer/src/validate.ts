// Loaded on demand (a chunk of its own): the full validator, with the schema and zod.
import { type ReadonlyDataset, validateDataset } from "@claimset/core";
import type { Problem } from "./load.js";

export function validate(data: unknown): { ok: true; dataset: ReadonlyDataset } | { ok: false; problems: Problem[] } {
  const result = validateDataset(data);
  if (result.ok) return { ok: true, dataset: result.dataset };
  return { ok: false, problems: result.issues };
}
