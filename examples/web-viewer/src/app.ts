import { createIndex, type DatasetIndex, formatBounds, formatUnit, type ReadonlyDataset } from "@claimset/core";
import { type RenderedArticle, renderArticle } from "./article.js";
import { renderChart } from "./chart.js";
import { chartRows } from "./chart-model.js";
import { detailOf, placeOf, quoteWords, speakerName } from "./details.js";
import { fill, h, isSafeUrl } from "./dom.js";
import { allFilters, type Filters, type Visible, visibleRecords } from "./filters.js";
import { type Highlight, highlightsOf } from "./highlights.js";
import { renderDetail } from "./panel.js";
import { hashOf, routeOf } from "./route.js";
import { renderFilters, renderRecordList } from "./sidebar.js";

/** The page's containers, found by id in index.html. */
export interface Slots {
  title: HTMLElement;
  meta: HTMLElement;
  status: HTMLElement;
  article: HTMLElement;
  chart: HTMLElement;
  detail: HTMLElement;
  filters: HTMLElement;
  records: HTMLElement;
}

function labelFor(index: DatasetIndex, text: string): (hl: Highlight) => string {
  return (hl) => {
    const words = `“${text.slice(hl.start, hl.end)}”`;
    const found = index.record(hl.recordId);
    switch (found?.table) {
      case "entities":
        return `${words}: ${found.record.name}, ${found.record.type}`;
      case "quotes":
        return `${words}: ${found.record.kind} quote by ${speakerName(index, found.record)}`;
      case "claims":
        return `${words}: number, ${formatBounds(found.record)} ${formatUnit(found.record)}`;
      case "notes":
        return `${words}: ${found.record.kind} note`;
      default:
        return words;
    }
  };
}

function metaLine(dataset: ReadonlyDataset): Node[] {
  const src = dataset.source;
  const unknown = (what: string, value: string | null) => `${what}: ${value ?? "unknown"}`;
  const parts: Node[] = [
    document.createTextNode(
      [
        unknown("publisher", src.publisher),
        unknown("published", src.publishedAt),
        unknown("authors", src.authors?.join(", ") || null),
        `dataset ${dataset.id} v${dataset.version} (schema ${dataset.schemaVersion})`,
      ].join(" · "),
    ),
  ];
  if (src.url !== null) {
    parts.push(document.createTextNode(" · "));
    // Only https links are made clickable; anything else (javascript:, data:, http:) stays text.
    parts.push(
      isSafeUrl(src.url)
        ? h("a", { attrs: { href: src.url, rel: "noopener noreferrer" } }, src.url)
        : h("span", {}, src.url),
    );
  }
  return parts;
}

/** Draws a dataset into the page and wires selection, filters and `#<record-id>` URLs. */
export function mountViewer(slots: Slots, dataset: ReadonlyDataset): { select(id: string): void } {
  const index = createIndex(dataset);
  const text = dataset.source.text;
  const highlights = highlightsOf(dataset);
  const article: RenderedArticle = renderArticle(text, highlights, labelFor(index, text));
  let filters: Filters = allFilters(index);
  let selected: string | null = null;

  document.title = `${dataset.source.title ?? dataset.id} — claimset viewer`;
  fill(slots.title, dataset.source.title ?? dataset.id);
  fill(slots.meta, ...metaLine(dataset));
  fill(slots.article, article.element);

  const showPlace = (start: number, end: number) => {
    const range = article.rangeOf(start, end);
    if (!range) return;
    range.startContainer.parentElement?.scrollIntoView({ block: "center", behavior: "smooth" });
    if ("highlights" in CSS) CSS.highlights.set("place", new Highlight(range));
  };

  const applyFilters = () => {
    const visible: Visible = visibleRecords(index, filters);
    const tables = { entity: visible.entities, quote: visible.quotes, claim: visible.claims, note: visible.notes };
    for (const el of article.element.querySelectorAll<HTMLElement>(".hl")) {
      const layer = el.dataset.layer as keyof typeof tables;
      el.classList.toggle("muted", !tables[layer].has(el.dataset.record ?? ""));
    }
    fill(slots.records, renderRecordList(index, visible));
    fill(slots.chart, renderChart(chartRows(dataset.claims.filter((c) => visible.claims.has(c.id)))));
    for (const a of slots.records.querySelectorAll("a[data-record]")) {
      a.toggleAttribute("aria-current", a.getAttribute("data-record") === selected);
    }
  };

  const select = (id: string, options: { scroll: boolean; at?: number }) => {
    const detail = detailOf(index, id);
    if (!detail) return;
    for (const el of article.element.querySelectorAll(".selected")) el.classList.remove("selected");
    for (const el of article.marks.get(id) ?? []) el.classList.add("selected");
    for (const a of document.querySelectorAll("a[data-record]")) {
      a.toggleAttribute("aria-current", a.getAttribute("data-record") === id);
    }
    selected = id;
    if ("highlights" in CSS) CSS.highlights.delete("place");

    // Everything else under the clicked point, so each layer of a nested highlight stays reachable.
    const also =
      options.at === undefined
        ? []
        : index
            .at(options.at)
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
    fill(
      slots.detail,
      h("button", { class: "close", attrs: { type: "button", "aria-label": "Close details" } }, "×"),
      renderDetail(detail, showPlace),
      also.length
        ? h(
            "section",
            { class: "also" },
            h("h3", {}, "Also at this point"),
            h(
              "ul",
              {},
              ...also.map((a) => h("li", {}, h("a", { attrs: { href: hashOf(a.id), "data-record": a.id } }, a.label))),
            ),
          )
        : null,
    );
    document.body.classList.add("has-selection");
    if (options.scroll) {
      const first = article.marks.get(id)?.[0];
      if (first) first.scrollIntoView({ block: "center" });
      else {
        const where = placeOf(index, id);
        if (where) showPlace(where.start, where.end);
      }
    }
  };

  const followHash = () => {
    const route = routeOf(index, location.hash);
    fill(slots.status);
    switch (route.type) {
      case "none":
        return;
      case "record":
        if (route.id !== selected) select(route.id, { scroll: true });
        return;
      case "retired": {
        const t = route.tombstone;
        fill(
          slots.status,
          `#${t.id} was retired in version ${t.since} (${t.kind}): ${t.reason} `,
          ...(route.ids.length
            ? [
                "Now: ",
                ...route.ids.flatMap((id, i) => [i ? ", " : "", h("a", { attrs: { href: hashOf(id) } }, `#${id}`)]),
              ]
            : ["It has no replacement."]),
        );
        const [first] = route.ids;
        if (first !== undefined) select(first, { scroll: true });
        return;
      }
      case "unknown":
        fill(slots.status, `There is no record #${route.id} in this dataset.`);
        return;
    }
  };

  const activate = (mark: HTMLElement) => {
    const id = mark.dataset.record;
    if (!id) return;
    const start = Number(mark.dataset.start);
    if (location.hash !== hashOf(id)) history.pushState(null, "", hashOf(id));
    fill(slots.status);
    select(id, { scroll: false, at: start });
  };
  article.element.addEventListener("click", (event) => {
    const mark = (event.target as Element).closest<HTMLElement>(".hl");
    if (mark) activate(mark);
  });
  article.element.addEventListener("keydown", (event) => {
    const mark = (event.target as Element).closest<HTMLElement>(".hl[role=button]");
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      activate(mark);
    }
  });
  slots.detail.addEventListener("click", (event) => {
    if ((event.target as Element).closest(".close")) document.body.classList.remove("has-selection");
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") document.body.classList.remove("has-selection");
  });
  window.addEventListener("hashchange", followHash);
  window.addEventListener("popstate", followHash);

  fill(
    slots.filters,
    renderFilters(index, filters, (next) => {
      filters = next;
      applyFilters();
    }),
  );
  applyFilters();
  followHash();
  return { select: (id) => select(id, { scroll: true }) };
}
