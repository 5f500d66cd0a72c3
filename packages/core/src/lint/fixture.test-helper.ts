import type { AuthoredFiles } from "../authoring/compile.js";
import type { LintIssue } from "./issue.js";
import { type LintOptions, lintDataset } from "./lint.js";
import type { LintRule } from "./rule.js";

const META = `id: lint-fixture
article: article.txt
language: en
title: null
publisher: null
url: null
publishedAt: null
authors: null
retrievedAt: null
rights: Written for these tests.
`;

type TableFile = "entities.yml" | "quotes.yml" | "claims.yml" | "notes.yml";

/** The authored files of a small dataset written for a test; missing tables are empty. */
export function authored(article: string, files: Partial<Record<TableFile, string>>): AuthoredFiles {
  return {
    article,
    version: "1.0.0",
    files: {
      "dataset.yml": META,
      "entities.yml": files["entities.yml"] ?? "[]\n",
      "quotes.yml": files["quotes.yml"] ?? "[]\n",
      "claims.yml": files["claims.yml"] ?? "[]\n",
      "notes.yml": files["notes.yml"] ?? "[]\n",
    },
  };
}

/** Lints the files with one rule (its convention on, stated or not) and returns what it found; refuses files that do not compile. */
export function issuesOf(rule: LintRule, files: AuthoredFiles, options: LintOptions = {}): LintIssue[] {
  const result = lintDataset(files, { rules: [rule], conventions: "all", ...options });
  if (result.dataset === null) {
    throw new Error(
      `the test's files do not compile:\n${result.issues.map((i) => `${i.file}:${i.line} ${i.message}`).join("\n")}`,
    );
  }
  return result.issues;
}
