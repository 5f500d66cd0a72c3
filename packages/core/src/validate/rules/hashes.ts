import { contentHash } from "../../text/canonical.js";
import { sha256 } from "../../text/sha256.js";
import type { Rule } from "./rule.js";

export const sourceHash: Rule = {
  name: "source-hash",
  description: "source.sha256 is the SHA-256 of source.text (UTF-8).",
  check(dataset) {
    const actual = sha256(dataset.source.text);
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
  check(dataset) {
    const actual = contentHash(dataset);
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
