// The datasets every conformance test runs over: each dataset of the
// repository (datasets/*, read from its committed dataset.json and checked),
// the authoring fixture, and generated datasets whose texts and fields hold
// curly quotes, dashes, ellipses, astral characters, every line ending and
// the characters CSV and JSON must escape, some with full metadata.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import fc from "fast-check";
import { compileFolder } from "../../src/node/authored.js";
import { readDatasetFile } from "../../src/node/read.js";
import { contentHash } from "../../src/text/canonical.js";
import { arbDataset } from "../properties/arbitraries.js";

const REPO = join(import.meta.dirname, "../../../..");

/** Every dataset folder of the repository that has a built dataset.json. */
export function repositoryDatasets(): { name: string; dir: string; dataset: Dataset }[] {
  const root = join(REPO, "datasets");
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, "dataset.json")))
    .sort()
    .map((name) => ({ name, dir: join(root, name), dataset: readDatasetFile(join(root, name, "dataset.json")) }));
}

/** Known metadata, for the generated datasets that carry it. */
function withMetadata(dataset: Dataset, i: number): Dataset {
  const d = structuredClone(dataset);
  d.id = `generated-${i}`;
  d.source.url = `https://news.example/articles/${i}?lang=en&q=“x”`.replace("“x”", "%E2%80%9Cx%E2%80%9D");
  d.source.title = `Kim’s “parade” — part ${i} 🇰🇵`;
  d.source.publisher = "The Example Times";
  d.source.publishedAt = i % 2 ? "2024-02-29" : "2025-05-09T06:30:00+03:00";
  d.source.authors = ["Ana Ñúñez", "李 雷"];
  d.contentHash = contentHash(d as unknown as Record<string, unknown>);
  return d;
}

/** Generated datasets, the same on every run: a fixed seed. */
export function generatedDatasets(count = 12): { name: string; dataset: Dataset }[] {
  const sampled = fc.sample(arbDataset(), { seed: 20250509, numRuns: count });
  return sampled.map((dataset, i) => {
    const d = i % 3 === 0 ? withMetadata(dataset, i) : { ...structuredClone(dataset), id: `generated-${i}` };
    if (i % 3 !== 0) d.contentHash = contentHash(d as unknown as Record<string, unknown>);
    return { name: `generated-${i}`, dataset: d };
  });
}

/** Every dataset the conformance tests check, by name. */
export function allDatasets(): { name: string; dataset: Dataset }[] {
  return [
    ...repositoryDatasets().map(({ name, dataset }) => ({ name, dataset })),
    { name: "fixture mini", dataset: compileFolder(join(REPO, "packages/core/test/fixtures/mini")) },
    ...generatedDatasets(),
  ];
}
