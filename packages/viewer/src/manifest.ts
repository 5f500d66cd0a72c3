/** One dataset the page offers in its picker, as listed in `datasets/index.json`. */
export interface ManifestEntry {
  /** The name in `?dataset=<slug>`: the dataset's folder name in the repository. */
  readonly slug: string;
  /** What the picker shows. */
  readonly label: string;
  /** Where the dataset JSON is, relative to the page. */
  readonly url: string;
  /** An event stream that says when the dataset changed (`claimset preview`). */
  readonly live?: string;
}

/** `datasets/index.json`: the datasets the page offers. */
export interface Manifest {
  readonly datasets: readonly ManifestEntry[];
}

/** The path of the manifest, relative to the page. */
export const MANIFEST_PATH = "./datasets/index.json";
