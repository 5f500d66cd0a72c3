import {
  type DatasetIndex,
  type DatasetRecord,
  formatAssertedBy,
  formatBounds,
  formatUnit,
  lineOf,
  type ReadonlySpan,
} from "@claimset/core";
import { wrapText } from "../table.js";

/** A span for people: its exact text in curly quotes, with line and offsets. */
export function formatSpan(text: string, span: ReadonlySpan): string {
  return `“${span.text}” (line ${lineOf(text, span.start)}, ${span.start}–${span.end})`;
}

/** A record's fields as label/value lines, in reading order; empty values shown as "—". */
export function recordFields(found: DatasetRecord, index: DatasetIndex): [label: string, value: string][] {
  const text = index.dataset.source.text;
  const span = (s: ReadonlySpan | null) => (s === null ? "—" : formatSpan(text, s));
  const entity = (id: string | null) => {
    if (id === null) return "—";
    const e = index.entity(id);
    return e ? `${e.name} (${id})` : id;
  };
  switch (found.table) {
    case "entities": {
      const e = found.record;
      return [
        ["name", e.name],
        ["type", e.type],
        ["aliases", e.aliases.length ? e.aliases.join(", ") : "—"],
        ["wikidata", e.wikidata ?? "—"],
        ["description", e.description ?? "—"],
        ["mentions", String(e.mentions.length)],
      ];
    }
    case "quotes": {
      const q = found.record;
      return [
        ["kind", q.kind],
        ...q.spans.map((s, i): [string, string] => [q.spans.length === 1 ? "words" : `words ${i + 1}`, span(s)]),
        ["speaker", q.speaker === null ? `— (${q.noSpeakerReason ?? "no reason given"})` : entity(q.speaker)],
        ["speaker text", span(q.speakerText)],
        ["cue", span(q.cue)],
        ["addressee", entity(q.addressee)],
        ["parent", q.parent ?? "—"],
      ];
    }
    case "claims": {
      const c = found.record;
      const { low, high, lowInclusive, highInclusive } = c.bounds;
      // An open side is never inclusive, whatever its flag says.
      const interval = `${low !== null && lowInclusive ? "[" : "("}${low ?? "−∞"}, ${high ?? "∞"}${high !== null && highInclusive ? "]" : ")"}`;
      return [
        ["kind", c.kind],
        ["text", span(c.span)],
        ["value", c.value === null ? "— (the text gives no number)" : String(c.value)],
        ["comparator", c.comparator],
        ["bounds", `${formatBounds(c)}  ${interval}`],
        ["qualifier", span(c.qualifier)],
        ["unit", formatUnit(c)],
        ["about", `${c.about.text}${c.about.entities.length ? ` [${c.about.entities.join(", ")}]` : ""}`],
        ["asserted by", formatAssertedBy(c, index)],
        ["iso", c.iso ?? "—"],
        ["time", c.timeRef ?? "—"],
      ];
    }
    case "notes": {
      const n = found.record;
      return [
        ["kind", n.kind],
        ["targets", n.targets.length ? n.targets.join(", ") : "— (the article as a whole)"],
        ["span", span(n.span)],
        ["text", n.text],
      ];
    }
  }
}

/** Label/value lines, labels padded to one column, values wrapped to `width` under themselves. */
export function formatFields(fields: readonly (readonly [string, string])[], width?: number): string {
  const column = Math.max(0, ...fields.map(([label]) => label.length));
  const indent = " ".repeat(column + 4);
  return fields.map(([label, value]) => wrapText(`  ${label.padEnd(column)}  ${value}`, width, indent)).join("\n");
}
