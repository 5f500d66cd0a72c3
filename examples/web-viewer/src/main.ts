import { dataset as bundled } from "@claimset/dataset-north-korea-victory-day-parade";
import { mountViewer, type Slots } from "./app.js";
import { fill } from "./dom.js";
import { datasetUrlOf, fetchDataset } from "./load.js";
import "./style.css";

function slot(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no element with id "${id}"`);
  return el;
}

const slots: Slots = {
  title: slot("title"),
  meta: slot("meta"),
  status: slot("status"),
  article: slot("article"),
  chart: slot("chart"),
  detail: slot("detail"),
  filters: slot("filters"),
  records: slot("records"),
};

async function start(): Promise<void> {
  const url = datasetUrlOf(location.href);
  mountViewer(slots, url === null ? bundled : await fetchDataset(url));
}

start().catch((error: unknown) => {
  fill(slots.status, `Could not show the dataset: ${error instanceof Error ? error.message : String(error)}`);
  slots.status.classList.add("error");
});
