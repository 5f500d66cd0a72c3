import { mountViewer, type Slots, type Viewer } from "./app.js";
import { fill } from "./dom.js";
import { checkUntrusted, fetchDataset, fetchManifest, type Source, sourceOf } from "./load.js";
import type { Manifest } from "./manifest.js";
import { renderPicker } from "./picker.js";
import { renderProblem } from "./problem.js";
import "./style.css";

function slot<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no element with id "${id}"`);
  return el as T;
}

const slots: Slots = {
  title: slot("title"),
  meta: slot("meta"),
  banner: slot("banner"),
  status: slot("status"),
  legend: slot("legend"),
  article: slot("article"),
  chart: slot("chart"),
  detail: slot("detail"),
  filters: slot("filters"),
  records: slot("records"),
  sheet: slot<HTMLDialogElement>("sheet"),
  description: slot("hl-desc"),
  announce: slot("announce"),
};
const problem = slot("problem");
const picker = slot("picker");

let viewer: Viewer | null = null;
let generation = 0;

function mount(dataset: Parameters<typeof mountViewer>[1], origin: string | null): void {
  viewer?.destroy();
  fill(problem);
  viewer = mountViewer(slots, dataset, { origin });
  document.body.dataset.generation = String(++generation);
  document.body.classList.remove("failed");
  // Interactive once the mounted page has been painted and the main thread is free again (read by the benchmarks).
  requestAnimationFrame(() => setTimeout(() => performance.mark("claimset:interactive")));
}

function fail(error: unknown, note: string | null = null): void {
  renderProblem(problem, error, note);
  if (viewer === null) {
    fill(slots.title, "Could not open the dataset");
    document.title = "Could not open the dataset — claimset viewer";
    document.body.classList.add("failed");
  }
  document.body.dataset.generation = String(++generation);
}

const originOf = (url: URL) => (url.origin === location.origin ? null : url.origin);

async function load(source: Source): Promise<void> {
  switch (source.type) {
    case "none":
      fill(slots.title, "No dataset to show");
      fill(
        slots.meta,
        "This site has no datasets of its own. Open a dataset.json from your computer, or add ?src=<url>.",
      );
      document.body.dataset.generation = String(++generation);
      return;
    case "url":
      mount(await fetchDataset(source.url, { trusted: false }), originOf(source.url));
      return;
    case "manifest": {
      const url = new URL(source.entry.url, location.href);
      if (!source.entry.live) {
        mount(await fetchDataset(url, { trusted: true }), null);
        return;
      }
      follow(source.entry.live, url);
      return;
    }
  }
}

/**
 * `claimset preview`: the event stream says which build is current, on connecting and after each save;
 * the page fetches the dataset whenever that is not the build it shows, keeping its scroll position and selection.
 */
function follow(live: string, url: URL): void {
  let shown: string | null = null;
  let busy: Promise<void> = Promise.resolve();
  const refresh = (wanted: string) => {
    busy = busy.then(async () => {
      if (wanted === shown) return;
      try {
        const dataset = await fetchDataset(url, { trusted: true, onGeneration: (g) => (shown = g) });
        const { scrollX, scrollY } = window;
        mount(dataset, null);
        window.scrollTo(scrollX, scrollY);
      } catch (error) {
        fail(error, viewer ? "The article below is the last version that compiled." : null);
      }
    });
  };
  const events = new EventSource(new URL(live, location.href));
  events.addEventListener("change", (event) => refresh((event as MessageEvent<string>).data));
}

async function openFile(file: File): Promise<void> {
  try {
    const dataset = await checkUntrusted(await file.text(), file.name);
    // The address described the dataset shown before; this one has none.
    history.replaceState(null, "", location.pathname);
    mount(dataset, `the file ${file.name} on this computer`);
    fill(slots.status, `Showing ${file.name}, opened from this computer.`);
  } catch (error) {
    fail(error, viewer ? "The dataset shown below is the one open before." : null);
  }
}

for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-skip]")) {
  // The hash names records, so skip links move focus themselves instead of changing it.
  link.addEventListener("click", (event) => {
    event.preventDefault();
    const target = link.dataset.skip;
    if (target === "article") viewer?.focusArticle();
    else slot(target ?? "").focus();
  });
}

async function start(): Promise<void> {
  let manifest: Manifest = { datasets: [] };
  let source: Source = { type: "none" };
  const controller = new AbortController();
  try {
    manifest = await fetchManifest(location.href);
    source = sourceOf(location.href, manifest);
  } catch (error) {
    fill(picker, renderPicker(manifest, { type: "none" }, { onFile: openFile }, controller.signal));
    throw error;
  }
  fill(picker, renderPicker(manifest, source, { onFile: openFile }, controller.signal));
  await load(source);
}

start().catch((error: unknown) => fail(error));
