import type { Dataset } from "@claimset/schema";
import { fromBrat } from "./from-brat.js";
import { builtinMapping } from "./mappings.js";
import { toBrat } from "./to-brat.js";

/** What brat carries of a dataset: everything but the metadata, the tombstones and the stamps. */
export function carried(d: Dataset) {
  return { text: d.source.text, entities: d.entities, quotes: d.quotes, claims: d.claims, notes: d.notes };
}

export function throughBrat(dataset: Dataset): Dataset {
  const { files } = toBrat(dataset);
  const txt = files.find((f) => f.path.endsWith(".txt"))!.content;
  const ann = files.find((f) => f.path.endsWith(".ann"))!.content;
  const result = fromBrat({
    txt,
    ann,
    mapping: builtinMapping("claimset"),
    annFile: `${dataset.id}.ann`,
    id: dataset.id,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.dataset;
}
