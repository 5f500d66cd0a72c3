import type { Dataset } from "./dataset.js";

/** Makes every property and array at every depth readonly. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A dataset as the data packages ship it: deeply readonly. */
export type ReadonlyDataset = DeepReadonly<Dataset>;
