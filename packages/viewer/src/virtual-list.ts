import { h } from "./dom.js";

/** Lists up to this long are drawn whole; longer ones draw only the rows in view. */
export const WHOLE_LIST_MAX = 80;

export interface VirtualListOptions {
  /** Height of one row in CSS pixels: rows are one line, clipped with an ellipsis. */
  readonly rowHeight: number;
  /** How many rows the list shows before it scrolls. */
  readonly visibleRows: number;
}

/**
 * A list whose rows are made only while in view, so a dataset of thousands of
 * records costs a few dozen elements. Each row says its place in the whole
 * list (`aria-posinset`, `aria-setsize`) for screen readers.
 */
export function virtualList<T>(
  items: readonly T[],
  row: (item: T) => HTMLElement,
  { rowHeight, visibleRows }: VirtualListOptions,
): HTMLElement {
  if (items.length <= WHOLE_LIST_MAX) return h("ul", { class: "rows" }, ...items.map((item) => h("li", {}, row(item))));
  const list = h("ul", { class: "rows virtual" });
  list.style.height = `${items.length * rowHeight}px`;
  const viewport = h("div", { class: "virtual-viewport" }, list);
  viewport.style.maxHeight = `${visibleRows * rowHeight}px`;
  let drawn = "";
  const draw = () => {
    const first = Math.max(0, Math.floor(viewport.scrollTop / rowHeight) - 10);
    const last = Math.min(items.length, first + visibleRows + 20);
    const key = `${first}:${last}`;
    if (key === drawn) return;
    drawn = key;
    // Keep the row that has focus, so scrolling with the keyboard does not lose it.
    const focused = list.contains(document.activeElement) ? document.activeElement?.closest("li") : null;
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      if (focused && Number(focused.getAttribute("aria-posinset")) === i + 1) {
        rows.push(focused as HTMLElement);
        continue;
      }
      const li = h("li", { attrs: { "aria-posinset": i + 1, "aria-setsize": items.length } }, row(items[i]!));
      li.style.top = `${i * rowHeight}px`;
      rows.push(li);
    }
    list.replaceChildren(...rows);
  };
  let pending = false;
  viewport.addEventListener(
    "scroll",
    () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        draw();
      });
    },
    { passive: true },
  );
  // Tabbing onto the last drawn row scrolls it into view, which draws the next ones.
  viewport.addEventListener("focusin", (event) => {
    (event.target as HTMLElement).closest("li")?.scrollIntoView({ block: "nearest" });
  });
  draw();
  return viewport;
}
