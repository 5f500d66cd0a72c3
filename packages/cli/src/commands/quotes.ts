import type { DatasetIndex, ReadonlyQuote } from "@claimset/core";
import { type Command, printJson } from "../command.js";
import { formatTable } from "../table.js";
import { DATASET_HELP, DATASET_OPTION, entityOption, lineAt, loadDatasetOption } from "./dataset.js";

/** The quoted words, interruptions marked with an ellipsis. */
export function quoteWords(quote: ReadonlyQuote): string {
  return quote.spans.map((s) => s.text).join(" … ");
}

/** Who speaks a quote, for people: the entity's name, else why there is none. */
export function speakerName(quote: ReadonlyQuote, index: DatasetIndex): string {
  if (quote.speaker === null) return `(none: ${quote.noSpeakerReason ?? "no reason given"})`;
  return index.entity(quote.speaker)?.name ?? quote.speaker;
}

export const quotes: Command = {
  name: "quotes",
  summary: "List a dataset's quotes, optionally by one speaker",
  help: `Usage: claimset quotes [--speaker <entity>] [-d <path>]

Lists every quote with its kind, speaker, line and words. --json prints the
full records.

Options:
  --speaker <entity>    only quotes this entity speaks (an id, name or alias)
${DATASET_HELP}`,
  options: { ...DATASET_OPTION, speaker: { type: "string", short: "s" } },
  positionals: [0, 0],
  run(_positionals, values, context) {
    const { dataset, index } = loadDatasetOption(values, context);
    const speaker = entityOption(index, values, "speaker", context);
    const list = speaker ? index.quotesBy(speaker.id) : dataset.quotes;
    if (values.json) {
      printJson(context, list);
      return 0;
    }
    const rows = list.map((q) => [
      q.id,
      q.kind,
      speakerName(q, index),
      String(lineAt(dataset, (q.spans[0] ?? { start: 0 }).start)),
      quoteWords(q),
    ]);
    context.stdout(`${formatTable(["id", "kind", "speaker", "line", "words"], rows)}\n`);
    context.stdout(`${list.length} quote${list.length === 1 ? "" : "s"}${speaker ? ` by ${speaker.name}` : ""}\n`);
    return 0;
  },
};
