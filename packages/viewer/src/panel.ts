import type { Detail, Value } from "./details.js";
import { h } from "./dom.js";
import { hashOf } from "./route.js";

/** What the panel's place buttons do: show a stretch of the text. */
export type ShowPlace = (start: number, end: number) => void;

function valueNode(value: Value, showPlace: ShowPlace): Node {
  switch (value.type) {
    case "text":
      return h("span", {}, value.text);
    case "record":
      return h("a", { attrs: { href: hashOf(value.id), "data-record": value.id } }, value.label);
    case "place": {
      const button = h(
        "button",
        {
          class: "place",
          attrs: { type: "button", "data-start": value.start, "aria-label": `Show in text: ${value.label}` },
        },
        value.label,
      );
      button.addEventListener("click", () => showPlace(value.start, value.end));
      return button;
    }
    case "external":
      return h("a", { attrs: { href: value.href, rel: "noopener noreferrer", target: "_blank" } }, value.label);
  }
}

/** The details of one record: heading, words, fields and the editorial notes about it. */
export function renderDetail(detail: Detail, showPlace: ShowPlace): HTMLElement {
  const fields = h("dl", { class: "fields" });
  for (const field of detail.fields) {
    const many = field.values.length > 1;
    fields.append(
      h("dt", {}, field.label),
      h(
        "dd",
        {},
        many
          ? h("ul", { class: "values" }, ...field.values.map((v) => h("li", {}, valueNode(v, showPlace))))
          : valueNode(field.values[0]!, showPlace),
      ),
    );
  }
  return h(
    "article",
    { class: `detail detail-${detail.layer}`, attrs: { "data-record": detail.id } },
    h("p", { class: "detail-heading" }, detail.heading, " ", h("code", {}, `#${detail.id}`)),
    h("h3", { class: "detail-title", attrs: { id: "detail-title", tabindex: -1 } }, detail.title),
    fields,
    detail.notes.length > 0
      ? h(
          "section",
          { class: "detail-notes" },
          h("h4", {}, `Editorial notes (${detail.notes.length})`),
          ...detail.notes.map((n) =>
            h(
              "div",
              { class: "note", attrs: { "data-kind": n.kind } },
              h("a", { class: "note-kind", attrs: { href: hashOf(n.id) } }, n.kind),
              " ",
              n.text,
            ),
          ),
        )
      : null,
  );
}
