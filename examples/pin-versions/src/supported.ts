/**
 * The dataset schema major version this code was written against. A dataset
 * whose `schemaVersion` has another major may have renamed or reshaped fields
 * this code reads, so it is refused rather than misread.
 */
export const SUPPORTED_SCHEMA_MAJOR = 1;

export class UnsupportedSchemaError extends Error {
  override name = "UnsupportedSchemaError";
}

/** Throws unless `schemaVersion` is a semantic version whose major is `SUPPORTED_SCHEMA_MAJOR`. */
export function assertSupportedSchema(schemaVersion: unknown, what: string): void {
  const match = typeof schemaVersion === "string" ? /^(0|[1-9]\d*)\.\d+\.\d+(?:[-+].*)?$/.exec(schemaVersion) : null;
  if (!match) {
    throw new UnsupportedSchemaError(
      `${what}: schemaVersion should be a semantic version like "${SUPPORTED_SCHEMA_MAJOR}.0.0"; got ${JSON.stringify(schemaVersion)}`,
    );
  }
  if (Number(match[1]) !== SUPPORTED_SCHEMA_MAJOR) {
    throw new UnsupportedSchemaError(
      `${what}: schemaVersion ${schemaVersion} is not supported; this code reads schema ${SUPPORTED_SCHEMA_MAJOR}.x. ` +
        `Pin a dataset release built with schema ${SUPPORTED_SCHEMA_MAJOR}.x, or update this code for schema ${match[1]}.`,
    );
  }
}
