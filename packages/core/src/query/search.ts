import type { ReadonlyClaim, ReadonlyDataset, ReadonlyQuote, SearchResult } from "./types.js";

/**
 * Folds text for matching: compatibility forms (… → ...), case, curly
 * quotes to straight ones and runs of whitespace, so a reader typing
 * `won't` finds `won’t`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, " ");
}

interface Entry<T> {
  record: T;
  /** Folded strings to match against. */
  haystacks: string[];
}

export interface SearchIndex {
  search(text: string): SearchResult;
}

const byFirstOffset = (a: { at: number }, b: { at: number }) => a.at - b.at;

/** Folds every searchable string once; each search is then a linear scan of them. */
export function createSearchIndex(dataset: ReadonlyDataset): SearchIndex {
  const quotes: Entry<ReadonlyQuote>[] = dataset.quotes
    .map((quote) => ({ quote, at: quote.spans[0]?.start ?? 0 }))
    .sort(byFirstOffset)
    .map(({ quote }) => {
      const parts = quote.spans.map((s) => s.text);
      // The joined form lets a phrase run across an interrupted quote.
      return { record: quote, haystacks: [...parts, parts.join(" ")].map(foldForSearch) };
    });
  const claims: Entry<ReadonlyClaim>[] = dataset.claims
    .map((claim) => ({ claim, at: claim.span.start }))
    .sort(byFirstOffset)
    .map(({ claim }) => ({ record: claim, haystacks: [claim.span.text, claim.about.text].map(foldForSearch) }));

  const matching = <T>(entries: Entry<T>[], needle: string): T[] =>
    entries.filter((e) => e.haystacks.some((h) => h.includes(needle))).map((e) => e.record);

  return {
    search(text) {
      const needle = foldForSearch(text).trim();
      if (needle === "") return { quotes: [], claims: [] };
      return { quotes: matching(quotes, needle), claims: matching(claims, needle) };
    },
  };
}
