import { type ChartGroup, type ChartRow, decades, logPercent, tickLabel } from "./chart-model.js";
import { h } from "./dom.js";
import { hashOf } from "./route.js";

/** Rows drawn per group before "Show more". */
export const CHART_PAGE = 10;

/** How far an open end reaches past its last stated bound, in percent of the axis. */
const OPEN_STUB = 8;

const KIND_TITLE: Record<string, string> = {
  count: "Counts",
  duration: "Durations",
  age: "Ages",
  money: "Sums of money",
  percent: "Percentages",
  other: "Other amounts",
};

function bar(row: ChartRow, x: (v: number) => number): HTMLElement {
  const track = h("div", { class: "bar", attrs: { "aria-hidden": "true" } });
  const place = (el: HTMLElement, left: number, width = 0) => {
    el.style.left = `${left}%`;
    if (width) el.style.width = `${width}%`;
    track.appendChild(el);
  };
  const exact = row.low !== null && row.low === row.high;
  if (!exact && (row.low !== null || row.high !== null)) {
    // A side without a bound is a short dashed stub with an arrow: open, not a bar to the edge of the axis.
    const from = row.low !== null ? x(row.low) : Math.max(0, x(row.high!) - OPEN_STUB);
    const to = row.high !== null ? x(row.high) : Math.min(100, x(row.low!) + OPEN_STUB);
    if (row.low !== null && row.high !== null) place(h("span", { class: "range" }), from, Math.max(to - from, 0.5));
    else place(h("span", { class: `range open-${row.low === null ? "low" : "high"}` }), from, Math.max(to - from, 0.5));
    if (row.low !== null) place(h("span", { class: `cap ${row.lowInclusive ? "closed" : "open"}` }), x(row.low));
    if (row.high !== null) place(h("span", { class: `cap ${row.highInclusive ? "closed" : "open"}` }), x(row.high));
  }
  const point = row.value ?? (exact ? row.low : null);
  if (point !== null) place(h("span", { class: "value" }), x(point));
  return track;
}

function group(g: ChartGroup, n: number): HTMLElement {
  const x = logPercent(g.domain);
  const id = `chart-group-${n}`;
  const ticks = decades(g.domain);
  const every = Math.ceil(ticks.length / 7);
  const axis = h("div", { class: "axis", attrs: { "aria-hidden": "true" } });
  ticks.forEach((t, i) => {
    const tick = h("span", { class: "tick" }, i % every === 0 ? tickLabel(t) : "");
    tick.style.left = `${x(t)}%`;
    axis.appendChild(tick);
  });
  const list = h("ol", { class: "chart-rows" });
  const more = h("button", { class: "more", attrs: { type: "button" } });
  let shown = 0;
  const showMore = () => {
    const next = g.rows.slice(shown, shown + CHART_PAGE);
    for (const row of next) {
      list.appendChild(
        h(
          "li",
          {},
          h(
            "a",
            { class: "chart-row", attrs: { href: hashOf(row.id), "data-record": row.id } },
            h("span", { class: "row-label" }, row.label),
            " ",
            h("span", { class: "row-value" }, row.valueText),
            row.hedge ? h("span", { class: "row-hedge" }, ` “${row.hedge}”`) : null,
          ),
          bar(row, x),
        ),
      );
    }
    shown += next.length;
    more.textContent = `Show ${Math.min(CHART_PAGE, g.rows.length - shown)} more (${shown} of ${g.rows.length} shown)`;
    more.hidden = shown >= g.rows.length;
  };
  more.addEventListener("click", () => {
    const first = shown;
    showMore();
    list.children[first]?.querySelector("a")?.focus();
  });
  showMore();
  return h(
    "section",
    { class: "chart-group", attrs: { "aria-labelledby": id, "data-unit": g.unit, "data-group": g.key } },
    h("h3", { attrs: { id } }, `${KIND_TITLE[g.kind] ?? g.kind} · unit: ${g.unit}`),
    h(
      "p",
      { class: "axis-title" },
      `Axis: ${g.kind === "count" ? "how many" : "amount"}, in ${g.unit}, on a log scale from ${tickLabel(g.domain[0])} to ${tickLabel(g.domain[1])}.`,
    ),
    axis,
    list,
    more,
  );
}

/**
 * The dataset's amounts, one log-scale axis per kind and unit: a diamond for
 * each stated value and a bar for the interval its wording allows; a filled
 * cap is a closed end, a hollow one an open end, a dashed stub with an arrow
 * a side with no bound. Each row is a link with the words it shows.
 */
export function renderChart(groups: readonly ChartGroup[]): HTMLElement {
  if (groups.length === 0)
    return h("p", { class: "quiet" }, "No amounts to draw: this view has no counts or measures.");
  return h(
    "div",
    { class: "chart" },
    h(
      "p",
      { class: "chart-key" },
      "◆ stated value · bar: the interval the wording allows · ● closed end · ○ open end · dashed arrow: no bound on that side. Numbers in different units have separate axes.",
    ),
    ...groups.map(group),
  );
}
