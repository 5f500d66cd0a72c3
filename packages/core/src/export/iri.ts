// The IRIs every linked-data export names things by. One function mints them,
// so the Web Annotation and the schema.org exports call the article, the
// dataset and each record by the same IRI.
import { IriError } from "../errors/errors.js";
import type { ReadonlyDataset } from "../query/types.js";

// Characters RFC 3987 never allows in an IRI: controls, space, and the
// delimiters that end an IRI in running text.
const FORBIDDEN = /[\u0000-\u0020\u007f<>"{}|\\^`]/;

/** Whether `url` is an absolute http: or https: URL with a host. */
export function isHttpUrl(url: string): boolean {
  if (FORBIDDEN.test(url) || !/^https?:\/\/[^/?#]/i.test(url)) return false;
  return URL.canParse(url);
}

/**
 * Checks a base IRI for record ids: an absolute http(s) IRI without a
 * fragment, since record ids become its fragments. Throws an `IriError`
 * saying what was wrong otherwise.
 */
export function checkBase(base: string): string {
  if (!isHttpUrl(base)) {
    throw new IriError(
      `base IRI ${JSON.stringify(base)} is not an absolute http(s) IRI; expected one like "https://data.example/my-dataset"`,
    );
  }
  if (base.includes("#")) {
    throw new IriError(
      `base IRI ${JSON.stringify(base)} has a fragment; expected a base without "#" (record ids become fragments)`,
    );
  }
  return base;
}

/** Checks an IRI given for the annotated text: absolute (a scheme, then more), nothing RFC 3987 forbids. */
export function checkAbsoluteIri(iri: string, what: string): string {
  if (FORBIDDEN.test(iri) || !/^[A-Za-z][A-Za-z0-9+.-]*:./su.test(iri)) {
    throw new IriError(
      `${what} ${JSON.stringify(iri)} is not an absolute IRI; expected a scheme and a path, e.g. "https://news.example/article"`,
    );
  }
  return iri;
}

/** The IRIs of one export of a dataset. */
export interface DatasetIris {
  /** The dataset itself: the base, or `urn:claimset:<dataset-id>`. */
  dataset: string;
  /** The article: its URL when known, else `<base>#source` or `urn:claimset:<dataset-id>:source`. */
  article: string;
  /** The Web Annotation collection. */
  annotations: string;
  /** A record: `<base>#<record-id>` or `urn:claimset:<dataset-id>:<record-id>`. */
  record(recordId: string): string;
}

/**
 * Mints the IRIs of a dataset's exports. Without a base they are URNs
 * (`urn:claimset:<dataset-id>:<record-id>`); with one, fragments of it
 * (`<base>#<record-id>`). Record ids are kebab-case, so neither form needs
 * escaping. The article is named by its URL when the metadata has one.
 */
export function datasetIris(dataset: ReadonlyDataset, base?: string): DatasetIris {
  const url = dataset.source.url;
  if (url !== null && !isHttpUrl(url)) {
    throw new IriError(
      `source.url ${JSON.stringify(url)} of dataset ${dataset.id} is not an http(s) URL; validate the dataset first`,
    );
  }
  const local =
    base === undefined
      ? (name: string) => `urn:claimset:${dataset.id}:${name}`
      : (name: string) => `${checkBase(base)}#${name}`;
  return {
    dataset: base ?? `urn:claimset:${dataset.id}`,
    article: url ?? local("source"),
    annotations: local("annotations"),
    record: local,
  };
}

/** Where record IRIs live (see `datasetIris`). */
export function recordIri(dataset: ReadonlyDataset, recordId: string, base?: string): string {
  return datasetIris(dataset, base).record(recordId);
}

/** The annotated article (see `datasetIris`). */
export function sourceIri(dataset: ReadonlyDataset, base?: string): string {
  return datasetIris(dataset, base).article;
}

/** The Wikidata entity IRI of a QID (the concept, not its web page). */
export function wikidataIri(qid: string): string {
  return `http://www.wikidata.org/entity/${qid}`;
}
