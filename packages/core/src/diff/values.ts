import { canonicalJson } from "../text/canonical.js";
import { levelOf } from "./policy.js";
import type { DiffPath, FieldChange } from "./types.js";

/** A span or anything shaped like one (a mention is a span with a `kind`). */
export interface SpanLike {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function isSpanLike(value: unknown): value is SpanLike {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.start === "number" && typeof v.end === "number" && typeof v.text === "string";
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Appends to `out` every difference between `before` and `after`, with paths
 * under `path`. Values are equal when their canonical JSON is equal.
 *
 * - Spans are atomic: one `changed` entry carries the whole old and new span.
 * - Objects are compared key by key; nested objects whose `type`
 *   discriminator differs (an `assertedBy` that switched variant) are atomic.
 * - Lists of spans (mentions, quote spans) are matched item by item, see `diffSpanList`.
 * - Other lists (aliases, ids) are compared as multisets, see `diffList`.
 *
 * Levels: a value changed is patch; a list item removed is patch; a list
 * item added is minor; an object key added is minor; an object key removed is
 * major (a field consumers read disappears).
 */
export function diffValues(before: unknown, after: unknown, path: DiffPath, out: FieldChange[]): void {
  if (canonicalJson(before) === canonicalJson(after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length + after.length > 0 && before.every(isSpanLike) && after.every(isSpanLike)) {
      diffSpanList(before, after, path, out);
    } else {
      diffList(before, after, path, out);
    }
    return;
  }
  if (
    isPlainObject(before) &&
    isPlainObject(after) &&
    !isSpanLike(before) &&
    !isSpanLike(after) &&
    // Below the record root, `type` is a union discriminator (assertedBy); at the root it is an entity's type.
    (path.length === 0 || before.type === after.type)
  ) {
    for (const key of Object.keys(after)) {
      if (Object.hasOwn(before, key)) diffValues(before[key], after[key], [...path, key], out);
      else out.push({ op: "added", path: [...path, key], after: after[key], level: levelOf("fieldAdded") });
    }
    for (const key of Object.keys(before)) {
      if (!Object.hasOwn(after, key))
        out.push({ op: "removed", path: [...path, key], before: before[key], level: levelOf("fieldRemoved") });
    }
    return;
  }
  out.push({ op: "changed", path, before, after, level: levelOf("valueCorrected") });
}

/** Matches equal keys first-come first-served, in linear time. */
class KeyQueue {
  private readonly queues = new Map<string, { items: number[]; next: number }>();

  push(key: string, index: number): void {
    const queue = this.queues.get(key);
    if (queue) queue.items.push(index);
    else this.queues.set(key, { items: [index], next: 0 });
  }

  /** Takes the earliest unclaimed index with `key` for which `free` holds, or -1. */
  take(key: string, free: (index: number) => boolean): number {
    const queue = this.queues.get(key);
    if (!queue) return -1;
    while (queue.next < queue.items.length) {
      const index = queue.items[queue.next++] as number;
      if (free(index)) return index;
    }
    return -1;
  }
}

/**
 * Multiset comparison: equal items pair up wherever they are; leftover removed
 * and added items pair up in order as corrections (`changed`, patch); what is
 * still left is `added` (minor) or `removed` (patch). When nothing was added or
 * removed but the order differs, the whole list is one `changed` (patch).
 */
function diffList(before: readonly unknown[], after: readonly unknown[], path: DiffPath, out: FieldChange[]): void {
  const keysA = before.map((v) => canonicalJson(v));
  const keysB = after.map((v) => canonicalJson(v));
  const pending = new KeyQueue();
  for (const [i, key] of keysA.entries()) pending.push(key, i);
  const matchedA = new Array<boolean>(before.length).fill(false);
  const unmatchedB: number[] = [];
  keysB.forEach((key, j) => {
    const i = pending.take(key, (k) => !matchedA[k]);
    if (i >= 0) matchedA[i] = true;
    else unmatchedB.push(j);
  });
  const unmatchedA = matchedA.flatMap((matched, i) => (matched ? [] : [i]));
  if (unmatchedA.length === 0 && unmatchedB.length === 0) {
    out.push({ op: "changed", path, before, after, level: levelOf("valueCorrected") });
    return;
  }
  const paired = Math.min(unmatchedA.length, unmatchedB.length);
  for (let k = 0; k < paired; k++) {
    const i = unmatchedA[k] as number;
    const j = unmatchedB[k] as number;
    out.push({
      op: "changed",
      path: [...path, j],
      before: before[i],
      after: after[j],
      level: levelOf("valueCorrected"),
    });
  }
  for (const j of unmatchedB.slice(paired))
    out.push({ op: "added", path: [...path, j], after: after[j], level: levelOf("itemAdded") });
  for (const i of unmatchedA.slice(paired))
    out.push({ op: "removed", path: [...path, i], before: before[i], level: levelOf("valueCorrected") });
}

const overlaps = (x: SpanLike, y: SpanLike): boolean =>
  (x.start < y.end && y.start < x.end) || (x.start === y.start && x.end === y.end);

/**
 * Matches spans by what they cover, so a changelog can say "mention 'Putin'
 * moved" instead of listing three changed numbers:
 *
 * 1. same start, end and text: the same span (a `changed` entry only if
 *    another field, e.g. a mention's `kind`, differs);
 * 2. same text at other offsets: the span moved (re-anchored), `changed`;
 * 3. overlapping ranges: the span was re-bounded, `changed`;
 * 4. the rest: `added` (minor: the dataset annotates more of the text) or
 *    `removed` (patch: a wrong annotation withdrawn; spans carry no ids, so
 *    nothing that consumers cite disappears).
 *
 * Changes are listed in text order.
 */
function diffSpanList(
  before: readonly SpanLike[],
  after: readonly SpanLike[],
  path: DiffPath,
  out: FieldChange[],
): void {
  const matchedA = new Array<boolean>(before.length).fill(false);
  const matchedB = new Array<boolean>(after.length).fill(false);
  const pairs: [number, number][] = [];
  const pairBy = (keyOf: (span: SpanLike) => string): void => {
    const pending = new KeyQueue();
    before.forEach((span, i) => {
      if (!matchedA[i]) pending.push(keyOf(span), i);
    });
    after.forEach((span, j) => {
      if (matchedB[j]) return;
      const i = pending.take(keyOf(span), (k) => !matchedA[k]);
      if (i < 0) return;
      matchedA[i] = true;
      matchedB[j] = true;
      pairs.push([i, j]);
    });
  };
  pairBy((s) => `${s.start}:${s.end}:${s.text}`);
  pairBy((s) => s.text);

  // Sweep the leftovers of both sides in text order, pairing overlapping ranges.
  const byPosition = (list: readonly SpanLike[], matched: boolean[]) =>
    matched
      .flatMap((m, i) => (m ? [] : [i]))
      .sort(
        (x, y) =>
          (list[x] as SpanLike).start - (list[y] as SpanLike).start ||
          (list[x] as SpanLike).end - (list[y] as SpanLike).end,
      );
  const restA = byPosition(before, matchedA);
  const restB = byPosition(after, matchedB);
  for (let p = 0, q = 0; p < restA.length && q < restB.length; ) {
    const i = restA[p] as number;
    const j = restB[q] as number;
    const x = before[i] as SpanLike;
    const y = after[j] as SpanLike;
    if (overlaps(x, y)) {
      matchedA[i] = true;
      matchedB[j] = true;
      pairs.push([i, j]);
      p++;
      q++;
    } else if (x.end <= y.end) p++;
    else q++;
  }

  const found: { at: SpanLike; change: FieldChange }[] = [];
  for (const [i, j] of pairs) {
    const x = before[i] as SpanLike;
    const y = after[j] as SpanLike;
    if (canonicalJson(x) !== canonicalJson(y))
      found.push({
        at: y,
        change: { op: "changed", path: [...path, j], before: x, after: y, level: levelOf("valueCorrected") },
      });
  }
  after.forEach((y, j) => {
    if (!matchedB[j])
      found.push({ at: y, change: { op: "added", path: [...path, j], after: y, level: levelOf("itemAdded") } });
  });
  before.forEach((x, i) => {
    if (!matchedA[i])
      found.push({ at: x, change: { op: "removed", path: [...path, i], before: x, level: levelOf("valueCorrected") } });
  });
  found.sort((u, v) => u.at.start - v.at.start || u.at.end - v.at.end);
  for (const { change } of found) out.push(change);
}
