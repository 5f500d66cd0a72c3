import type { DatasetIndex, ReadonlyRetiredId } from "@claimset/core";

/** What a `#<record-id>` URL points at. */
export type Route =
  | { readonly type: "none" }
  | { readonly type: "record"; readonly id: string }
  | { readonly type: "retired"; readonly tombstone: ReadonlyRetiredId; readonly ids: readonly string[] }
  | { readonly type: "unknown"; readonly id: string };

/** Reads the record id from a location hash (`#q-leopard-meat-grinder`) and resolves it, following tombstones. */
export function routeOf(index: DatasetIndex, hash: string): Route {
  let id = hash.startsWith("#") ? hash.slice(1) : hash;
  try {
    id = decodeURIComponent(id);
  } catch {
    return { type: "unknown", id };
  }
  if (id === "") return { type: "none" };
  const resolved = index.resolveId(id);
  if (resolved.retired) return { type: "retired", tombstone: resolved.retired, ids: resolved.ids };
  const [live] = resolved.ids;
  return live === undefined ? { type: "unknown", id } : { type: "record", id: live };
}

/** The hash that links to a record. */
export function hashOf(id: string): string {
  return `#${encodeURIComponent(id)}`;
}
