// A readable report of a dataset: what the article is, who said what, the
// numbers it states and what the curators noted. Unknown metadata reads
// "unknown", never a guess.
import type { NoteKind } from "@claimset/schema";
import { createIndex, type DatasetIndex } from "../query/create-index.js";
import type { ReadonlyDataset, ReadonlyQuote } from "../query/types.js";
import { formatAssertedBy, formatBounds, formatUnit } from "./format.js";
import { isHttpUrl } from "./iri.js";
import { escapeCell, escapeInline, markdownTable } from "./markdown-text.js";

const NOTE_KINDS: Readonly<Record<NoteKind, string>> = {
  translation: "Translation",
  inconsistency: "Inconsistencies",
  context: "Context",
  ambiguity: "Ambiguities",
  inference: "Inferences",
  "fact-check": "Fact-checks",
};

const code = (id: string) => `\`${id}\``;
const orUnknown = (value: string | null) => (value === null ? "unknown" : escapeInline(value));

/** An autolink only for an http(s) URL; anything else is shown as inert text, never as a link. */
function url(value: string | null): string {
  if (value === null) return "unknown";
  return isHttpUrl(value) ? `<${value}>` : `${escapeInline(value)} (not an http(s) URL, not linked)`;
}

function metadata(dataset: ReadonlyDataset): string[] {
  const s = dataset.source;
  const authors =
    s.authors === null
      ? "unknown"
      : s.authors.length === 0
        ? "none (unsigned)"
        : s.authors.map(escapeInline).join(", ");
  return [
    `- **Title:** ${orUnknown(s.title)}`,
    `- **Publisher:** ${orUnknown(s.publisher)}`,
    `- **Published:** ${orUnknown(s.publishedAt)}`,
    `- **Authors:** ${authors}`,
    `- **URL:** ${url(s.url)}`,
    `- **Language:** ${escapeInline(s.language)}`,
    `- **Retrieved:** ${orUnknown(s.retrievedAt)}`,
    `- **Rights:** ${escapeInline(s.rights)}`,
    `- **Text SHA-256:** ${code(s.sha256)}`,
    `- **Dataset:** ${code(dataset.id)} version ${escapeInline(dataset.version)} (schema ${escapeInline(dataset.schemaVersion)}), content hash ${code(dataset.contentHash)}`,
  ];
}

function counts(dataset: ReadonlyDataset): string {
  const mentions = dataset.entities.reduce((n, e) => n + e.mentions.length, 0);
  return markdownTable(
    ["Entities", "Mentions", "Quotes", "Numeric claims", "Editorial notes", "Retired ids"],
    [
      [dataset.entities, mentions, dataset.quotes, dataset.claims, dataset.notes, dataset.retired].map((v) =>
        String(typeof v === "number" ? v : v.length),
      ),
    ],
    ["---:", "---:", "---:", "---:", "---:", "---:"],
  );
}

function quoteLine(quote: ReadonlyQuote, index: DatasetIndex, withReason: boolean): string {
  const words = escapeInline(quote.spans.map((s) => s.text).join(" … "));
  const details: string[] = [quote.kind];
  if (quote.cue) details.push(`cue: *${escapeInline(quote.cue.text)}*`);
  if (quote.addressee !== null)
    details.push(`to: ${escapeInline(index.entity(quote.addressee)?.name ?? quote.addressee)}`);
  if (withReason) details.push(`no speaker: ${escapeInline(quote.noSpeakerReason ?? "no reason given")}`);
  return `- “${words}” (${details.join("; ")}) ${code(quote.id)}`;
}

function whoSaidWhat(dataset: ReadonlyDataset, index: DatasetIndex): string[] {
  if (dataset.quotes.length === 0) return ["No quotes."];
  const inTextOrder = [...dataset.quotes].sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  // Speakers in the order they are first quoted.
  const speakers = [...new Set(inTextOrder.flatMap((q) => (q.speaker === null ? [] : [q.speaker])))];
  const out: string[] = [];
  for (const speaker of speakers) {
    out.push(`### ${escapeInline(index.entity(speaker)?.name ?? speaker)}`, "");
    for (const q of inTextOrder) if (q.speaker === speaker) out.push(quoteLine(q, index, false));
    out.push("");
  }
  const unattributed = inTextOrder.filter((q) => q.speaker === null);
  if (unattributed.length > 0) {
    out.push("### Without a named speaker", "");
    for (const q of unattributed) out.push(quoteLine(q, index, true));
    out.push("");
  }
  return out.slice(0, -1);
}

function numbers(dataset: ReadonlyDataset, index: DatasetIndex): string {
  if (dataset.claims.length === 0) return "No numeric claims.";
  const rows = [...dataset.claims]
    .sort((a, b) => a.span.start - b.span.start)
    .map((c) => [
      escapeCell(c.span.text),
      // Written by formatBounds, not taken from the data: its "~" never pairs into strikethrough.
      formatBounds(c),
      escapeCell(formatUnit(c)),
      escapeCell(c.about.text),
      escapeCell(formatAssertedBy(c, index)),
      code(c.id),
    ]);
  return markdownTable(["Phrase", "Value", "Unit", "What", "Asserted by", "Id"], rows);
}

function notes(dataset: ReadonlyDataset, index: DatasetIndex): string[] {
  if (dataset.notes.length === 0) return ["No editorial notes."];
  const out: string[] = [];
  for (const [kind, heading] of Object.entries(NOTE_KINDS)) {
    const ofKind = dataset.notes.filter((n) => n.kind === kind);
    if (ofKind.length === 0) continue;
    out.push(`### ${heading}`, "");
    for (const note of ofKind) {
      const about =
        note.targets.length === 0
          ? "the article as a whole"
          : note.targets
              .map((id) => {
                const r = index.record(id);
                return r?.table === "entities" ? `${escapeInline(r.record.name)} (${code(id)})` : code(id);
              })
              .join(", ");
      const passage = note.span ? `; passage: “${escapeInline(note.span.text)}”` : "";
      out.push(`- ${escapeInline(note.text)} (about: ${about}${passage}) ${code(note.id)}`);
    }
    out.push("");
  }
  return out.slice(0, -1);
}

/** The dataset as a Markdown report. */
export function toMarkdown(dataset: ReadonlyDataset): string {
  const index = createIndex(dataset);
  return [
    `# ${escapeInline(dataset.source.title ?? `Untitled article (${dataset.id})`)}`,
    "",
    ...metadata(dataset),
    "",
    "## Counts",
    "",
    counts(dataset),
    "",
    "## Who said what",
    "",
    ...whoSaidWhat(dataset, index),
    "",
    "## The numbers",
    "",
    numbers(dataset, index),
    "",
    "## Editorial notes",
    "",
    ...notes(dataset, index),
    "",
  ].join("\n");
}
