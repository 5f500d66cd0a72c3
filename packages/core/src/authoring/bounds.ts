import type { Bounds, Comparator } from "@claimset/schema";

/**
 * The bounds a comparator and a value imply, where they imply them: `=` the
 * value itself, `>`/`>=` open above, `<`/`<=` open below. Null for `~`,
 * `range` and `vague`, and for a null value: how far "about 12,000"
 * reaches is the curators' reading, never a default, so it is written out.
 */
export function boundsOfComparator(comparator: Comparator, value: number | null): Bounds | null {
  if (value === null) return null;
  switch (comparator) {
    case "=":
      return { low: value, high: value, lowInclusive: true, highInclusive: true };
    case ">":
      return { low: value, high: null, lowInclusive: false, highInclusive: true };
    case ">=":
      return { low: value, high: null, lowInclusive: true, highInclusive: true };
    case "<":
      return { low: null, high: value, lowInclusive: true, highInclusive: false };
    case "<=":
      return { low: null, high: value, lowInclusive: true, highInclusive: true };
    default:
      return null;
  }
}
