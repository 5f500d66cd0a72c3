import { createIndex, formatBounds, formatUnit, type ReadonlyDataset } from "@claimset/core";
import { type ArticleView, renderArticle } from "./article.js";
import { renderChart } from "./chart.js";
import { chartGroups } from "./chart-model.js";
import { detailOf, placeOf, quoteWords, speakerName } from "./details.js";
import { fill, h, isSafeUrl } from "./dom.js";
import { type Filters, isEveryRecord, readFilters, type Visible, visibleRecords, writeFilters } from "./filters.js";
import { type Highlight, highlightsOf } from "./highlights.js";
import { renderLegend } from "./legend.js";
import { renderDetail } from "./panel.js";
import { isMachineDrafted } from "./provenance.js";
import { hashOf, routeOf } from "./route.js";
import { type FilterControls, renderFilters, renderRecordList } from "./sidebar.js";

/** The page's containers, found by id in index.html. */
export interface Slots {
  title: HTMLElement;
  meta: HTMLElement;
  banner: HTMLElement;
  status: HTMLElement;
  legend: HTMLElement;
  article: HTMLElement;
  chart: HTMLElement;
  detail: HTMLElement;
  filters: HTMLElement;
  records: HTMLElement;
  /** The phone layout's bottom sheet: a modal `<dialog>`. */
  sheet: HTMLDialogElement;
  /** The description of the highlight that has the article's tab stop. */
  description: HTMLElement;
  /** A polite live region: one short sentence for each selection. */
  announce: HTMLElement;
}

export interface MountOptions {
  /** Where the dataset came from, when that is not this site (shown in a banner). */
  readonly origin?: string | null;
}

/** A mounted viewer. */
export interface Viewer {
  select(id: string): void;
  /** Moves focus to the article's tab stop. */
  focusArticle(): void;
  destroy(): void;
}

/** At this width and below the record opens as a bottom sheet. */
const PHONE = "(max-width: 820px)";

const clip = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function header(slots: Slots, dataset: ReadonlyDataset, origin: string | null): void {
  const src = dataset.source;
  const title = src.title ?? "Untitled article";
  document.title = `${title} — ${dataset.id} — claimset viewer`;
  fill(slots.title, title);
  const known: string[] = [];
  const unknown: string[] = [];
  (src.publisher === null ? unknown : known).push(
    src.publisher === null ? "publisher" : `Published by ${src.publisher}`,
  );
  (src.publishedAt === null ? unknown : known).push(
    src.publishedAt === null ? "publication date" : `on ${src.publishedAt}`,
  );
  const authors = src.authors?.length ? src.authors.join(", ") : null;
  (authors === null ? unknown : known).push(authors === null ? "authors" : `by ${authors}`);
  const parts: (Node | string)[] = [];
  if (src.title === null) unknown.unshift("title");
  if (known.length) parts.push(`${known.join(" ")}. `);
  if (unknown.length) {
    parts.push(
      `Not recorded in this dataset: ${unknown.length > 1 ? `${unknown.slice(0, -1).join(", ")} and ${unknown.at(-1)}` : unknown[0]}. `,
    );
  }
  parts.push(`Dataset ${dataset.id}, version ${dataset.version} (schema ${dataset.schemaVersion}).`);
  if (src.url !== null) {
    parts.push(" Source: ");
    // Only https links are made clickable; anything else (javascript:, data:, http:) stays text.
    parts.push(
      isSafeUrl(src.url)
        ? h("a", { attrs: { href: src.url, rel: "noopener noreferrer" } }, src.url)
        : h("span", {}, src.url),
    );
  }
  fill(slots.meta, ...parts);
  fill(
    slots.banner,
    isMachineDrafted(dataset)
      ? h(
          "p",
          { class: "banner" },
          "A machine drafted this dataset. Its records may be wrong until a person reviews them; records not reviewed yet are in italics with a wavy underline.",
        )
      : null,
    origin
      ? h(
          "p",
          { class: "banner" },
          `This dataset was loaded from ${origin}, not from this site. Its text is shown as text only, and nothing in it runs.`,
        )
      : null,
  );
}

function describe(index: ReturnType<typeof createIndex>, hl: Highlight): string {
  const found = index.record(hl.recordId);
  switch (found?.table) {
    case "entities": {
      const how =
        hl.mentionKind === "nominal" ? "Description of " : hl.mentionKind === "pronominal" ? "Pronoun for " : "";
      return `${how}${found.record.name}: ${found.record.type}.`;
    }
    case "quotes":
      return `${found.record.kind} quote by ${speakerName(index, found.record)}.`;
    case "claims":
      return `Number, ${found.record.kind}: ${formatBounds(found.record)} ${formatUnit(found.record)}.`;
    case "notes":
      return `Passage of a ${found.record.kind} note.`;
    default:
      return "";
  }
}

function describeWithReview(index: ReturnType<typeof createIndex>, hl: Highlight): string {
  return `${describe(index, hl)}${hl.unreviewed ? " Machine draft, not reviewed yet." : ""}`;
}

/** Draws a dataset into the page and wires selection, keyboard, filters and `#<record-id>` URLs. */
export function mountViewer(slots: Slots, dataset: ReadonlyDataset, options: MountOptions = {}): Viewer {
  const controller = new AbortController();
  const { signal } = controller;
  const index = createIndex(dataset);
  const highlights = highlightsOf(dataset);
  const fromUrl = readFilters(index, new URLSearchParams(location.search));
  let filters: Filters = fromUrl.filters;
  let visible: Visible = visibleRecords(index, filters);
  let selected: string | null = null;
  let selectedMarks: HTMLElement[] = [];
  /** The highlight that holds the article's one tab stop. */
  let current = -1;
  let currentElement: HTMLElement | null = null;
  /** Where focus goes back to when the record is left with Escape or the sheet closes. */
  let returnFocus: HTMLElement | null = null;

  const isVisible = (hl: Highlight) => {
    switch (hl.layer) {
      case "entity":
        return visible.entities.has(hl.recordId);
      case "quote":
        return visible.quotes.has(hl.recordId);
      case "claim":
        return visible.claims.has(hl.recordId);
      case "note":
        return visible.notes.has(hl.recordId);
    }
  };
  const isVisibleElement = (el: HTMLElement) => {
    const id = el.dataset.record ?? "";
    switch (el.dataset.layer) {
      case "entity":
        return visible.entities.has(id);
      case "quote":
        return visible.quotes.has(id);
      case "claim":
        return visible.claims.has(id);
      default:
        return visible.notes.has(id);
    }
  };

  const article: ArticleView = renderArticle(dataset.source.text, highlights, {
    onDraw(paragraph) {
      for (const el of paragraph.querySelectorAll<HTMLElement>(".hl")) {
        el.classList.toggle("off", !isVisibleElement(el));
        if (el.dataset.record === selected) {
          el.classList.add("selected");
          selectedMarks.push(el);
        }
      }
    },
  });

  header(slots, dataset, options.origin ?? null);
  fill(slots.legend, ...renderLegend(dataset));
  fill(slots.article, article.element);

  const nextVisible = (from: number, step: 1 | -1): number => {
    for (let i = from + step; i >= 0 && i < article.stops.length; i += step) if (isVisible(article.stops[i]!)) return i;
    return -1;
  };

  /** Gives highlight `i` the article's tab stop; it alone is interactive, so nothing interactive nests. */
  const setCurrent = (i: number, focus: boolean) => {
    if (currentElement) {
      currentElement.removeAttribute("tabindex");
      currentElement.removeAttribute("role");
      currentElement.removeAttribute("aria-describedby");
    }
    current = i;
    currentElement = i < 0 ? null : article.elementOf(i);
    slots.article.toggleAttribute("tabindex", currentElement === null);
    if (currentElement === null) {
      // Nothing to move between: the article itself takes the tab stop, and says why.
      slots.article.tabIndex = 0;
      fill(slots.description, "No highlight matches the filters.");
      return;
    }
    slots.article.removeAttribute("tabindex");
    currentElement.tabIndex = 0;
    currentElement.setAttribute("role", "button");
    currentElement.setAttribute("aria-describedby", slots.description.id);
    fill(
      slots.description,
      `${describeWithReview(index, article.stops[i]!)} Enter shows its record; arrow keys move between highlights.`,
    );
    if (focus) currentElement.focus();
  };

  const showPlace = (start: number, end: number) => {
    const range = article.rangeOf(start, end);
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: "center" });
    if ("highlights" in CSS) CSS.highlights.set("place", new Highlight(range));
  };

  const phone = () => matchMedia(PHONE).matches;

  const markCurrentInLists = () => {
    for (const a of document.querySelectorAll("a[data-record]")) {
      a.toggleAttribute("aria-current", a.getAttribute("data-record") === selected);
    }
  };

  const closeSheet = () => {
    if (slots.sheet.open) slots.sheet.close();
  };

  const select = (id: string, opts: { scroll: boolean; at?: number; focusPanel?: boolean }) => {
    const detail = detailOf(index, id);
    if (!detail) return;
    for (const el of selectedMarks) el.classList.remove("selected");
    selected = id;
    selectedMarks = article.marksOf(id);
    for (const el of selectedMarks) el.classList.add("selected");
    markCurrentInLists();
    if ("highlights" in CSS) CSS.highlights.delete("place");

    // Everything else under the clicked point, so each layer of a nested highlight stays reachable.
    const also =
      opts.at === undefined
        ? []
        : index
            .at(opts.at)
            .map((a) =>
              a.type === "mention"
                ? { id: a.entity.id, label: `${a.entity.name} (entity)` }
                : a.type === "quote"
                  ? { id: a.quote.id, label: `“${quoteWords(a.quote)}” (quote)` }
                  : a.type === "claim"
                    ? { id: a.claim.id, label: `${a.claim.span.text} (number)` }
                    : { id: a.note.id, label: `${a.note.kind} note` },
            )
            .filter((a, i, all) => a.id !== id && all.findIndex((b) => b.id === a.id) === i);
    const body = [
      renderDetail(detail, showPlace),
      also.length
        ? h(
            "section",
            { class: "also" },
            h("h4", {}, "Also at this point"),
            h(
              "ul",
              {},
              ...also.map((a) => h("li", {}, h("a", { attrs: { href: hashOf(a.id), "data-record": a.id } }, a.label))),
            ),
          )
        : null,
    ];
    fill(slots.announce, `Selected ${detail.heading.toLowerCase()}: ${clip(detail.title)}`);
    if (phone()) {
      fill(
        slots.sheet,
        h(
          "div",
          { class: "sheet-head" },
          h("h2", { class: "panel-label", attrs: { id: "sheet-label" } }, "Selected record"),
          h("button", { class: "close", attrs: { type: "button", "aria-label": "Close the record" } }, "×"),
        ),
        ...body,
      );
      if (!slots.sheet.open) {
        returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : currentElement;
        slots.sheet.showModal();
      }
      slots.sheet.querySelector<HTMLElement>("#detail-title")?.focus();
    } else {
      closeSheet();
      fill(slots.detail, h("h2", { class: "panel-label", attrs: { id: "detail-label" } }, "Selected record"), ...body);
      if (opts.focusPanel) {
        returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : currentElement;
        slots.detail.querySelector<HTMLElement>("#detail-title")?.focus();
      }
    }
    if (opts.scroll) {
      const [first] = article.stopsOf(id);
      const el = first === undefined ? null : article.elementOf(first);
      if (el) el.scrollIntoView({ block: "center" });
      else {
        const where = placeOf(index, id);
        if (where) showPlace(where.start, where.end);
      }
    }
  };

  const deselect = () => {
    for (const el of selectedMarks) el.classList.remove("selected");
    selectedMarks = [];
    selected = null;
    closeSheet();
    fill(
      slots.detail,
      h("h2", { class: "panel-label", attrs: { id: "detail-label" } }, "Selected record"),
      h("p", { class: "hint" }, "No record selected."),
    );
    markCurrentInLists();
    if (location.hash) history.pushState(null, "", `${location.pathname}${location.search}`);
    fill(slots.announce, "Selection cleared.");
  };

  const followHash = () => {
    const route = routeOf(index, location.hash);
    fill(slots.status);
    switch (route.type) {
      case "none":
        return;
      case "record": {
        if (route.id !== selected) select(route.id, { scroll: true });
        const [first] = article.stopsOf(route.id);
        if (first !== undefined && first !== current && isVisible(article.stops[first]!)) setCurrent(first, false);
        return;
      }
      case "retired": {
        const t = route.tombstone;
        const [first] = route.ids;
        // The old address is replaced, so a bookmark or a shared link made from here points at the live record.
        if (first !== undefined) history.replaceState(null, "", hashOf(first));
        fill(
          slots.status,
          `#${t.id} was retired in version ${t.since} (${t.kind}): ${t.reason} `,
          ...(route.ids.length
            ? [
                `The address now shows its replacement${route.ids.length > 1 ? ` #${first}; the others are ` : ""}`,
                ...route.ids
                  .slice(route.ids.length > 1 ? 1 : 0)
                  .flatMap((id, i) => [i ? ", " : " ", h("a", { attrs: { href: hashOf(id) } }, `#${id}`)]),
                ".",
              ]
            : ["It has no replacement."]),
        );
        if (first !== undefined) select(first, { scroll: true });
        return;
      }
      case "unknown":
        fill(slots.status, `There is no record #${route.id} in this dataset.`);
        return;
    }
  };

  const activate = (i: number, focusPanel: boolean) => {
    const hl = article.stops[i];
    if (!hl) return;
    if (i !== current) setCurrent(i, false);
    if (location.hash !== hashOf(hl.recordId)) history.pushState(null, "", hashOf(hl.recordId));
    fill(slots.status);
    select(hl.recordId, { scroll: false, at: hl.start, focusPanel });
  };

  // --- the filters ------------------------------------------------------------

  let controls: FilterControls;
  let chartKey = "";
  const applyFilters = (writeUrl: boolean) => {
    visible = visibleRecords(index, filters);
    for (const el of article.element.querySelectorAll<HTMLElement>(".hl")) {
      el.classList.toggle("off", !isVisibleElement(el));
    }
    fill(slots.records, renderRecordList(index, visible));
    const claims = dataset.claims.filter((c) => visible.claims.has(c.id));
    const key = claims.map((c) => c.id).join("\n");
    if (key !== chartKey) {
      chartKey = key;
      fill(slots.chart, renderChart(chartGroups(claims)));
    }
    markCurrentInLists();
    let matches = 0;
    for (const hl of article.stops) if (isVisible(hl)) matches++;
    const records = visible.entities.size + visible.quotes.size + visible.claims.size + visible.notes.size;
    controls.setCount(matches, records, isEveryRecord(index, filters));
    if (current < 0 || !isVisible(article.stops[current]!)) {
      const next = nextVisible(Math.max(current, -1), 1);
      setCurrent(next >= 0 ? next : nextVisible(article.stops.length, -1), false);
    }
    if (writeUrl) {
      const url = new URL(location.href);
      writeFilters(index, filters, url.searchParams);
      history.replaceState(history.state, "", url);
    }
  };

  const mountFilters = () => {
    controls = renderFilters(index, filters, {
      onChange(next) {
        filters = next;
        applyFilters(true);
      },
      onReset() {
        filters = readFilters(index, new URLSearchParams()).filters;
        mountFilters();
        applyFilters(true);
        slots.filters.querySelector<HTMLElement>("select")?.focus();
      },
      onJump(direction) {
        let next = nextVisible(current, direction);
        if (next < 0) next = nextVisible(direction === 1 ? -1 : article.stops.length, direction);
        if (next >= 0) {
          setCurrent(next, true);
          currentElement?.scrollIntoView({ block: "center" });
        }
      },
    });
    fill(slots.filters, controls.element);
  };
  mountFilters();

  // --- events -----------------------------------------------------------------

  const on = (target: EventTarget, type: string, listener: (event: Event) => void) =>
    target.addEventListener(type, listener, { signal });

  on(slots.article, "click", (event) => {
    const mark = (event.target as Element).closest<HTMLElement>(".hl:not(.off)");
    if (mark && slots.article.contains(mark)) activate(Number(mark.dataset.i), false);
  });
  on(slots.article, "keydown", (e) => {
    const event = e as KeyboardEvent;
    if (current < 0) return;
    let next = -2;
    switch (event.key) {
      case "ArrowRight":
      case "ArrowDown":
        next = nextVisible(current, 1);
        break;
      case "ArrowLeft":
      case "ArrowUp":
        next = nextVisible(current, -1);
        break;
      case "Home":
        next = nextVisible(-1, 1);
        break;
      case "End":
        next = nextVisible(article.stops.length, -1);
        break;
      case "Enter":
      case " ":
        event.preventDefault();
        activate(current, true);
        return;
      case "Escape":
        if (selected !== null) deselect();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next >= 0) setCurrent(next, true);
  });
  on(slots.detail, "keydown", (event) => {
    if ((event as KeyboardEvent).key !== "Escape") return;
    event.preventDefault();
    const back = returnFocus?.isConnected ? returnFocus : currentElement;
    back?.focus();
  });
  on(slots.sheet, "click", (event) => {
    if ((event.target as Element).closest(".close")) closeSheet();
  });
  const onSheetClose = () => {
    const back = returnFocus?.isConnected ? returnFocus : currentElement;
    returnFocus = null;
    back?.focus();
  };
  on(slots.sheet, "close", onSheetClose);
  on(window, "hashchange", followHash);
  on(window, "popstate", followHash);

  applyFilters(false);
  followHash();
  if (fromUrl.ignored.length) {
    slots.status.append(`Ignored filters that name nothing in this dataset: ${fromUrl.ignored.join(", ")}.`);
  }
  if (current < 0) setCurrent(nextVisible(-1, 1), false);

  return {
    select: (id) => select(id, { scroll: true }),
    focusArticle: () => (currentElement ?? slots.article).focus(),
    destroy() {
      controller.abort();
      article.destroy();
      closeSheet();
    },
  };
}
