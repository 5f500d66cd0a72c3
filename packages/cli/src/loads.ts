import { AsyncLocalStorage } from "node:async_hooks";
import type { DatasetRef } from "./spec.js";

/**
 * The datasets a command has read, as it reads them: the JSON envelope of a
 * command that fails after reading some (an id not found in them) lists them,
 * as the envelope of one that succeeds does.
 */
const reads = new AsyncLocalStorage<DatasetRef[]>();

/** Runs `fn`, collecting into `into` every dataset it reads. */
export function collectingReads<T>(into: DatasetRef[], fn: () => T): T {
  return reads.run(into, fn);
}

/** Notes that the running command read `ref` (nothing outside `collectingReads`). */
export function noteRead(ref: DatasetRef): void {
  const list = reads.getStore();
  if (list && !list.some((r) => r.input === ref.input && r.contentHash === ref.contentHash)) list.push(ref);
}
