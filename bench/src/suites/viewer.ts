// The web viewer in headless Chromium: time to interactive and the time a
// filter change takes, for the seed and for a dataset 20 times its size,
// interleaved in one browser so that the ratio is what carries over.
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { dirname, extname, join, normalize, sep } from "node:path";
import type { Dataset } from "@claimset/schema";
import { chromium, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../scripts/chromium.js";
import { generateArticle } from "../corpus/article.js";
import { mergeArticles } from "../corpus/corpus.js";
import { median } from "../measure.js";

export interface ViewerRun {
  name: string;
  bytes: number;
  highlights: number;
  /** Navigation start to the `claimset:interactive` mark: mounted, painted, main thread free. */
  ttiMs: number;
  /** Choosing an entity in the filter (and back to all) until the next frame is painted. */
  filterMs: number;
}

export interface ViewerFigures {
  seed: ViewerRun;
  large: ViewerRun;
  /** How many times the seed the large dataset is (articles merged). */
  times: number;
  ttiRatio: number;
  filterRatio: number;
  rounds: number;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
};

/** The built page, with a manifest that offers the two datasets (as the site's own, drawn without validation). */
function serve(site: string, files: Record<string, string>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const body = files[path];
    if (body !== undefined) {
      res.writeHead(200, { "content-type": TYPES[".json"] });
      return res.end(body);
    }
    const file = normalize(join(site, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(site + sep) || !existsSync(file)) {
      res.writeHead(404);
      return res.end();
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server }),
    ),
  );
}

async function interactive(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("claimset:interactive").length > 0, null, {
    timeout: 120_000,
  });
  return page.evaluate(() => performance.getEntriesByName("claimset:interactive")[0]!.startTime);
}

/** Filter changes, from the change event to the next painted frame, `times` times, alternating an entity and "All". */
async function filterChanges(page: Page, entity: string, times: number): Promise<number[]> {
  return page.evaluate(
    async ({ entity, times }) => {
      const select = document.querySelector<HTMLSelectElement>("#filter-entity")!;
      const out: number[] = [];
      for (let i = 0; i < times; i++) {
        const start = performance.now();
        select.value = i % 2 === 0 ? entity : "";
        select.dispatchEvent(new Event("change"));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        out.push(performance.now() - start);
      }
      return out;
    },
    { entity, times },
  );
}

const highlights = (d: Dataset) =>
  d.entities.reduce((n, e) => n + e.mentions.length, 0) +
  d.quotes.reduce((n, q) => n + q.spans.length, 0) +
  d.claims.length +
  d.notes.filter((n) => n.span !== null).length;

/**
 * The seed dataset and `times` synthetic articles of the corpus merged into
 * one (each shaped like the seed), opened in turn in one Chromium, `rounds`
 * times each; medians per dataset, and their ratios.
 */
export async function benchViewer(seedValue: number, times = 20, rounds = 7): Promise<ViewerFigures | null> {
  if (!existsSync(CHROMIUM)) return null;
  const require = createRequire(import.meta.url);
  const site = join(dirname(require.resolve("@claimset/viewer/package.json")), "dist", "site");
  if (!existsSync(join(site, "index.html"))) throw new Error(`${site} is missing: build @claimset/viewer first`);
  const seedJson = readFileSync(
    require.resolve("@claimset/dataset-north-korea-victory-day-parade/dataset.json"),
    "utf8",
  );
  const seed = JSON.parse(seedJson) as Dataset;
  const large = mergeArticles(
    Array.from({ length: times }, (_, i) => generateArticle(i + 1, seedValue)),
    { id: `synthetic-x${times}`, hash: false },
  );
  const largeJson = JSON.stringify(large);
  const busiest = (d: Dataset) => [...d.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!.id;
  const { url, server } = await serve(site, {
    "/datasets/index.json": JSON.stringify({
      datasets: [
        { slug: "seed", label: "seed", url: "./datasets/seed.json" },
        { slug: "large", label: "large", url: "./datasets/large.json" },
      ],
    }),
    "/datasets/seed.json": seedJson,
    "/datasets/large.json": largeJson,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    const runs = {
      seed: { tti: [] as number[], filter: [] as number[] },
      large: { tti: [] as number[], filter: [] as number[] },
    };
    const cases = [
      { key: "seed" as const, entity: busiest(seed) },
      { key: "large" as const, entity: busiest(large) },
    ];
    // One round untimed, so that both pay for a warm browser and a warm disk cache alike.
    for (let round = 0; round <= rounds; round++) {
      for (const c of round % 2 ? cases : [...cases].reverse()) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const tti = await interactive(page, `${url}?dataset=${c.key}`);
        const filter = await filterChanges(page, c.entity, 6);
        if (round > 0) {
          runs[c.key].tti.push(tti);
          runs[c.key].filter.push(median(filter));
        }
        await context.close();
      }
    }
    const figures = (name: string, d: Dataset, json: string, r: { tti: number[]; filter: number[] }): ViewerRun => ({
      name,
      bytes: Buffer.byteLength(json),
      highlights: highlights(d),
      ttiMs: median(r.tti),
      filterMs: median(r.filter),
    });
    const a = figures("seed (north-korea-victory-day-parade)", seed, seedJson, runs.seed);
    const b = figures(`${times} synthetic articles merged`, large, largeJson, runs.large);
    return { seed: a, large: b, times, ttiRatio: b.ttiMs / a.ttiMs, filterRatio: b.filterMs / a.filterMs, rounds };
  } finally {
    await browser.close();
    await new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  }
}
