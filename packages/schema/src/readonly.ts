import type { Dataset } from "./dataset.js";

/**
 * `T` with every property and array readonly, at every depth. The dataset
 * packages ship their data typed this way; a mutable `Dataset` is assignable
 * to `DeepReadonly<Dataset>` too.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends readonly (infer U)[]
    ? readonly DeepReadonly<U>[]
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;

/** A dataset as the data packages ship it: deeply readonly. */
export type ReadonlyDataset = DeepReadonly<Dataset>;
