import type { ReadonlyDataset } from "../query/types.js";

/**
 * Where record IRIs live. Without a base, `urn:claimset:<dataset-id>:<record-id>`;
 * with one, `<base>#<record-id>`. Record ids are kebab-case, so neither form
 * needs escaping.
 */
export function recordIri(dataset: ReadonlyDataset, recordId: string, base?: string): string {
  if (base === undefined) return `urn:claimset:${dataset.id}:${recordId}`;
  if (base.includes("#")) {
    throw new Error(
      `IRI base ${JSON.stringify(base)} has a fragment; expected a base without "#" (ids become fragments)`,
    );
  }
  return `${base}#${recordId}`;
}

/** The annotated article: its URL when known, else an IRI minted for it. */
export function sourceIri(dataset: ReadonlyDataset): string {
  return dataset.source.url ?? `urn:claimset:${dataset.id}:source`;
}
