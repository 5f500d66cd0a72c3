import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "../../../scripts/chromium.js";
import { AXE_PATH, AXE_SOURCE, seriousViolations } from "./axe.js";
import { repositoryDatasets } from "./datasets.js";
import { hostileDataset } from "./hostile.js";
import { openPage } from "./page.js";
import { type StaticServer, serveStatic } from "./static-server.js";

const SITE = join(import.meta.dirname, "..", "dist", "site");

interface State {
  name: string;
  viewport?: { width: number; height: number };
  /** Brings the page into the state; `first` is a record with a highlight, `busiest` the entity with most mentions. */
  enter(page: Page, ids: { first: string; busiest: string }): Promise<void>;
}

const openFirst = async (page: Page, id: string) => {
  await page.locator(`#article .hl[data-record="${id}"]`).first().click();
};

/** Every state a reader can bring the page into, each checked with axe-core. */
const STATES: State[] = [
  { name: "loaded", enter: async () => {} },
  { name: "record open", enter: (page, { first }) => openFirst(page, first) },
  { name: "filtered", enter: (page, { busiest }) => page.selectOption("#filter-entity", busiest).then(() => {}) },
  {
    name: "phone sheet",
    viewport: { width: 390, height: 844 },
    enter: async (page, { first }) => {
      await openFirst(page, first);
      await page.waitForSelector("dialog#sheet[open]");
    },
  },
  {
    name: "dark",
    enter: (page, { first }) => page.emulateMedia({ colorScheme: "dark" }).then(() => openFirst(page, first)),
  },
  {
    name: "forced colours",
    enter: (page, { first }) => page.emulateMedia({ forcedColors: "active" }).then(() => openFirst(page, first)),
  },
];

const datasets = [
  ...repositoryDatasets().map(({ slug, dataset }) => ({ name: slug, path: `./?dataset=${slug}`, dataset })),
  // The hostile fixture too: markup in every string must not break the page's structure.
  {
    name: "hostile fixture",
    path: "./?src=./hostile.json",
    dataset: hostileDataset() as ReturnType<typeof repositoryDatasets>[number]["dataset"],
  },
];

describe.skipIf(!chromiumAvailable())("axe-core finds nothing serious or critical", () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(join(SITE, "index.html"))) throw new Error(`${SITE}/index.html is missing: build the viewer first`);
    server = await serveStatic(SITE, { "/hostile.json": JSON.stringify(hostileDataset()), [AXE_PATH]: AXE_SOURCE });
    browser = await launchChromium();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each(datasets)("$name", ({ path, dataset }) => {
    const first = [...dataset.quotes, ...dataset.claims, ...dataset.entities][0]!.id;
    const busiest = [...dataset.entities].sort((a, b) => b.mentions.length - a.mentions.length)[0]!.id;

    it.each(STATES)("$name", async (state) => {
      const { page, errors } = await openPage(context, new URL(path, server.url).href, state.viewport);
      expect(await page.locator("#article .hl").count()).toBeGreaterThan(0);
      await state.enter(page, { first, busiest });
      const violations = await seriousViolations(page);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
