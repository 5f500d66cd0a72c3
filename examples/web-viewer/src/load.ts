import type { ReadonlyDataset } from "@claimset/core";

/** Why an alternative dataset could not be loaded. */
export class DatasetLoadError extends Error {
  override name = "DatasetLoadError";
}

/**
 * The URL of the dataset named by `?dataset=`, or null when the page should
 * show its bundled dataset. Only relative paths to `.json` files on the page's
 * own origin are accepted: the page must never fetch (and show) data from a
 * place that a link's author chose on another site.
 */
export function datasetUrlOf(pageHref: string): URL | null {
  const page = new URL(pageHref);
  const requested = page.searchParams.get("dataset");
  if (requested === null) return null;
  // Absolute URLs, scheme-relative `//host` and backslash variants that browsers treat alike are refused before resolving.
  if (/^[a-z][a-z0-9+.-]*:/i.test(requested) || /^[\\/]{2}/.test(requested) || requested.includes("\\")) {
    throw new DatasetLoadError(
      `?dataset= must be a relative path on this site, like ./other.json; got ${JSON.stringify(requested)}`,
    );
  }
  const url = new URL(requested, page);
  if (url.origin !== page.origin) {
    throw new DatasetLoadError(`?dataset= must stay on ${page.origin}; ${JSON.stringify(requested)} leaves it`);
  }
  if (!url.pathname.endsWith(".json")) {
    throw new DatasetLoadError(`?dataset= must name a .json file; got ${JSON.stringify(requested)}`);
  }
  return url;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks what the viewer relies on to draw a dataset: the tables exist and
 * every span lies inside the text. A full validation would pull the schema
 * (and zod) into the page; validate files with `claimset validate` instead.
 */
export function checkRenderable(data: unknown, from: string): ReadonlyDataset {
  const fail = (path: string, expected: string): never => {
    throw new DatasetLoadError(`${from}: ${path} should be ${expected}`);
  };
  if (!isObject(data)) return fail("the file", "a dataset object");
  const source = data.source;
  if (!isObject(source) || typeof source.text !== "string") return fail("source.text", "a string");
  const length = source.text.length;
  for (const table of ["entities", "quotes", "claims", "notes", "retired"]) {
    const rows = data[table];
    if (!Array.isArray(rows)) return fail(table, "an array");
    for (const [i, row] of rows.entries()) {
      if (!isObject(row) || typeof row.id !== "string") fail(`${table}[${i}].id`, "a string");
    }
  }
  const spanAt = (span: unknown, path: string) => {
    if (!isObject(span)) return fail(path, "a span {start, end, text}");
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0) {
      return fail(path, "a span with integer offsets");
    }
    if ((start as number) > (end as number) || (end as number) > length) {
      return fail(path, `a span inside the text (0..${length}); got ${start}..${end}`);
    }
  };
  const rowsOf = (table: string) => (data[table] as Record<string, unknown>[]).entries();
  for (const [i, e] of rowsOf("entities")) {
    if (!Array.isArray(e.mentions)) fail(`entities[${i}].mentions`, "an array");
    for (const [j, m] of (e.mentions as unknown[]).entries()) spanAt(m, `entities[${i}].mentions[${j}]`);
  }
  for (const [i, q] of rowsOf("quotes")) {
    if (!Array.isArray(q.spans)) fail(`quotes[${i}].spans`, "an array");
    for (const [j, s] of (q.spans as unknown[]).entries()) spanAt(s, `quotes[${i}].spans[${j}]`);
  }
  for (const [i, c] of rowsOf("claims")) spanAt(c.span, `claims[${i}].span`);
  for (const [i, n] of rowsOf("notes")) if (n.span !== null) spanAt(n.span, `notes[${i}].span`);
  return data as unknown as ReadonlyDataset;
}

/** Fetches and checks a dataset JSON file from this site. */
export async function fetchDataset(url: URL): Promise<ReadonlyDataset> {
  const response = await fetch(url, { credentials: "same-origin", redirect: "error" });
  if (!response.ok) throw new DatasetLoadError(`${url.pathname}: HTTP ${response.status}`);
  let data: unknown;
  try {
    data = await response.json();
  } catch (cause) {
    throw new DatasetLoadError(`${url.pathname}: not valid JSON`, { cause });
  }
  return checkRenderable(data, url.pathname);
}
