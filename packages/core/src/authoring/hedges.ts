import type { NumericClaim } from "@claimset/schema";

/** The comparator a hedge before a number gives. */
export type HedgeComparator = Extract<NumericClaim["comparator"], "~" | ">" | ">=" | "<" | "<=">;

/**
 * Hedges before a number, longest first, with the comparator each gives:
 * "more than 40" is `>`, "at least" `>=`, "under" `<`, "up to" `<=`,
 * "about" `~`. One table for every reader of numbers in text: the drafter
 * and the brat import (a quantity's qualifier).
 */
export const HEDGES: readonly (readonly [phrase: string, comparator: HedgeComparator])[] = [
  ["no more than", "<="],
  ["no fewer than", ">="],
  ["no less than", ">="],
  ["not more than", "<="],
  ["not less than", ">="],
  ["in excess of", ">"],
  ["a maximum of", "<="],
  ["a minimum of", ">="],
  ["more than", ">"],
  ["greater than", ">"],
  ["higher than", ">"],
  ["fewer than", "<"],
  ["less than", "<"],
  ["lower than", "<"],
  ["at least", ">="],
  ["at most", "<="],
  ["up to", "<="],
  ["as many as", "<="],
  ["as much as", "<="],
  ["as few as", ">="],
  ["as little as", ">="],
  ["just over", ">"],
  ["just under", "<"],
  ["well over", ">"],
  ["well under", "<"],
  ["upwards of", ">"],
  ["close to", "~"],
  ["an estimated", "~"],
  ["some", "~"],
  ["about", "~"],
  ["around", "~"],
  ["approximately", "~"],
  ["roughly", "~"],
  ["circa", "~"],
  ["estimated", "~"],
  ["nearly", "<"],
  ["almost", "<"],
  ["over", ">"],
  ["under", "<"],
  ["below", "<"],
  ["above", ">"],
  ["exceeding", ">"],
];

const BY_PHRASE: ReadonlyMap<string, HedgeComparator> = new Map(HEDGES);

/** The comparator a hedge gives ("More  than" is "more than": case and spacing do not count), or null for other words. */
export function hedgeComparator(hedge: string): HedgeComparator | null {
  return BY_PHRASE.get(hedge.toLowerCase().replace(/\s+/g, " ").trim()) ?? null;
}
