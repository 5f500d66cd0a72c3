import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "../../../scripts/chromium.js";
import { CHART_PAGE } from "../src/chart.js";
import { seedDataset } from "./datasets.js";
import { focused, openPage } from "./page.js";
import { repeatDataset } from "./scaled.js";
import { type StaticServer, serveStatic } from "./static-server.js";

const SITE = join(import.meta.dirname, "..", "dist", "site");
const seed = seedDataset();
const big = repeatDataset(seed, 20);

/** Work that must not grow with the dataset: what the page makes at mount. */
async function footprint(page: Page) {
  return page.evaluate(() => ({
    elements: document.querySelectorAll("*").length,
    tabStops: [...document.querySelectorAll<HTMLElement>("a[href], button, select, input, summary, [tabindex]")].filter(
      (el) => el.tabIndex >= 0 && !el.closest("[hidden], dialog:not([open])") && el.offsetParent !== null,
    ).length,
    drawn: document.querySelectorAll("#article p:has(.hl)").length,
    paragraphs: document.querySelectorAll("#article p").length,
  }));
}

describe.skipIf(!chromiumAvailable())("a dataset 20 times the seed", () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(join(SITE, "index.html"))) throw new Error(`${SITE}/index.html is missing: build the viewer first`);
    server = await serveStatic(SITE, {
      "/datasets/index.json": JSON.stringify({
        datasets: [
          { slug: "seed", label: "seed", url: "./datasets/seed.json" },
          { slug: "x20", label: "20 times the seed", url: "./datasets/x20.json" },
        ],
      }),
      "/datasets/seed.json": JSON.stringify(seed),
      "/datasets/x20.json": JSON.stringify(big),
    });
    browser = await launchChromium();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("draws the article by paragraphs on demand and lists only the rows in view", async () => {
    const { page: small } = await openPage(context, new URL("./?dataset=seed", server.url).href);
    const { page, errors } = await openPage(context, new URL("./?dataset=x20", server.url).href);
    const [a, b] = [await footprint(small), await footprint(page)];
    expect(b.paragraphs).toBe(a.paragraphs * 20);
    // The text is all there, plain where it is not drawn yet.
    const text = await page.$$eval("#article p", (ps) => ps.map((p) => p.textContent).join("\n"));
    expect(text).toBe(big.source.text);
    expect(b.drawn).toBeLessThan(b.paragraphs / 5);
    // The entity and speaker filters list every entity (1,340 options here); the rest does not grow.
    expect(b.elements - (await page.locator("option").count())).toBeLessThan(a.elements * 2.5);
    expect(b.tabStops).toBeLessThan(a.tabStops * 2);
    expect(await page.locator("#article [tabindex='0']").count()).toBe(1);
    // Record lists: a window of rows, each saying its place in the whole list.
    const quotes = page.locator("#records details").first();
    const rows = quotes.locator("li");
    expect(await rows.count()).toBeLessThan(60);
    expect(await rows.first().getAttribute("aria-setsize")).toBe(String(big.quotes.length));
    await quotes.locator(".virtual-viewport").evaluate((el) => {
      el.scrollTop = 600 * 30;
    });
    await expect.poll(() => rows.first().getAttribute("aria-posinset")).not.toBe("1");
    // The chart pages its rows.
    const group = page.locator("#chart .chart-group").first();
    expect(await group.locator("li").count()).toBe(CHART_PAGE);
    await group.locator("button.more").click();
    expect(await group.locator("li").count()).toBe(2 * CHART_PAGE);
    // Scrolling draws what comes into view; End draws the last paragraph to focus its last highlight.
    await page
      .locator("#article p")
      .nth(b.paragraphs / 2)
      .scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator(`#article p[data-index="${b.paragraphs / 2}"] .hl`).count())
      .toBeGreaterThan(0);
    await page.locator("a.skip").first().focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("End");
    expect(await focused(page)).toMatch(/^span\[/);
    expect(Number(await page.evaluate(() => document.activeElement?.getAttribute("data-start")))).toBeGreaterThan(
      big.source.text.length - seed.source.text.length,
    );
    // Filters apply to paragraphs drawn later too.
    await page.selectOption("#filter-entity", "vladimir-putin-20");
    await page.keyboard.press("Home");
    await page.locator("#article p").last().scrollIntoViewIfNeeded();
    const last = page.locator(`#article p[data-index="${b.paragraphs - 1}"]`);
    await expect.poll(() => last.locator(".hl").count()).toBeGreaterThan(0);
    const visible = await page.$$eval("#article .hl:not(.off)", (els) => [
      ...new Set(els.map((e) => e.getAttribute("data-record"))),
    ]);
    expect(visible.every((id) => id === "vladimir-putin-20" || !id?.endsWith("-2"))).toBe(true);
    expect(errors).toEqual([]);
    await small.close();
    await page.close();
  });
});
