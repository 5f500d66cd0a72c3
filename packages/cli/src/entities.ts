import type { ReadonlyEntity } from "@claimset/core";
import { closest } from "@claimset/core/errors";
import { type Context, DataError, paintErr } from "./context.js";
import type { LoadedDataset } from "./datasets.js";

/** An entity found in one of the datasets a command read. */
export interface EntityMatch {
  loaded: LoadedDataset;
  entity: ReadonlyEntity;
}

const QID = /^Q[1-9][0-9]*$/;

const datasetsLabel = (datasets: readonly LoadedDataset[]) =>
  datasets.length === 1
    ? `${datasets[0]!.dataset.id}@${datasets[0]!.dataset.version}`
    : `any of ${datasets.length} datasets`;

/**
 * The entities `query` names in each dataset: by Wikidata id (the same
 * entity across datasets), by corpus key (`<dataset>:<id>`), else by id, name
 * or alias in each dataset. A retired id that moved to one entity is
 * followed, with a warning. Nothing found is a `DataError` whose hint is the
 * closest ids.
 */
export function resolveEntity(query: string, datasets: readonly LoadedDataset[], context: Context): EntityMatch[] {
  const out: EntityMatch[] = [];
  if (QID.test(query)) {
    for (const loaded of datasets)
      for (const entity of loaded.dataset.entities) if (entity.wikidata === query) out.push({ loaded, entity });
  } else if (query.includes(":")) {
    const at = query.indexOf(":");
    const [id, local] = [query.slice(0, at), query.slice(at + 1)];
    for (const loaded of datasets) {
      if (loaded.dataset.id !== id) continue;
      const found = loaded.index.record(local);
      if (found?.table === "entities") out.push({ loaded, entity: found.record });
    }
  } else {
    for (const loaded of datasets) {
      const entity = loaded.index.entity(query) ?? followRetired(query, loaded, context);
      if (entity) out.push({ loaded, entity });
    }
  }
  if (out.length) return out;
  const tombstone = datasets.map((l) => ({ l, t: l.index.resolveId(query).retired })).find((x) => x.t);
  if (tombstone?.t)
    throw new DataError(
      `${JSON.stringify(query)} is a retired id in ${tombstone.l.dataset.id} (${tombstone.t.kind} since ${tombstone.t.since}${tombstone.t.to.length ? `, to ${tombstone.t.to.join(", ")}` : ""}).`,
      { rule: "retired", hint: "name a current entity (claimset show <id> prints the tombstone)" },
    );
  throw new DataError(`no entity ${JSON.stringify(query)} in ${datasetsLabel(datasets)}.`, {
    hint: entityHint(query, datasets),
  });
}

function followRetired(query: string, loaded: LoadedDataset, context: Context): ReadonlyEntity | undefined {
  const resolved = loaded.index.resolveId(query);
  if (!resolved.retired) return undefined;
  const target = resolved.ids.length === 1 ? loaded.index.record(resolved.ids[0]!) : undefined;
  if (target?.table !== "entities") return undefined;
  context.stderr(
    `${paintErr(context, "yellow", "warning:")} ${query} is retired in ${loaded.dataset.id} (${resolved.retired.kind} to ${target.record.id} since ${resolved.retired.since}); showing ${target.record.id}\n`,
  );
  return target.record;
}

/** "did you mean vladimir-putin?": the ids of the entities whose id, name, alias or QID is closest. */
function entityHint(query: string, datasets: readonly LoadedDataset[]): string {
  const idOf = new Map<string, string>();
  for (const { dataset } of datasets)
    for (const e of dataset.entities)
      for (const key of [e.id, e.name, ...e.aliases, ...(e.wikidata ? [e.wikidata] : [])]) idOf.set(key, e.id);
  const ids = [...new Set(closest(query, idOf.keys(), 10).map((key) => idOf.get(key)!))].slice(0, 3);
  return ids.length
    ? `did you mean ${ids.join(" or ")}? (an id, name, alias, Wikidata id or <dataset>:<id>)`
    : "name the entity by its id, name, an alias, its Wikidata id or <dataset>:<id>; claimset entities lists them";
}
