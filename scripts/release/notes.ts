// Release notes computed from the data, for each dataset's CHANGELOG.md.
import { type DatasetDiff, diffToMarkdown } from "@claimset/core";
import type { Dataset } from "@claimset/schema";

/** Marks the data section of a version, so that writing the notes twice changes nothing. */
export const DATA_HEADING = "### Data changes";

function byKind(items: readonly { kind: string }[]): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.kind, (counts.get(item.kind) ?? 0) + 1);
  return [...counts]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The body of a first release's entry: what the dataset holds, counted. */
export function firstReleaseNotes(dataset: Dataset, snapshot: string): string {
  const mentions = dataset.entities.flatMap((e) => e.mentions);
  const rows = [
    ["entities", dataset.entities.length, byKind(dataset.entities.map((e) => ({ kind: e.type })))],
    ["mentions", mentions.length, byKind(mentions)],
    ["quotes", dataset.quotes.length, byKind(dataset.quotes)],
    ["claims", dataset.claims.length, byKind(dataset.claims)],
    ["notes", dataset.notes.length, byKind(dataset.notes)],
    ["retired", dataset.retired.length, byKind(dataset.retired)],
  ] as const;
  return [
    `The first release: ${plural(dataset.entities.length, "entity", "entities")} with ${plural(mentions.length, "mention")}, ${plural(dataset.quotes.length, "quote")}, ${plural(dataset.claims.length, "numeric claim")}, ${plural(dataset.notes.length, "editorial note")} and ${plural(dataset.retired.length, "retired id")}, in schema format ${dataset.schemaVersion}.`,
    [
      "| table | records | by kind |",
      "| --- | ---: | --- |",
      ...rows.map(([t, n, k]) => `| ${t} | ${n} | ${k || "—"} |`),
    ].join("\n"),
    `Content hash \`${dataset.contentHash}\`; the full release is \`${snapshot}\` in the package.`,
  ].join("\n\n");
}

/**
 * The data section of a version's entry: diffToMarkdown of the diff from the
 * previous release, its headings one level down so they sit under
 * `### Data changes` beside the changesets' own sections.
 */
export function dataChangeNotes(diff: DatasetDiff, files: { changes: string; snapshot: string }): string {
  const body = diffToMarkdown(diff).trim().replace(/^### /gm, "#### ");
  return `${DATA_HEADING}\n\nComputed from the data since ${diff.a.version} (machine-readable: \`${files.changes}\`; the full release: \`${files.snapshot}\`). ${body}`;
}

/**
 * Puts `section` at the end of the `## <version>` entry of a changelog, adding
 * the entry (and the `# <name>` title of a new file) when missing. An entry
 * that already has a data section is left as it is.
 */
export function addToChangelog(
  changelog: string,
  { name, version, heading = version }: { name: string; version: string; heading?: string },
  section: string,
): string {
  const text = changelog.trim() === "" ? `# ${name}\n` : changelog;
  const lines = text.split("\n");
  const start = lines.findIndex((line) => line === `## ${version}` || line.startsWith(`## ${version} `));
  if (start < 0) {
    // A new entry goes first, right under the title line, as changesets puts it.
    const titled = lines[0]?.startsWith("# ") ? 1 : 0;
    const entry = [`## ${heading}`, "", section.trim(), ""];
    const rest = lines.slice(titled);
    while (rest[0] === "") rest.shift();
    return `${[...lines.slice(0, titled), ...(titled ? [""] : []), ...entry, ...rest].join("\n").trimEnd()}\n`;
  }
  let end = lines.findIndex((line, i) => i > start && line.startsWith("## "));
  if (end < 0) end = lines.length;
  if (lines.slice(start, end).includes(DATA_HEADING)) return text;
  const before = lines.slice(0, end);
  while (before.at(-1) === "") before.pop();
  const after = lines.slice(end);
  return `${[...before, "", section.trim(), "", ...after].join("\n").trimEnd()}\n`;
}
