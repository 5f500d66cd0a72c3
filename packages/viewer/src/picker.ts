import { h } from "./dom.js";
import type { Source } from "./load.js";
import type { Manifest } from "./manifest.js";

export interface PickerHandlers {
  /** A dataset.json chosen from disk (file input or dropped on the page). */
  onFile(file: File): void;
}

/**
 * The dataset picker: every dataset of the site, the one named by `?src=`,
 * and a file from disk (button, or drop a file anywhere on the page).
 */
export function renderPicker(
  manifest: Manifest,
  source: Source,
  handlers: PickerHandlers,
  signal: AbortSignal,
): HTMLElement {
  const selectEl = h(
    "select",
    { attrs: { id: "picker-dataset" } },
    ...manifest.datasets.map((d) =>
      h(
        "option",
        { attrs: { value: d.slug, selected: source.type === "manifest" && source.entry.slug === d.slug } },
        d.label,
      ),
    ),
    source.type === "url" ? h("option", { attrs: { value: "", selected: true } }, `From ${source.url.href}`) : null,
    source.type === "none" && manifest.datasets.length === 0
      ? h("option", { attrs: { value: "", selected: true } }, "This site has no datasets of its own")
      : null,
  );
  selectEl.addEventListener("change", () => {
    if (selectEl.value === "") return;
    const url = new URL(location.pathname, location.href);
    url.searchParams.set("dataset", selectEl.value);
    location.assign(url);
  });
  const file = h("input", {
    class: "file-input",
    attrs: { type: "file", id: "picker-file", accept: ".json,application/json" },
  });
  file.addEventListener("change", () => {
    const chosen = file.files?.[0];
    if (chosen) handlers.onFile(chosen);
  });
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  document.addEventListener(
    "dragover",
    (event) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      document.body.classList.add("dropping");
    },
    { signal },
  );
  document.addEventListener("dragleave", () => document.body.classList.remove("dropping"), { signal });
  document.addEventListener(
    "drop",
    (event) => {
      document.body.classList.remove("dropping");
      const dropped = event.dataTransfer?.files[0];
      if (!dropped) return;
      event.preventDefault();
      handlers.onFile(dropped);
    },
    { signal },
  );
  return h(
    "form",
    { class: "picker-form", attrs: { "aria-label": "Choose a dataset" } },
    h("label", { attrs: { for: "picker-dataset" } }, "Dataset"),
    selectEl,
    h("label", { class: "file-label", attrs: { for: "picker-file" } }, "Open a dataset.json (or drop one on the page)"),
    file,
  );
}
