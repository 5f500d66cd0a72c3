// The facts block of a dataset package's README: the article's metadata and
// the record counts, computed from the data so the README cannot drift from it.
// `claimset build` rewrites the block, `claimset build --check` fails when it is stale.
import type { Dataset } from "@claimset/schema";
import { AuthoringError } from "../errors/errors.js";
import { escapeCell, escapeInline, markdownTable } from "../export/markdown-text.js";
import { GENERATED_HEADER } from "./package-files.js";

/** The line that opens the block. Everything up to {@link README_FACTS_END} is rewritten by the build. */
export const README_FACTS_START = `<!-- facts: ${GENERATED_HEADER} -->`;
/** The line that closes the block. */
export const README_FACTS_END = "<!-- /facts -->";

const known = (value: string | null, shown: (v: string) => string = escapeInline) =>
  value === null ? "not known" : shown(value);

/** An autolink when the URL can be one as it is; else the URL as escaped text. */
const link = (url: string) => (/^[^\s<>`\\]+$/.test(url) ? `<${url}>` : escapeInline(url));

/** The Markdown inside the block: metadata (unknown fields say so) and one row per table. */
export function readmeFacts(dataset: Dataset): string {
  const { source } = dataset;
  const authors =
    source.authors === null
      ? "not known"
      : source.authors.length === 0
        ? "unsigned"
        : source.authors.map(escapeInline).join("; ");
  const about = [
    `- Title: ${known(source.title)}`,
    `- Publisher: ${known(source.publisher)}`,
    `- URL: ${known(source.url, link)}`,
    `- Published: ${known(source.publishedAt)}`,
    `- Authors: ${authors}`,
    `- Language: ${escapeInline(source.language)}`,
    `- Retrieved: ${known(source.retrievedAt)}`,
    `- Rights to the text: ${escapeInline(source.rights)}`,
  ];
  const counts = markdownTable(
    ["table", "records"],
    [
      ["entities", dataset.entities.length],
      ["mentions", dataset.entities.reduce((n, e) => n + e.mentions.length, 0)],
      ["quotes", dataset.quotes.length],
      ["claims", dataset.claims.length],
      ["notes", dataset.notes.length],
      ["retired ids", dataset.retired.length],
    ].map(([name, n]) => [escapeCell(String(name)), String(n)]),
    ["---", "---:"],
  );
  return `${escapeInline(dataset.id)}@${dataset.version}, schema format ${dataset.schemaVersion}.\n\n${about.join("\n")}\n\n${counts}\n`;
}

/**
 * `readme` with its facts block rewritten from `dataset`, or null when the
 * README has no block (a hand-written README is left alone). A block opened
 * and never closed, or given twice, is an error: the build would not know
 * what to replace.
 */
export function refreshReadme(readme: string, dataset: Dataset, dir = "."): string | null {
  const start = readme.indexOf(README_FACTS_START);
  const end = readme.indexOf(README_FACTS_END);
  if (start === -1 && end === -1) return null;
  const twice =
    readme.indexOf(README_FACTS_START, start + 1) !== -1 || readme.indexOf(README_FACTS_END, end + 1) !== -1;
  if (start === -1 || end === -1 || end < start || twice) {
    throw new AuthoringError(dir, [
      {
        rule: "readme-facts",
        message: `README.md needs exactly one facts block: the line ${README_FACTS_START} followed later by ${README_FACTS_END}`,
        path: [],
        recordId: null,
        file: "README.md",
        line: readme.slice(0, Math.max(start, end, 0)).split("\n").length,
        hint: "restore both lines (the build fills in what is between them), or remove both to write the facts by hand",
      },
    ]);
  }
  const before = readme.slice(0, start + README_FACTS_START.length);
  return `${before}\n${readmeFacts(dataset)}${readme.slice(end)}`;
}
