// A static centered interval tree: every stabbing query costs O(log n + k)
// for k hits, where a sorted list with a running max-end can degrade to O(n).

interface Node<T> {
  center: number;
  /** Intervals containing `center`, by ascending start. */
  byStart: T[];
  /** The same intervals, by descending end. */
  byEnd: T[];
  left: Node<T> | null;
  right: Node<T> | null;
}

export interface IntervalIndex<T> {
  /** Every item whose half-open range [start, end) contains `point`, in no particular order. */
  stab(point: number): T[];
}

/** Indexes items by a half-open range [start, end); empty ranges cover nothing and are dropped. */
export function createIntervalIndex<T>(
  items: readonly T[],
  rangeOf: (item: T) => { readonly start: number; readonly end: number },
): IntervalIndex<T> {
  const ranged = items
    .map((item) => ({ item, start: rangeOf(item).start, end: rangeOf(item).end }))
    .filter((r) => r.start < r.end)
    .sort((a, b) => a.start - b.start);
  type R = (typeof ranged)[number];

  // `sorted` is ordered by start, and filtering keeps that order, so the
  // median start is the middle element. Every range starting at the median
  // contains it, so each level shrinks and the depth stays O(log n).
  const build = (sorted: R[]): Node<R> | null => {
    if (sorted.length === 0) return null;
    const center = sorted[sorted.length >> 1]!.start;
    const left: R[] = [];
    const right: R[] = [];
    const here: R[] = [];
    for (const r of sorted) {
      if (r.end <= center) left.push(r);
      else if (r.start > center) right.push(r);
      else here.push(r);
    }
    return {
      center,
      byStart: here,
      byEnd: [...here].sort((a, b) => b.end - a.end),
      left: build(left),
      right: build(right),
    };
  };
  const root = build(ranged);

  return {
    stab(point) {
      const out: T[] = [];
      let node = root;
      while (node) {
        if (point < node.center) {
          // Every range here ends after the center, so after `point` too.
          for (const r of node.byStart) {
            if (r.start > point) break;
            out.push(r.item);
          }
          node = node.left;
        } else {
          // Every range here starts at or before the center, so before `point` too.
          for (const r of node.byEnd) {
            if (r.end <= point) break;
            out.push(r.item);
          }
          node = node.right;
        }
      }
      return out;
    },
  };
}
