import { SCHEMA_VERSION } from "@claimset/schema";
import type { Rule } from "./rule.js";

const major = (v: string) => v.split(".")[0];

export const schemaVersion: Rule = {
  name: "schema-version",
  description: "The dataset's schemaVersion has the same major version as the reader's schema.",
  check(dataset) {
    if (major(dataset.schemaVersion) === major(SCHEMA_VERSION)) return [];
    return [
      {
        rule: this.name,
        path: ["schemaVersion"],
        recordId: null,
        message: "the dataset was written for an incompatible schema major version; upgrade @claimset/core",
        expected: `${major(SCHEMA_VERSION)}.x`,
        found: dataset.schemaVersion,
      },
    ];
  },
};
