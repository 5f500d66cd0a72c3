import { h } from "./dom.js";
import { type Highlight, outerFirst, paragraphsOf } from "./highlights.js";
import { nestAnnotations, type Piece } from "./nest.js";

/** Paragraphs drawn with their highlights as soon as the page mounts; the rest when scrolled near. */
const EAGER_CHARS = 12_000;

/**
 * The article: one `<p>` per line of the text, each drawn with its
 * highlights when it first comes near the viewport (or when asked, to focus
 * or select something in it). Until then a paragraph is its plain text, so
 * the page reads, searches and scrolls the same at any size.
 */
export interface ArticleView {
  readonly element: HTMLElement;
  /** Highlights in reading order (start, then outermost first); a highlight's index is its place here. */
  readonly stops: readonly Highlight[];
  /** The first element of highlight `i`, drawing its paragraph first. */
  elementOf(i: number): HTMLElement | null;
  /** The indexes of a record's highlights, in reading order. */
  stopsOf(recordId: string): readonly number[];
  /** Every drawn element of a record, drawing the paragraphs it is in first. */
  marksOf(recordId: string): HTMLElement[];
  /** A DOM range over the text between two offsets, drawing the paragraphs first. */
  rangeOf(start: number, end: number): Range | null;
  /** Draws every paragraph (for printing). */
  drawAll(): void;
  destroy(): void;
}

const BADGE: Record<string, string> = {
  person: "P",
  organization: "O",
  location: "L",
  facility: "F",
  event: "E",
  artifact: "A",
  weapon: "W",
  "military-unit": "U",
  "media-outlet": "M",
  group: "G",
  other: "X",
};

/** The letter that marks an entity type in the text, beside its color (see the legend). */
export const badgeOf = (type: string): string => BADGE[type] ?? "?";

export interface ArticleOptions {
  /** Called for each paragraph once it is drawn, to apply filters and selection to it. */
  onDraw(paragraph: HTMLElement): void;
}

function readingOrder(a: Highlight, b: Highlight): number {
  return a.start - b.start || b.end - a.end || outerFirst(a, b);
}

export function renderArticle(text: string, highlights: readonly Highlight[], options: ArticleOptions): ArticleView {
  const stops = [...highlights].sort(readingOrder);
  const indexOf = new Map(stops.map((s, i) => [s, i]));
  const paragraphs = paragraphsOf(text);
  const starts = paragraphs.map((p) => p.start);
  const paragraphAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const inParagraph: Highlight[][] = paragraphs.map(() => []);
  const paragraphOfStop: number[] = [];
  const byRecord = new Map<string, number[]>();
  stops.forEach((hl, i) => {
    const first = paragraphAt(hl.start);
    const last = paragraphAt(Math.max(hl.start, hl.end - 1));
    for (let p = first; p <= last; p++) inParagraph[p]!.push(hl);
    paragraphOfStop.push(first);
    const list = byRecord.get(hl.recordId);
    if (list) list.push(i);
    else byRecord.set(hl.recordId, [i]);
  });

  const element = h("div", { class: "article" });
  const nodes = paragraphs.map((p) => h("p", { attrs: { "data-start": p.start } }, text.slice(p.start, p.end)));
  const drawn = new Uint8Array(paragraphs.length);
  const firstElement = new Map<number, HTMLElement>();
  const textNodes: { node: Text; start: number }[][] = paragraphs.map(() => []);

  const build = (pieces: Piece<Highlight>[], parent: HTMLElement, p: number) => {
    for (const piece of pieces) {
      if (piece.type === "text") {
        const node = document.createTextNode(text.slice(piece.start, piece.end));
        textNodes[p]!.push({ node, start: piece.start });
        parent.appendChild(node);
        continue;
      }
      const hl = piece.annotation;
      const i = indexOf.get(hl)!;
      const mark = h("span", {
        class: `hl hl-${hl.layer}${piece.first ? "" : " cont"}${piece.last ? "" : " open"}`,
        attrs: {
          "data-record": hl.recordId,
          "data-layer": hl.layer,
          "data-kind": hl.kind,
          "data-mention": hl.mentionKind,
          "data-badge": hl.layer === "entity" && piece.last ? badgeOf(hl.kind) : null,
          "data-draft": hl.unreviewed || null,
          "data-start": hl.start,
          "data-i": i,
        },
      });
      if (piece.first) firstElement.set(i, mark);
      build(piece.children, mark, p);
      parent.appendChild(mark);
    }
  };

  const draw = (p: number) => {
    if (drawn[p]) return;
    drawn[p] = 1;
    observer?.unobserve(nodes[p]!);
    const para = paragraphs[p]!;
    const node = nodes[p]!;
    textNodes[p] = [];
    const pieces = nestAnnotations(inParagraph[p]!, (x) => x, para.start, para.end, outerFirst);
    node.replaceChildren();
    build(pieces, node, p);
    options.onDraw(node);
  };

  const observer =
    typeof IntersectionObserver === "undefined"
      ? null
      : new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (entry.isIntersecting) draw(Number((entry.target as HTMLElement).dataset.index));
            }
          },
          { rootMargin: "1500px 0px" },
        );

  let eager = 0;
  nodes.forEach((node, p) => {
    node.dataset.index = String(p);
    element.appendChild(node);
    if (eager < EAGER_CHARS || observer === null) {
      eager += paragraphs[p]!.end - paragraphs[p]!.start + 1;
      draw(p);
    } else observer.observe(node);
  });

  const drawRange = (start: number, end: number) => {
    for (let p = paragraphAt(start); p <= paragraphAt(Math.max(start, end - 1)); p++) draw(p);
  };

  return {
    element,
    stops,
    elementOf(i) {
      const p = paragraphOfStop[i];
      if (p === undefined) return null;
      draw(p);
      return firstElement.get(i) ?? null;
    },
    stopsOf: (id) => byRecord.get(id) ?? [],
    marksOf(id) {
      const own = byRecord.get(id) ?? [];
      for (const i of own) drawRange(stops[i]!.start, stops[i]!.end);
      return own.length ? [...element.querySelectorAll<HTMLElement>(`.hl[data-record="${CSS.escape(id)}"]`)] : [];
    },
    rangeOf(start, end) {
      drawRange(start, end);
      const locate = (offset: number, preferNext: boolean): [Text, number] | null => {
        const list = textNodes[paragraphAt(offset)]!;
        let found = -1;
        for (let k = 0; k < list.length && list[k]!.start <= offset; k++) found = k;
        let entry = list[found];
        if (!entry) return null;
        // An offset at the very end of a node is also the start of the next one.
        if (preferNext && offset - entry.start === entry.node.length && list[found + 1]) entry = list[found + 1]!;
        const at = offset - entry.start;
        return at <= entry.node.length ? [entry.node, at] : null;
      };
      const a = locate(start, true);
      const b = locate(end, false);
      if (!a || !b) return null;
      const range = document.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      return range;
    },
    drawAll() {
      for (let p = 0; p < paragraphs.length; p++) draw(p);
    },
    destroy() {
      observer?.disconnect();
    },
  };
}
