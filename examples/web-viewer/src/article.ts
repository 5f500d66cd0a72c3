import { h } from "./dom.js";
import { type Highlight, outerFirst, paragraphsOf } from "./highlights.js";
import { nestAnnotations, type Piece } from "./nest.js";

/** The rendered article: its highlight elements by record id, and its text nodes by offset. */
export interface RenderedArticle {
  readonly element: HTMLElement;
  /** Every fragment of every highlight of a record, in text order. */
  readonly marks: ReadonlyMap<string, readonly HTMLElement[]>;
  /** A DOM range over the text between two offsets (for places without a highlight of their own). */
  rangeOf(start: number, end: number): Range | null;
}

/**
 * Draws the article as paragraphs of nested highlight elements. `labelOf`
 * gives each highlight its accessible name; the first fragment of each
 * highlight is focusable and acts as a button.
 */
export function renderArticle(
  text: string,
  highlights: readonly Highlight[],
  labelOf: (h: Highlight) => string,
): RenderedArticle {
  const marks = new Map<string, HTMLElement[]>();
  const textNodes: { node: Text; start: number }[] = [];
  const element = h("div", { class: "article" });

  const build = (pieces: Piece<Highlight>[], parent: HTMLElement) => {
    for (const piece of pieces) {
      if (piece.type === "text") {
        const node = document.createTextNode(text.slice(piece.start, piece.end));
        textNodes.push({ node, start: piece.start });
        parent.appendChild(node);
        continue;
      }
      const hl = piece.annotation;
      const mark = h("span", {
        class: `hl hl-${hl.layer}${piece.first ? "" : " cont"}${piece.last ? "" : " open"}`,
        attrs: {
          "data-record": hl.recordId,
          "data-layer": hl.layer,
          "data-kind": hl.kind,
          "data-mention": hl.mentionKind,
          "data-start": hl.start,
          // Only the first fragment of a highlight is a tab stop; its other fragments are the same record.
          tabindex: piece.first ? 0 : null,
          role: piece.first ? "button" : null,
          "aria-label": piece.first ? labelOf(hl) : null,
        },
      });
      build(piece.children, mark);
      parent.appendChild(mark);
      const list = marks.get(hl.recordId);
      if (list) list.push(mark);
      else marks.set(hl.recordId, [mark]);
    }
  };

  for (const para of paragraphsOf(text)) {
    const here = highlights.filter((x) => x.start < para.end && x.end > para.start);
    const p = h("p", { attrs: { "data-start": para.start } });
    build(
      nestAnnotations(here, (x) => x, para.start, para.end, outerFirst),
      p,
    );
    element.appendChild(p);
  }

  return {
    element,
    marks,
    rangeOf(start, end) {
      const locate = (offset: number, preferNext: boolean): [Text, number] | null => {
        let lo = 0;
        let hi = textNodes.length - 1;
        let found = -1;
        while (lo <= hi) {
          const mid = (lo + hi) >> 1;
          if (textNodes[mid]!.start <= offset) {
            found = mid;
            lo = mid + 1;
          } else hi = mid - 1;
        }
        let entry = textNodes[found];
        if (!entry) return null;
        // An offset at the very end of a node is also the start of the next one.
        if (preferNext && offset - entry.start === entry.node.length && textNodes[found + 1]) {
          entry = textNodes[found + 1]!;
        }
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
  };
}
