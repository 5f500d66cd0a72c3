import { lineOf } from "@claimset/core";
import type { EntityType } from "@claimset/schema";
import { loadDatasets } from "../datasets.js";
import { displayOf, plural, printRows } from "../output.js";
import type { CommandRun } from "../spec.js";

export const run: CommandRun = (input, context) => {
  const type = input.values.type as EntityType | undefined;
  const loaded = loadDatasets(input, context.cwd);
  const rows = loaded.flatMap((l) =>
    (type === undefined ? l.dataset.entities : l.index.entitiesByType(type)).map((entity) => ({ loaded: l, entity })),
  );
  if (!input.values.json) {
    const many = loaded.length > 1;
    printRows(
      context,
      displayOf(input.values, context),
      [...(many ? ["dataset"] : []), "id", "type", "name", "mentions", "first line", "wikidata"],
      rows.map(({ loaded: l, entity: e }) => [
        ...(many ? [l.dataset.id] : []),
        e.id,
        e.type,
        e.name,
        String(e.mentions.length),
        e.mentions[0] ? String(lineOf(l.dataset.source.text, e.mentions[0].start)) : "",
        e.wikidata ?? "",
      ]),
      `${plural(rows.length, "entity", "entities")}${type ? ` of type ${type}` : ""}${many ? ` in ${plural(loaded.length, "dataset")}` : ""}`,
    );
  }
  return {
    datasets: loaded.map((l) => l.ref),
    results: rows.map(({ loaded: l, entity }) => ({
      dataset: l.dataset.id,
      key: `${l.dataset.id}:${entity.id}`,
      record: entity,
    })),
  };
};
