import type { DatasetIndex } from "@claimset/core";
import { quoteWords, speakerName } from "./details.js";
import { h } from "./dom.js";
import { type Filters, speakersOf, type Visible } from "./filters.js";
import { hashOf } from "./route.js";

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

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
      h(
        "label",
        { attrs: { for: `${name}-${kind}`, "data-kind": kind } },
        boxes[i]!,
        h("span", { class: "swatch", attrs: { "aria-hidden": "true" } }),
        `${kind} (${counts.get(kind) ?? 0})`,
      ),
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

/** The filter controls. `onChange` receives the new filters whenever one control changes. */
export function renderFilters(index: DatasetIndex, filters: Filters, onChange: (f: Filters) => void): HTMLElement {
  const { dataset } = index;
  let current = filters;
  const update = (patch: Partial<Filters>) => {
    current = { ...current, ...patch };
    onChange(current);
  };
  const entities = [...dataset.entities]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => ({ value: e.id, label: `${e.name} (${e.mentions.length})` }));
  const claimCounts = countBy(dataset.claims, (c) => c.kind);
  const noteCounts = countBy(dataset.notes, (n) => n.kind);
  return h(
    "form",
    { class: "filters", attrs: { "aria-label": "Filters" } },
    h("h2", {}, "Filters"),
    select("filter-entity", "Entity", entities, current.entity, (entity) => update({ entity })),
    select(
      "filter-speaker",
      "Speaker",
      speakersOf(index).map((sp) => ({ value: sp.id, label: `${sp.name} (${sp.count})` })),
      current.speaker,
      (speaker) => update({ speaker }),
    ),
    checkboxes("Number kinds", "claim-kind", [...claimCounts.keys()].sort(), claimCounts, current.claimKinds, (k) =>
      update({ claimKinds: k }),
    ),
    checkboxes("Editorial-note kinds", "note-kind", [...noteCounts.keys()].sort(), noteCounts, current.noteKinds, (k) =>
      update({ noteKinds: k }),
    ),
  );
}

/** The lists of records that pass the filters, in text order, each linking to `#<id>`. */
export function renderRecordList(index: DatasetIndex, visible: Visible): HTMLElement {
  const { dataset } = index;
  const item = (id: string, layer: string, kind: string, ...label: (string | Node)[]) =>
    h(
      "li",
      {},
      h("a", { attrs: { href: hashOf(id), "data-record": id, "data-layer": layer, "data-kind": kind } }, ...label),
    );
  const section = (title: string, items: HTMLElement[], open = true) =>
    h(
      "details",
      { attrs: { open } },
      h("summary", {}, `${title} (${items.length})`),
      items.length ? h("ul", {}, ...items) : h("p", { class: "muted" }, "None match the filters."),
    );
  const quotes = dataset.quotes
    .filter((q) => visible.quotes.has(q.id))
    .sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0))
    .map((q) => item(q.id, "quote", q.kind, h("b", {}, speakerName(index, q)), ` “${clip(quoteWords(q))}”`));
  const claims = dataset.claims
    .filter((c) => visible.claims.has(c.id))
    .sort((a, b) => a.span.start - b.span.start)
    .map((c) => item(c.id, "claim", c.kind, h("b", {}, c.span.text), ` — ${c.about.text}`));
  const notes = dataset.notes
    .filter((n) => visible.notes.has(n.id))
    .map((n) => item(n.id, "note", n.kind, h("b", {}, n.kind), ` ${clip(n.text)}`));
  const entities = dataset.entities
    .filter((e) => visible.entities.has(e.id))
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .map((e) => item(e.id, "entity", e.type, h("b", {}, e.name), ` ${e.type}, ${e.mentions.length} mentions`));
  return h(
    "div",
    { class: "record-list" },
    h("h2", {}, "Records"),
    section("Quotes", quotes),
    section("Numbers", claims),
    section("Editorial notes", notes),
    section("Entities", entities, false),
  );
}
