import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import { compileFolder } from "../../node/authored.js";
import { contentHash } from "../../text/canonical.js";
import { sha256 } from "../../text/sha256.js";

/** The authored mini dataset (curly quotes, a dash, an ellipsis, an emoji), compiled. */
export const MINI_DIR = join(import.meta.dirname, "../../../test/fixtures/mini");

let cached: Dataset | undefined;

/** A fresh deep copy of the compiled mini dataset, to break in a test. */
export function mini(): Dataset {
  cached ??= compileFolder(MINI_DIR);
  return structuredClone(cached);
}

/** Re-stamps the hashes after a test's edit, so only the intended rule fires. */
export function rehash(dataset: Dataset): Dataset {
  dataset.source.sha256 = sha256(dataset.source.text);
  dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
  return dataset;
}
