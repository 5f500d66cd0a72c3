import type { ReadonlyDataset } from "@claimset/core";
import { badgeOf } from "./article.js";
import { h } from "./dom.js";
import { isUnreviewed } from "./provenance.js";

const QUOTE_LINE: Record<string, string> = {
  direct: "solid line",
  mixed: "dashed line",
  indirect: "dotted line",
  scare: "double line",
};

const sample = (layer: string, kind: string | null, text: string, extra: Record<string, string> = {}) =>
  h("span", { class: `hl hl-${layer} sample`, attrs: { "data-kind": kind, ...extra } }, text);

/**
 * The key to every mark the article uses, built from the kinds the dataset
 * has. Each color comes with a second cue that is not color: a line style,
 * a letter, or a shape, named in words here.
 */
export function renderLegend(dataset: ReadonlyDataset): HTMLElement[] {
  const types = [...new Set(dataset.entities.map((e) => e.type))].sort();
  const mentionKinds = new Set(dataset.entities.flatMap((e) => e.mentions.map((m) => m.kind)));
  const quoteKinds = [...new Set(dataset.quotes.map((q) => q.kind))].sort();
  const item = (...children: (Node | string)[]) => h("li", {}, ...children);
  const parts: (HTMLElement | null)[] = [
    h("h2", { attrs: { id: "legend-heading" } }, "Key"),
    h(
      "ul",
      { class: "legend" },
      item(sample("entity", "group", "Entity mention", { "data-mention": "named" }), " underlined"),
      item(sample("quote", "direct", "Quote"), " line above, tinted"),
      item(sample("claim", null, "Number"), " boxed"),
      item(sample("note", null, "Passage of an editorial note"), " in brackets"),
    ),
    types.length
      ? h(
          "ul",
          { class: "legend", attrs: { "aria-label": "Entity types: underline color and letter" } },
          ...types.map((t) =>
            item(
              sample("entity", t, t, { "data-badge": badgeOf(t), "data-mention": "named" }),
              ` letter ${badgeOf(t)}`,
            ),
          ),
        )
      : null,
    mentionKinds.size > 1
      ? h(
          "ul",
          { class: "legend", attrs: { "aria-label": "Mention kinds: underline style" } },
          ...(["named", "nominal", "pronominal"] as const)
            .filter((k) => mentionKinds.has(k))
            .map((k) =>
              item(
                sample("entity", "group", k === "named" ? "name" : k === "nominal" ? "description" : "pronoun", {
                  "data-mention": k,
                }),
                k === "named" ? " solid underline" : k === "nominal" ? " dashed underline" : " dotted underline",
              ),
            ),
        )
      : null,
    quoteKinds.length
      ? h(
          "ul",
          { class: "legend", attrs: { "aria-label": "Quote kinds: line style and color" } },
          ...quoteKinds.map((k) => item(sample("quote", k, `${k} quote`), ` ${QUOTE_LINE[k] ?? "line"}`)),
        )
      : null,
    [...dataset.entities, ...dataset.quotes, ...dataset.claims, ...dataset.notes].some(isUnreviewed)
      ? h(
          "ul",
          { class: "legend", attrs: { "aria-label": "Review" } },
          item(
            sample("claim", null, "Machine draft", { "data-draft": "" }),
            " italic, wavy underline: not reviewed by a person yet",
          ),
        )
      : null,
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}
