// Annotations overlap freely (a number inside a quote inside a mention, or two
// quotes that cross), but HTML elements must nest. A boundary sweep cuts the
// text wherever any annotation starts or ends; inside each piece the set of
// covering annotations is constant, so each piece becomes a stack of elements.
// An annotation that crosses another is split into several fragments.

export interface Range {
  readonly start: number;
  readonly end: number;
}

export interface TextPiece {
  readonly type: "text";
  readonly start: number;
  readonly end: number;
}

export interface MarkPiece<A> {
  readonly type: "mark";
  readonly annotation: A;
  readonly start: number;
  end: number;
  /** True for the fragment where the annotation begins (the one to focus). */
  readonly first: boolean;
  /** True for the fragment where the annotation ends. */
  last: boolean;
  readonly children: Piece<A>[];
}

export type Piece<A> = TextPiece | MarkPiece<A>;

/**
 * Nests annotations over `[from, to)` of a text into a tree of marks and
 * text pieces. `outerFirst` orders annotations covering the same piece from
 * outermost to innermost; ties must be broken deterministically.
 * Empty ranges and the parts of ranges outside `[from, to)` are ignored.
 */
export function nestAnnotations<A>(
  annotations: readonly A[],
  rangeOf: (a: A) => Range,
  from: number,
  to: number,
  outerFirst: (a: A, b: A) => number,
): Piece<A>[] {
  const clipped = annotations
    .map((annotation) => {
      const r = rangeOf(annotation);
      return { annotation, start: Math.max(r.start, from), end: Math.min(r.end, to), whole: r };
    })
    .filter((c) => c.start < c.end);

  const cuts = new Set<number>([from, to]);
  for (const c of clipped) {
    cuts.add(c.start);
    cuts.add(c.end);
  }
  const boundaries = [...cuts].sort((a, b) => a - b);
  const byStart = [...clipped].sort((a, b) => a.start - b.start);

  const root: Piece<A>[] = [];
  const open: MarkPiece<A>[] = [];
  let active: typeof clipped = [];
  let next = 0;
  const orderActive = (x: (typeof clipped)[number], y: (typeof clipped)[number]) =>
    x.whole.start - y.whole.start || y.whole.end - x.whole.end || outerFirst(x.annotation, y.annotation);

  for (let i = 0; i + 1 < boundaries.length; i++) {
    const start = boundaries[i]!;
    const end = boundaries[i + 1]!;
    active = active.filter((c) => c.end > start);
    while (next < byStart.length && byStart[next]!.start === start) active.push(byStart[next++]!);
    const stack = [...active].sort(orderActive);

    let keep = 0;
    while (keep < open.length && keep < stack.length && open[keep]!.annotation === stack[keep]!.annotation) keep++;
    open.length = keep;
    for (const c of stack.slice(keep)) {
      const mark: MarkPiece<A> = {
        type: "mark",
        annotation: c.annotation,
        start,
        end,
        first: start === c.whole.start,
        last: false,
        children: [],
      };
      (open.at(-1)?.children ?? root).push(mark);
      open.push(mark);
    }
    for (const mark of open) {
      mark.end = end;
      mark.last = end === rangeOf(mark.annotation).end;
    }
    (open.at(-1)?.children ?? root).push({ type: "text", start, end });
  }
  return root;
}
