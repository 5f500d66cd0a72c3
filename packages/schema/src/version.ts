/**
 * The version of the dataset format described by this package. A dataset
 * declares the version it was written against in `schemaVersion`; readers
 * accept any dataset whose major version matches theirs.
 */
export const SCHEMA_VERSION = "1.1.0";

/**
 * What each version of the format added, oldest first. The authoring
 * compiler writes a dataset in the oldest version that holds everything it
 * uses, so readers that pinned an older @claimset/schema keep reading
 * datasets that use nothing new.
 */
export const FORMAT_VERSIONS: readonly { version: string; adds: string }[] = [
  { version: "1.0.0", adds: "the source, entities with mentions, quotes, numeric claims, notes and tombstones" },
  {
    version: "1.1.0",
    adds: "`provenance` on entities, quotes, claims and notes, and `machineDrafted: true` on a dataset",
  },
];

/** The `$id` base of the JSON Schema documents shipped with this package. */
export const SCHEMA_ID_BASE = `https://claimset.dev/schema/${SCHEMA_VERSION}`;
