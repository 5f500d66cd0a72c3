import type { ReadonlyDataset } from "@claimset/core";
import type { Issue } from "@claimset/core/errors";
import { fieldApplies, TABLE_DESCRIPTIONS, TABLES, valueAt } from "@claimset/schema/tables";
import { MANIFEST_PATH, type Manifest, type ManifestEntry } from "./manifest.js";

/** One problem found in a dataset: the one issue shape of @claimset/core. */
export type Problem = Issue;

export type LoadErrorKind =
  /** The URL or `?dataset=`/`?src=` value is refused before anything is fetched. */
  | "refused"
  /** HTTP 404 (or 410): there is no file at that address. */
  | "not-found"
  /** Any other HTTP error, or no answer at all. */
  | "unreachable"
  /** The file is there but is not JSON. */
  | "not-json"
  /** JSON, but not a claimset dataset: `problems` says why. */
  | "invalid"
  /** `claimset preview`: the authored files do not compile; `problems` has file:line. */
  | "authoring";

/** Why a dataset could not be shown, for people: what, where, and the problems found. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
  constructor(
    readonly kind: LoadErrorKind,
    message: string,
    readonly problems: readonly Problem[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Where the page's dataset comes from. */
export type Source =
  | { readonly type: "manifest"; readonly entry: ManifestEntry }
  | { readonly type: "url"; readonly url: URL }
  | { readonly type: "none" };

/**
 * Reads `?src=<url>` from the page's address: a relative path on this site or
 * an `https:` URL. Other schemes (`javascript:`, `data:`, `http:`, `file:`) and
 * backslash tricks are refused. Null when there is no `?src=`.
 */
export function srcUrlOf(pageHref: string): URL | null {
  const page = new URL(pageHref);
  const requested = page.searchParams.get("src");
  if (requested === null) return null;
  if (requested.trim() === "" || requested.includes("\\")) {
    throw new DatasetLoadError(
      "refused",
      `?src= must be a relative path or an https: URL; got ${JSON.stringify(requested)}`,
    );
  }
  const url = new URL(requested, page);
  const sameSite = url.origin === page.origin;
  if (!sameSite && url.protocol !== "https:") {
    throw new DatasetLoadError(
      "refused",
      `?src= must be a path on this site or an https: URL; ${JSON.stringify(requested)} is ${url.protocol}`,
    );
  }
  if (url.username || url.password) {
    throw new DatasetLoadError("refused", `?src= must not carry a user name or password: ${JSON.stringify(requested)}`);
  }
  return url;
}

/** Picks the dataset from `?src=` or `?dataset=<slug>`, else the manifest's first entry. */
export function sourceOf(pageHref: string, manifest: Manifest): Source {
  const url = srcUrlOf(pageHref);
  if (url !== null) return { type: "url", url };
  const slug = new URL(pageHref).searchParams.get("dataset");
  if (slug !== null) {
    const entry = manifest.datasets.find((d) => d.slug === slug);
    if (!entry) {
      const names = manifest.datasets.map((d) => d.slug);
      throw new DatasetLoadError(
        "refused",
        `?dataset=${slug} names no dataset of this site. ${names.length ? `It has: ${names.join(", ")}.` : "It has none."} To open a file by address, use ?src=<url>.`,
      );
    }
    return { type: "manifest", entry };
  }
  const [first] = manifest.datasets;
  return first ? { type: "manifest", entry: first } : { type: "none" };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks what the viewer relies on to draw a dataset: every table of the
 * table description exists, and every span field lies inside the text.
 * Returns every problem, not only the first.
 */
export function renderProblems(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const fail = (path: (string | number)[], expected: string, recordId: string | null = null) =>
    problems.push({ path, recordId, rule: "structure", message: `should be ${expected}`, expected });
  if (!isObject(data)) {
    fail([], "a dataset object with source, entities, quotes, claims, notes and retired");
    return problems;
  }
  const source = data.source;
  if (!isObject(source) || typeof source.text !== "string") {
    fail(["source", "text"], "a string");
    return problems;
  }
  const length = source.text.length;
  for (const table of TABLES) {
    const rows = data[table];
    if (!Array.isArray(rows)) {
      fail([table], "an array");
      continue;
    }
    for (const [i, row] of rows.entries()) {
      if (!isObject(row) || typeof row.id !== "string") fail([table, i, "id"], "a string");
    }
  }
  if (problems.length) return problems;
  const spanAt = (span: unknown, path: (string | number)[], id: string) => {
    if (!isObject(span)) return fail(path, "a span {start, end, text}", id);
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0) {
      return fail(path, "a span with integer offsets", id);
    }
    if ((start as number) > (end as number) || (end as number) > length) {
      fail(path, `a span inside the text (0..${length}); got ${start}..${end}`, id);
    }
  };
  for (const table of TABLES) {
    for (const [i, record] of (data[table] as Record<string, unknown>[]).entries()) {
      const id = String(record.id);
      for (const field of TABLE_DESCRIPTIONS[table].spans) {
        if (!fieldApplies(field, record)) continue;
        const value = valueAt(record, field.path);
        const path = [table, i, ...field.path];
        if (value === null && field.nullable) continue;
        if (!field.list) spanAt(value, path, id);
        else if (!Array.isArray(value)) fail(path, "an array", id);
        else for (const [j, span] of value.entries()) spanAt(span, [...path, j], id);
      }
    }
  }
  return problems;
}

/**
 * Parses and checks a dataset from a place the page does not vouch for (a file
 * from disk, `?src=`): the structure the page draws, then the schema and every
 * integrity rule of `validateDataset`, loaded only now so that the validator
 * stays out of the page for the datasets the site ships.
 */
export async function checkUntrusted(text: string, from: string): Promise<ReadonlyDataset> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DatasetLoadError("not-json", `${from} is not JSON: ${(cause as Error).message}`, [], { cause });
  }
  const structural = renderProblems(data);
  if (structural.length) throw invalid(from, structural);
  const { validate } = await import("./validate.js");
  const result = validate(data);
  if (!result.ok) throw invalid(from, result.problems);
  return result.dataset;
}

function invalid(from: string, problems: readonly Problem[]): DatasetLoadError {
  return new DatasetLoadError(
    "invalid",
    `${from} is JSON, but not a valid claimset dataset: ${problems.length} problem${problems.length === 1 ? "" : "s"}`,
    problems,
  );
}

/** What `claimset preview` answers when the authored files do not compile. */
interface PreviewFailure {
  readonly claimsetPreview: { readonly dir: string; readonly problems: readonly Problem[] };
}

const isPreviewFailure = (v: unknown): v is PreviewFailure =>
  isObject(v) && isObject(v.claimsetPreview) && Array.isArray(v.claimsetPreview.problems);

async function fetchText(url: URL): Promise<{ text: string; status: number; url: URL; headers: Headers }> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: url.origin === location.origin ? "same-origin" : "omit" });
  } catch (cause) {
    throw new DatasetLoadError(
      "unreachable",
      `${url.href} could not be fetched: the server did not answer, or does not allow this page to read it (CORS)`,
      [],
      { cause },
    );
  }
  const text = await response.text();
  if (response.status === 404 || response.status === 410) {
    throw new DatasetLoadError("not-found", `${url.href} was not found (HTTP ${response.status}): check the path`);
  }
  if (!response.ok && response.status !== 422) {
    throw new DatasetLoadError("unreachable", `${url.href} could not be read: HTTP ${response.status}`);
  }
  return { text, status: response.status, url: new URL(response.url || url.href), headers: response.headers };
}

export interface FetchOptions {
  /** For the site's own manifest datasets, validated when the site was built. */
  readonly trusted: boolean;
  /** Receives the `x-preview-generation` header: which build of a previewed folder this is. */
  readonly onGeneration?: (generation: string | null) => void;
}

/** Fetches a dataset, checked as much as its origin requires. */
export async function fetchDataset(url: URL, { trusted, onGeneration }: FetchOptions): Promise<ReadonlyDataset> {
  const { text, status, headers } = await fetchText(url);
  onGeneration?.(headers.get("x-preview-generation"));
  const from = url.origin === location.origin ? url.pathname : url.href;
  if (status === 422) {
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {}
    if (isPreviewFailure(body)) {
      const { dir, problems } = body.claimsetPreview;
      throw new DatasetLoadError(
        "authoring",
        `${dir}: ${problems.length} problem${problems.length === 1 ? "" : "s"} in the authored files`,
        problems,
      );
    }
    throw new DatasetLoadError("unreachable", `${url.href} could not be read: HTTP 422`);
  }
  if (!trusted) return checkUntrusted(text, from);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new DatasetLoadError("not-json", `${from} is not JSON: ${(cause as Error).message}`, [], { cause });
  }
  const problems = renderProblems(data);
  if (problems.length) throw invalid(from, problems);
  return data as ReadonlyDataset;
}

/** The site's manifest; a site without one offers no datasets of its own. */
export async function fetchManifest(page: string): Promise<Manifest> {
  const url = new URL(MANIFEST_PATH, page);
  let response: Response;
  try {
    response = await fetch(url, { credentials: "same-origin" });
  } catch {
    return { datasets: [] };
  }
  if (response.status === 404) return { datasets: [] };
  let data: unknown;
  try {
    data = await response.json();
  } catch (cause) {
    throw new DatasetLoadError("not-json", `${url.pathname} (the list of datasets) is not JSON`, [], { cause });
  }
  if (!isObject(data) || !Array.isArray(data.datasets)) {
    throw new DatasetLoadError("invalid", `${url.pathname} should be {"datasets": [...]}`);
  }
  const datasets = data.datasets.filter(
    (d): d is ManifestEntry =>
      isObject(d) && typeof d.slug === "string" && typeof d.label === "string" && typeof d.url === "string",
  );
  // Entries point into this site only: a manifest cannot send the page elsewhere.
  return { datasets: datasets.filter((d) => new URL(d.url, page).origin === url.origin) };
}
