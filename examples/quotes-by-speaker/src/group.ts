import type { EntityId, QuoteId } from "@claimset/dataset-north-korea-victory-day-parade";
import type { DeepReadonly, Entity, Quote } from "@claimset/schema";

/** One quote as the listing prints it. */
export interface QuoteLine {
  readonly id: QuoteId;
  readonly kind: Quote["kind"];
  /** The quoted words; the parts of an interrupted quote joined by an ellipsis. */
  readonly words: string;
  /** The verb or phrase introducing the words ("said", "told", "claiming"), or null. */
  readonly cue: string | null;
  /** Who the words were said to (an outlet such as The Times or NHK), or null. */
  readonly outlet: string | null;
  /** Where the quote starts in the article, for text order. */
  readonly at: number;
}

/** All quotes of one speaker, or (speaker null) those the text attributes to nobody. */
export interface SpeakerGroup {
  readonly speaker: { readonly id: EntityId; readonly name: string; readonly description: string | null } | null;
  readonly quotes: readonly QuoteLine[];
}

/**
 * Groups quotes by speaker: the most quoted first (ties by name), quotes in
 * text order within each group, and the quotes with no named speaker last.
 */
export function groupBySpeaker(
  quotes: readonly DeepReadonly<Quote>[],
  entities: readonly DeepReadonly<Entity>[],
): SpeakerGroup[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const groups = new Map<string | null, QuoteLine[]>();
  for (const q of quotes) {
    const line: QuoteLine = {
      id: q.id as QuoteId,
      kind: q.kind,
      words: q.spans.map((s) => s.text).join(" … "),
      cue: q.cue?.text ?? null,
      outlet: q.addressee === null ? null : (byId.get(q.addressee)?.name ?? q.addressee),
      at: q.spans[0]?.start ?? 0,
    };
    const list = groups.get(q.speaker);
    if (list) list.push(line);
    else groups.set(q.speaker, [line]);
  }
  const out: SpeakerGroup[] = [];
  for (const [id, lines] of groups) {
    lines.sort((a, b) => a.at - b.at);
    const entity = id === null ? undefined : byId.get(id);
    out.push({
      speaker:
        id === null ? null : { id: id as EntityId, name: entity?.name ?? id, description: entity?.description ?? null },
      quotes: lines,
    });
  }
  return out.sort((a, b) => {
    if (a.speaker === null || b.speaker === null) return a.speaker === null ? 1 : -1;
    return b.quotes.length - a.quotes.length || a.speaker.name.localeCompare(b.speaker.name);
  });
}

/** The groups as plain text: a heading per speaker, one line per quote with its cue and outlet. */
export function formatGroups(groups: readonly SpeakerGroup[]): string {
  const lines: string[] = [];
  for (const g of groups) {
    const who = g.speaker === null ? "No named speaker" : g.speaker.name;
    const about = g.speaker?.description ? ` — ${g.speaker.description}` : "";
    lines.push(`${who}${about} (${g.quotes.length} ${g.quotes.length === 1 ? "quote" : "quotes"})`);
    for (const q of g.quotes) {
      const how = [q.cue && `cue: ${q.cue}`, q.outlet && `to: ${q.outlet}`, q.kind].filter(Boolean).join(", ");
      // Reported speech is not the speaker's words: no quotation marks for it.
      const words = q.kind === "indirect" ? `(reported) ${q.words}` : `“${q.words}”`;
      lines.push(`  • ${words}`, `      ${how}  [${q.id}]`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
