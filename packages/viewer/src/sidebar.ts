import type { DatasetIndex } from "@claimset/core";
import { quoteWords, speakerName } from "./details.js";
import { h } from "./dom.js";
import { type Filters, type Review, speakersOf, type Visible } from "./filters.js";
import { isUnreviewed } from "./provenance.js";
import { hashOf } from "./route.js";
import { virtualList } from "./virtual-list.js";

function select(
  id: string,
  label: string,
  options: { value: string; label: string }[],
  value: string | null,
  onChange: (value: string | null) => void,
): HTMLElement {
  const el = h(
    "select",
    { attrs: { id } },
    h("option", { attrs: { value: "" } }, "All"),
    ...options.map((o) => h("option", { attrs: { value: o.value, selected: o.value === value } }, o.label)),
  );
  el.addEventListener("change", () => onChange(el.value === "" ? null : el.value));
  return h("div", { class: "filter" }, h("label", { attrs: { for: id } }, label), el);
}

function checkboxes(
  legend: string,
  name: string,
  kinds: string[],
  counts: Map<string, number>,
  checked: ReadonlySet<string>,
  onChange: (kinds: Set<string>) => void,
): HTMLElement {
  const boxes = kinds.map((kind) =>
    h("input", { attrs: { type: "checkbox", name, value: kind, checked: checked.has(kind), id: `${name}-${kind}` } }),
  );
  const set = h(
    "fieldset",
    { class: `filter kinds ${name}` },
    h("legend", {}, legend),
    ...kinds.map((kind, i) =>
      h("label", { attrs: { for: `${name}-${kind}` } }, boxes[i]!, `${kind} (${counts.get(kind) ?? 0})`),
    ),
  );
  set.addEventListener("change", () => onChange(new Set(boxes.filter((b) => b.checked).map((b) => b.value))));
  return set;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** The review filter, for datasets with machine-made records that are not reviewed yet. */
function drafts(index: DatasetIndex, value: Review, onChange: (review: Review) => void): HTMLElement | null {
  const { dataset } = index;
  const records = [...dataset.entities, ...dataset.quotes, ...dataset.claims, ...dataset.notes];
  const unreviewed = records.filter(isUnreviewed).length;
  if (unreviewed === 0) return null;
  const options: { value: Review; label: string }[] = [
    { value: "all", label: `All (${records.length})` },
    { value: "reviewed", label: `Written or reviewed by a person (${records.length - unreviewed})` },
    { value: "unreviewed", label: `Machine drafts not reviewed yet (${unreviewed})` },
  ];
  const el = h(
    "select",
    { attrs: { id: "filter-review" } },
    ...options.map((o) => h("option", { attrs: { value: o.value, selected: o.value === value } }, o.label)),
  );
  el.addEventListener("change", () => onChange(el.value as Review));
  return h("div", { class: "filter" }, h("label", { attrs: { for: "filter-review" } }, "Review"), el);
}

export interface FilterControls {
  readonly element: HTMLElement;
  /** Says how many highlights and records match, and whether there is anything to reset. */
  setCount(highlights: number, records: number, everything: boolean): void;
}

export interface FilterHandlers {
  onChange(filters: Filters): void;
  onReset(): void;
  /** Moves to the next (+1) or previous (-1) matching highlight. */
  onJump(direction: 1 | -1): void;
}

/** The filter controls, the count of matches with buttons to move between them, and a reset. */
export function renderFilters(index: DatasetIndex, filters: Filters, handlers: FilterHandlers): FilterControls {
  const { dataset } = index;
  let current = filters;
  const update = (patch: Partial<Filters>) => {
    current = { ...current, ...patch };
    handlers.onChange(current);
  };
  const entities = [...dataset.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => ({ value: e.id, label: `${e.name} (${e.mentions.length})` }));
  const claimCounts = countBy(dataset.claims, (c) => c.kind);
  const noteCounts = countBy(dataset.notes, (n) => n.kind);
  const count = h("p", { class: "match-count", attrs: { id: "match-count", role: "status" } });
  const button = (label: string, onClick: () => void, attrs: Record<string, string> = {}) => {
    const b = h("button", { attrs: { type: "button", ...attrs } }, label);
    b.addEventListener("click", onClick);
    return b;
  };
  const previous = button("Previous match", () => handlers.onJump(-1), { "aria-describedby": "match-count" });
  const next = button("Next match", () => handlers.onJump(1), { "aria-describedby": "match-count" });
  const reset = button("Reset filters", handlers.onReset, { class: "reset" });
  const form = h(
    "form",
    { class: "filters", attrs: { "aria-labelledby": "filters-heading" } },
    h("h2", { attrs: { id: "filters-heading" } }, "Filters"),
    select("filter-entity", "Entity", entities, current.entity, (entity) => update({ entity })),
    select(
      "filter-speaker",
      "Speaker",
      speakersOf(index).map((sp) => ({ value: sp.id, label: `${sp.name} (${sp.count})` })),
      current.speaker,
      (speaker) => update({ speaker }),
    ),
    claimCounts.size
      ? checkboxes("Number kinds", "claim-kind", [...claimCounts.keys()].sort(), claimCounts, current.claimKinds, (k) =>
          update({ claimKinds: k }),
        )
      : null,
    noteCounts.size
      ? checkboxes(
          "Editorial-note kinds",
          "note-kind",
          [...noteCounts.keys()].sort(),
          noteCounts,
          current.noteKinds,
          (k) => update({ noteKinds: k }),
        )
      : null,
    drafts(index, current.review, (review) => update({ review })),
    count,
    h("div", { class: "filter-actions" }, previous, next, reset),
  );
  form.addEventListener("submit", (event) => event.preventDefault());
  return {
    element: form,
    setCount(highlights, records, everything) {
      count.textContent = everything
        ? `Showing everything: ${highlights} highlights, ${records} records.`
        : `${highlights} highlight${highlights === 1 ? "" : "s"} in the text and ${records} record${records === 1 ? "" : "s"} match.`;
      previous.disabled = highlights === 0;
      next.disabled = highlights === 0;
      reset.disabled = everything;
    },
  };
}

const ROW = { rowHeight: 30, visibleRows: 14 };

/** The lists of records that pass the filters, in text order, each linking to `#<id>`. */
export function renderRecordList(index: DatasetIndex, visible: Visible): HTMLElement {
  const { dataset } = index;
  const link = (id: string, layer: string, kind: string, ...label: (string | Node)[]) =>
    h("a", { attrs: { href: hashOf(id), "data-record": id, "data-layer": layer, "data-kind": kind } }, ...label);
  const section = <T>(title: string, items: readonly T[], row: (item: T) => HTMLElement, open = true) =>
    h(
      "details",
      { attrs: { open } },
      h("summary", {}, `${title} (${items.length})`),
      items.length ? virtualList(items, row, ROW) : h("p", { class: "quiet" }, "None match the filters."),
    );
  const quotes = dataset.quotes
    .filter((q) => visible.quotes.has(q.id))
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
  const claims = dataset.claims.filter((c) => visible.claims.has(c.id)).sort((a, b) => a.span.start - b.span.start);
  const notes = dataset.notes.filter((n) => visible.notes.has(n.id));
  const entities = dataset.entities
    .filter((e) => visible.entities.has(e.id))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return h(
    "div",
    { class: "record-list" },
    h("h2", {}, "Records"),
    section("Quotes", quotes, (q) =>
      link(q.id, "quote", q.kind, h("b", {}, speakerName(index, q)), ` “${quoteWords(q)}”`),
    ),
    section("Numbers", claims, (c) => link(c.id, "claim", c.kind, h("b", {}, c.span.text), ` — ${c.about.text}`)),
    section("Editorial notes", notes, (n) => link(n.id, "note", n.kind, h("b", {}, n.kind), ` ${n.text}`)),
    section(
      "Entities",
      entities,
      (e) => link(e.id, "entity", e.type, h("b", {}, e.name), ` ${e.type}, ${e.mentions.length} mentions`),
      false,
    ),
  );
}
