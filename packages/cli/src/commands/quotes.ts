import { type DatasetIndex, lineOf, type ReadonlyQuote } from "@claimset/core";
import type { QuoteKind } from "@claimset/schema";
import { loadDatasets } from "../datasets.js";
import { resolveEntity } from "../entities.js";
import { stringOption } from "../limits.js";
import { displayOf, plural, printRows } from "../output.js";
import type { CommandRun } from "../spec.js";

/** The quoted words, interruptions marked with an ellipsis. */
export function quoteWords(quote: ReadonlyQuote): string {
  return quote.spans.map((s) => s.text).join(" … ");
}

/** Who speaks a quote, for people: the entity's name, else why there is none. */
export function speakerName(quote: ReadonlyQuote, index: DatasetIndex): string {
  if (quote.speaker === null) return `(none: ${quote.noSpeakerReason ?? "no reason given"})`;
  return index.entity(quote.speaker)?.name ?? quote.speaker;
}

export const run: CommandRun = (input, context) => {
  const kind = input.values.kind as QuoteKind | undefined;
  const loaded = loadDatasets(input, context.cwd);
  const query = stringOption(input.values, "speaker");
  const speakers = query === undefined ? null : resolveEntity(query, loaded, context);
  const rows = loaded.flatMap((l) => {
    const ids = speakers?.filter((m) => m.loaded === l).map((m) => m.entity.id);
    const list = ids === undefined ? l.dataset.quotes : ids.flatMap((id) => l.index.quotesBy(id));
    return list.filter((q) => kind === undefined || q.kind === kind).map((quote) => ({ loaded: l, quote }));
  });
  if (!input.values.json) {
    const many = loaded.length > 1;
    const by = speakers ? ` by ${[...new Set(speakers.map((s) => s.entity.name))].join(", ")}` : "";
    printRows(
      context,
      displayOf(input.values, context),
      [...(many ? ["dataset"] : []), "id", "kind", "speaker", "line", "words"],
      rows.map(({ loaded: l, quote: q }) => [
        ...(many ? [l.dataset.id] : []),
        q.id,
        q.kind,
        speakerName(q, l.index),
        String(lineOf(l.dataset.source.text, (q.spans[0] ?? { start: 0 }).start)),
        quoteWords(q),
      ]),
      `${plural(rows.length, "quote")}${kind ? ` of kind ${kind}` : ""}${by}${many ? ` in ${plural(loaded.length, "dataset")}` : ""}`,
    );
  }
  return {
    datasets: loaded.map((l) => l.ref),
    results: rows.map(({ loaded: l, quote }) => ({
      dataset: l.dataset.id,
      key: `${l.dataset.id}:${quote.id}`,
      line: lineOf(l.dataset.source.text, (quote.spans[0] ?? { start: 0 }).start),
      speaker:
        quote.speaker === null
          ? null
          : { id: quote.speaker, name: l.index.entity(quote.speaker)?.name ?? quote.speaker },
      record: quote,
    })),
  };
};
