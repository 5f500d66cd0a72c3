import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@claimset/schema";

export const REPO = join(import.meta.dirname, "../../..");

/** Every dataset of the repository, by folder name: each browser check runs on all of them. */
export function repositoryDatasets(): { slug: string; dataset: Dataset }[] {
  const root = join(REPO, "datasets");
  return readdirSync(root)
    .sort()
    .filter((slug) => existsSync(join(root, slug, "dataset.json")))
    .map((slug) => ({ slug, dataset: JSON.parse(readFileSync(join(root, slug, "dataset.json"), "utf8")) as Dataset }));
}

/** The seed article, which the step-by-step tests are written against. */
export const SEED = "north-korea-victory-day-parade";

export function seedDataset(): Dataset {
  const found = repositoryDatasets().find((d) => d.slug === SEED);
  if (!found) throw new Error(`datasets/${SEED}/dataset.json is missing`);
  return found.dataset;
}
