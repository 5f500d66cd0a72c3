/**
 * The version of the dataset format described by this package. A dataset
 * declares the version it was written against in `schemaVersion`; readers
 * accept any dataset whose major version matches theirs.
 */
export const SCHEMA_VERSION = "1.1.0";

/** The `$id` base of the JSON Schema documents shipped with this package. */
export const SCHEMA_ID_BASE = `https://claimset.dev/schema/${SCHEMA_VERSION}`;
