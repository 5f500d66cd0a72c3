import { Dataset } from "@claimset/schema";
import { contentHash } from "../../text/canonical.js";
import { sha256 } from "../../text/sha256.js";
import { compileContentHash, UnsupportedWriterError } from "../canonical-writer.js";
import type { Rule } from "./rule.js";

let compiled: ((dataset: object) => string) | undefined;

/**
 * `contentHash` of a dataset the schema accepts (as every dataset that
 * reaches the rules is), through a writer compiled from the schema on first
 * use; the general one if the schema has a feature the compiler lacks.
 */
function validContentHash(dataset: Dataset): string {
  if (!compiled) {
    try {
      compiled = compileContentHash(Dataset);
    } catch (error) {
      if (!(error instanceof UnsupportedWriterError)) throw error;
      compiled = contentHash;
    }
  }
  return compiled(dataset);
}

export const sourceHash: Rule = {
  name: "source-hash",
  description: "source.sha256 is the SHA-256 of source.text (UTF-8).",
  check(dataset, context) {
    const actual = context.hashes?.source ?? sha256(dataset.source.text);
    if (actual === dataset.source.sha256) return [];
    return [
      {
        rule: this.name,
        path: ["source", "sha256"],
        recordId: null,
        message: "the source text does not match its hash: the text was changed or the hash is stale",
        expected: actual,
        found: dataset.source.sha256,
      },
    ];
  },
};

export const contentHashRule: Rule = {
  name: "content-hash",
  description:
    "contentHash is the SHA-256 of the dataset's canonical content (everything but version and contentHash).",
  check(dataset, context) {
    const actual = context.hashes?.content ?? validContentHash(dataset);
    if (actual === dataset.contentHash) return [];
    return [
      {
        rule: this.name,
        path: ["contentHash"],
        recordId: null,
        message: "the content does not match contentHash: the data was edited after it was built",
        expected: actual,
        found: dataset.contentHash,
      },
    ];
  },
};
