import { type ChartRow, decades, logDomain, logScale } from "./chart-model.js";
import { h, s } from "./dom.js";
import { hashOf } from "./route.js";

// Narrow enough that the labels stay legible when a phone scales the chart down.
const WIDTH = 420;
const LEFT = 12;
const RIGHT = WIDTH - 12;
const ROW = 58;
const TOP = 28;
const LABEL_CHARS = 62;

const clip = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text);

function tickLabel(v: number): string {
  if (v >= 1e9) return `${v / 1e9}B`;
  if (v >= 1e6) return `${v / 1e6}M`;
  if (v >= 1e3) return `${v / 1e3}k`;
  return String(v);
}

/**
 * Counts on a log scale: a dot for each stated value and a bar for the
 * interval its hedge allows. A closed end is a filled cap, an open end a
 * hollow one, and a side with no bound runs to the edge as an arrow.
 */
export function renderChart(rows: readonly ChartRow[]): HTMLElement {
  if (rows.length === 0) return h("p", { class: "muted" }, "This dataset states no counts.");
  const domain = logDomain(rows);
  const x = logScale(domain, LEFT, RIGHT);
  const height = TOP + rows.length * ROW + 8;
  const svg = s("svg", {
    viewBox: `0 0 ${WIDTH} ${height}`,
    role: "img",
    "aria-labelledby": "chart-title chart-desc",
    class: "chart",
  });
  svg.append(
    s("title", { id: "chart-title" }, "Counts stated in the article, on a log scale"),
    s(
      "desc",
      { id: "chart-desc" },
      rows.map((r) => `${r.label}: ${r.valueText}${r.hedge ? ` (hedge: ${r.hedge})` : ""}`).join("; "),
    ),
  );

  for (const tick of decades(domain)) {
    const tx = x(tick);
    svg.append(
      s("line", { x1: tx, x2: tx, y1: TOP - 6, y2: height - 4, class: "grid" }),
      s("text", { x: tx, y: TOP - 12, class: "tick", "text-anchor": "middle" }, tickLabel(tick)),
    );
  }

  rows.forEach((row, i) => {
    const y = TOP + i * ROW + 44;
    const x0 = row.low === null ? LEFT : x(row.low);
    const x1 = row.high === null ? RIGHT : x(row.high);
    const link = s("a", {
      href: hashOf(row.id),
      class: "chart-row",
      "data-record": row.id,
      "aria-label": `${row.label}: ${row.valueText}${row.hedge ? `, hedged “${row.hedge}”` : ""}`,
    });
    link.append(
      s("rect", { x: 0, y: y - 42, width: WIDTH, height: ROW, class: "row-bg" }),
      s("title", {}, row.label),
      s("text", { x: LEFT, y: y - 27, class: "row-label" }, clip(row.label)),
      s(
        "text",
        { x: LEFT, y: y - 11, class: "row-label" },
        s("tspan", { class: "row-value" }, row.valueText),
        row.hedge ? s("tspan", { class: "row-hedge" }, `  “${row.hedge}”`) : null,
      ),
    );
    // An exact value is a point; anything else shows the interval its wording allows.
    const exact = row.low !== null && row.low === row.high;
    if (row.value !== null) {
      const vx = x(row.value);
      link.append(s("path", { d: `M${vx},${y - 6} l6,6 l-6,6 l-6,-6 z`, class: "value" }));
    } else if (exact) {
      link.append(s("path", { d: `M${x0},${y - 6} l6,6 l-6,6 l-6,-6 z`, class: "value" }));
    }
    if (!exact) {
      link.append(s("line", { x1: x0, x2: x1, y1: y, y2: y, class: "range" }));
      if (row.low === null) link.append(s("path", { d: `M${x0},${y} l8,-5 v10 z`, class: "arrow" }));
      else link.append(s("circle", { cx: x0, cy: y, r: 5, class: row.lowInclusive ? "cap closed" : "cap open" }));
      if (row.high === null) link.append(s("path", { d: `M${x1},${y} l-8,-5 v10 z`, class: "arrow" }));
      else link.append(s("circle", { cx: x1, cy: y, r: 5, class: row.highInclusive ? "cap closed" : "cap open" }));
    }
    svg.append(link);
  });

  return h(
    "figure",
    { class: "chart-figure" },
    svg,
    h(
      "figcaption",
      {},
      "◆ stated value · bar: the interval the wording allows · ● closed end · ○ open end · ▶ no bound on that side",
    ),
  );
}
