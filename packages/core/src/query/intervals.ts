// An implicit augmented interval tree (as in Heng Li's cgranges): the ranges
// sorted by start form a complete binary search tree laid out in the array
// itself, and each node keeps the largest end in its subtree. Building it is
// one sort (a linear radix sort for integer starts) and one linear pass, with
// no per-range objects; a stabbing query costs O(log n + k) for k hits on the
// short, local spans of a text. A sorted list with a running max-end was not
// used because one long span (a note over the whole text) makes it O(n).

export interface IntervalIndex<T> {
  /** Every item whose half-open range [start, end) contains `point`, in no particular order. */
  stab(point: number): T[];
}

/** Positions of ranges given as parallel arrays, answering stabbing queries with the positions. */
export interface RangeIndex {
  /** The positions of every range with start <= point < end, in no particular order. */
  stab(point: number): number[];
}

/**
 * Positions 0..n-1 of `starts` ordered by start. Starts that are all integers
 * in [0, 2^32) take a stable radix sort on 16-bit digits (linear); anything
 * else (fractions, NaN) a comparison sort, after dropping the empty ranges,
 * which could not be ordered. (Empty integer ranges may stay: nothing stabs them.)
 */
function orderByStart(starts: ArrayLike<number>, ends: ArrayLike<number>): Uint32Array {
  const n = starts.length;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    // True exactly for integers in [0, 2^32).
    if (starts[i]! >>> 0 !== starts[i])
      return order
        .map((_, i) => i)
        .filter((i) => starts[i]! < ends[i]!)
        .sort((a, b) => starts[a]! - starts[b]!);
    order[i] = i;
  }
  for (let shift = 0; shift < 32; shift += 16) {
    const count = new Uint32Array(0x10001);
    for (let i = 0; i < n; i++) count[((starts[i]! / 2 ** shift) & 0xffff) + 1]!++;
    for (let d = 1; d <= 0xffff; d++) count[d + 1]! += count[d]!;
    const next = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const p = order[i]!;
      next[count[(starts[p]! / 2 ** shift) & 0xffff]!++] = p;
    }
    order = next;
  }
  return order;
}

/**
 * Indexes ranges [starts[i], ends[i]) by position i; empty ranges (and NaN)
 * cover nothing. The arrays are read once, not kept.
 */
export function createRangeIndex(starts: ArrayLike<number>, ends: ArrayLike<number>): RangeIndex {
  const order = orderByStart(starts, ends);
  const n = order.length;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    start[i] = starts[order[i]!]!;
    end[i] = ends[order[i]!]!;
  }

  // Node i sits at level = number of trailing 1 bits of i; leaves (level 0)
  // are the even positions. maxEnd[i] is the largest end in i's subtree; a
  // subtree hanging past n is covered by `last`, the max end of the rightmost
  // real node at the level below.
  const maxEnd = new Float64Array(n);
  let top = 0;
  let lastI = 0;
  let last = 0;
  for (let i = 0; i < n; i += 2) {
    lastI = i;
    maxEnd[i] = last = end[i]!;
  }
  for (let k = 1; 1 << k <= n; k++) {
    const x = 1 << (k - 1);
    const step = x << 2;
    for (let i = (x << 1) - 1; i < n; i += step) {
      const left = maxEnd[i - x]!;
      const right = i + x < n ? maxEnd[i + x]! : last;
      maxEnd[i] = Math.max(end[i]!, left, right);
    }
    lastI = (lastI >> k) & 1 ? lastI - x : lastI + x;
    if (lastI < n && maxEnd[lastI]! > last) last = maxEnd[lastI]!;
    top = k;
  }

  return {
    stab(point) {
      const out: number[] = [];
      // A stack of (node, level, visited-left) triples. With no ranges, the root is an empty leaf scan.
      const stack: number[] = [(1 << top) - 1, top, 0];
      while (stack.length) {
        const w = stack.pop()!;
        const k = stack.pop()!;
        const x = stack.pop()!;
        if (k <= 3) {
          // A small subtree: scan its positions in start order.
          const from = (x >> k) << k;
          const to = Math.min(from + (1 << (k + 1)) - 1, n);
          for (let i = from; i < to && start[i]! <= point; i++) if (point < end[i]!) out.push(order[i]!);
        } else if (w === 0) {
          stack.push(x, k, 1);
          const y = x - (1 << (k - 1));
          // Descend left unless that subtree ends at or before the point.
          if (y >= n || maxEnd[y]! > point) stack.push(y, k - 1, 0);
        } else if (x < n && start[x]! <= point) {
          if (point < end[x]!) out.push(order[x]!);
          stack.push(x + (1 << (k - 1)), k - 1, 0);
        }
      }
      return out;
    },
  };
}

/** Indexes items by a half-open range [start, end); empty ranges cover nothing and are dropped. */
export function createIntervalIndex<T>(
  items: readonly T[],
  rangeOf: (item: T) => { readonly start: number; readonly end: number },
): IntervalIndex<T> {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const item of items) {
    const range = rangeOf(item);
    starts.push(range.start);
    ends.push(range.end);
  }
  const index = createRangeIndex(starts, ends);
  return { stab: (point) => index.stab(point).map((i) => items[i]!) };
}
