import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { dataset } from "@claimset/dataset-north-korea-victory-day-parade";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "./chromium.js";
import { hostileDataset } from "./hostile.js";
import { type StaticServer, serveStatic } from "./static-server.js";

const ROOT = join(import.meta.dirname, "..");
const DIST = join(ROOT, "dist");
const ARTIFACTS = join(ROOT, "artifacts");

describe.skipIf(!chromiumAvailable())("web viewer in headless Chromium", () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(join(DIST, "index.html"))) {
      throw new Error(`${DIST}/index.html is missing: build the viewer first (npm run build -w web-viewer)`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveStatic(DIST, { "/hostile.json": JSON.stringify(hostileDataset()) });
    browser = await launchChromium();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new page at `path`, failing the test on any script error. */
  async function open(
    path: string,
    viewport = { width: 1280, height: 800 },
  ): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(new URL(path, server.url).href);
    await page.waitForSelector("#article .hl, #status:not(:empty)");
    return { page, errors };
  }

  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText keeps the line breaks between label and value.
  const panel = (page: Page) => page.locator("#detail").innerText();
  const heading = (page: Page) => page.locator("#detail .detail-heading").textContent();

  it("shows the whole article, unchanged, with every layer highlighted", async () => {
    const { page, errors } = await open("./");
    const text = await page.$$eval("#article p", (ps) => ps.map((p) => p.textContent).join("\n"));
    expect(text).toBe(dataset.source.text);
    const counts = await page.$$eval("#article .hl", (els) => {
      const byLayer: Record<string, Set<string>> = {};
      for (const el of els as HTMLElement[]) {
        byLayer[el.dataset.layer!] ??= new Set();
        byLayer[el.dataset.layer!]!.add(el.dataset.record!);
      }
      return Object.fromEntries(Object.entries(byLayer).map(([k, v]) => [k, v.size]));
    });
    expect(counts).toEqual({
      entity: dataset.entities.length,
      quote: dataset.quotes.length,
      claim: dataset.claims.length,
      note: dataset.notes.filter((n) => n.span !== null).length,
    });
    // A number inside a quote nests inside the quote's element.
    expect(await page.locator('[data-layer="quote"] [data-layer="claim"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "desktop.png"), fullPage: false });
    await page.close();
  });

  it("clicking a quote shows its speaker and cue and gives it a URL", async () => {
    const { page } = await open("./");
    await page.locator('#article [data-record="q-leopard-meat-grinder"][role=button]').first().click();
    const text = await panel(page);
    expect(await heading(page)).toBe("Quote · mixed #q-leopard-meat-grinder");
    expect(text).toContain("#q-leopard-meat-grinder");
    expect(text).toMatch(/Speaker\s+Leopard/);
    expect(text).toMatch(/Cue\s+said/);
    expect(new URL(page.url()).hash).toBe("#q-leopard-meat-grinder");
    await page.screenshot({ path: join(ARTIFACTS, "desktop-selected.png") });
    await page.close();
  });

  it("clicking a number shows its value, bounds, hedge, unit, asserter and notes", async () => {
    const { page } = await open("./");
    await page.locator('#article [data-record="n-russian-casualties"][role=button]').click();
    const text = await panel(page);
    expect(await heading(page)).toBe("Number · count #n-russian-casualties");
    expect(text).toMatch(/Value\s+> 771,000/);
    expect(text).toMatch(/Comparator\s+>/);
    expect(text).toMatch(/Hedge\s+more than/);
    expect(text).toMatch(/Unit\s+.*person/);
    expect(text).toMatch(/Asserted by\s+the article itself/);
    expect(text).toContain("Editorial notes (1)");
    expect(text).toContain("fact-check");
    await page.close();
  });

  it("Enter on a focused highlight selects it, and every layer under it stays reachable", async () => {
    const { page } = await open("./");
    const claim = page.locator('#article [data-record="n-initial-force-12000"][role=button]');
    await claim.focus();
    await page.keyboard.press("Enter");
    expect(await panel(page)).toContain("about 12,000");
    const also = await page.locator("#detail .also a").allInnerTexts();
    expect(also.some((a) => a.endsWith("(quote)"))).toBe(true);
    await page.close();
  });

  it("loading #<record-id> selects the record and scrolls it into view", async () => {
    const { page } = await open("./#note-russian-casualties-unsourced");
    expect(await heading(page)).toBe("Editorial note · fact-check #note-russian-casualties-unsourced");
    const { page: page2 } = await open("./#n-speech-seven-minutes");
    expect(await panel(page2)).toContain("just seven minutes");
    await expect
      .poll(() => page2.locator('#article [data-record="n-speech-seven-minutes"]').first().isVisible())
      .toBe(true);
    const box = await page2.locator('#article [data-record="n-speech-seven-minutes"]').first().boundingBox();
    expect(box!.y).toBeLessThan(800);
    await page.close();
    await page2.close();
  });

  it("an unknown id says so", async () => {
    const { page } = await open("./#q-no-such-quote");
    expect(await page.locator("#status").textContent()).toContain("no record #q-no-such-quote");
    await page.close();
  });

  it("filters narrow the list and mute the other highlights", async () => {
    const { page } = await open("./");
    await page.selectOption("#filter-speaker", "leopard");
    const quotes = await page
      .locator('#records a[data-layer="quote"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("data-record")));
    const expected = dataset.quotes.filter((q) => q.speaker === "leopard").map((q) => q.id);
    expect([...quotes].sort()).toEqual([...expected].sort());
    const unmuted = await page
      .locator("#article .hl-quote:not(.muted)")
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-record")))]);
    expect(unmuted.sort()).toEqual([...expected].sort());
    await page.uncheck("#claim-kind-count");
    expect(await page.locator('#records a[data-layer="claim"][data-kind="count"]').count()).toBe(0);
    await page.close();
  });

  it("draws the counts on a log scale, one row per count, linking to the record", async () => {
    const { page } = await open("./");
    const rows = await page.locator("#chart a.chart-row").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const counts = dataset.claims.filter((c) => c.kind === "count" && ((c.value ?? 0) > 0 || (c.bounds.low ?? 0) > 0));
    expect(rows.length).toBe(counts.length);
    expect(rows).toContain("#n-russian-casualties");
    await page.locator(".numbers").screenshot({ path: join(ARTIFACTS, "chart.png") });
    await page.locator('#chart a[href="#n-russian-casualties"]').click();
    expect(await panel(page)).toContain("more than 771,000");
    await page.close();
  });

  it("is readable at phone width: one column, details as a bottom sheet", async () => {
    const { page } = await open("./", { width: 390, height: 844 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, "phone.png") });
    await page.locator('#article [data-record="q-leopard-meat-grinder"][role=button]').first().click();
    const sheet = await page.locator("#detail").boundingBox();
    expect(sheet!.y + sheet!.height).toBeCloseTo(844, 0);
    await page.screenshot({ path: join(ARTIFACTS, "phone-selected.png") });
    await page.keyboard.press("Escape");
    expect(await page.locator("#detail").isVisible()).toBe(false);
    await page.close();
  });

  it("shows a hostile dataset as text and runs none of it", async () => {
    const { page, errors } = await open("./?dataset=./hostile.json#q-old-report");
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const article = await page.locator("#article").textContent();
    expect(article).toContain('<script>window.__pwned = "script"</script>');
    expect(article).toContain("<img src=x onerror=");
    expect(article).toContain('<a href="javascript:');
    expect(await page.locator("#title").textContent()).toContain("<script>");
    // The retired id resolved through its tombstone.
    expect(await page.locator("#status").textContent()).toContain("q-old-report was retired");
    expect(await panel(page)).toContain("#q-report");
    // Open every record so that every string reaches the panel, and hover the `onmouseover` text.
    for (const id of ["mallory", "script-tag", "q-mallory-bold", "q-report", "n-troops", "n-casualties", "note-link"]) {
      await page.locator(`#article [data-record="${id}"][role=button]`).first().click();
    }
    await page.locator('#article [data-record="q-mallory-bold"]').first().hover();
    await page.locator('#article [data-record="q-mallory-bold"][role=button]').click();
    expect(await panel(page)).toContain("<b onmouseover=alert(1)>bold</b>");
    await page.locator('#article [data-record="mallory"][role=button]').first().click();
    expect(await panel(page)).toContain(`<img src=x onerror="window.__pwned='entity'">Mallory`);
    await page.waitForTimeout(300);

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // No element came from the data: the markup exists only as text.
    const injected = await page.$$eval(
      "body script, body img, body iframe, body svg:not(.chart), #article *:not(.article, p, .hl), [onerror], [onload], [onmouseover], [href^='javascript' i]",
      (els) => els.map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(injected).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "hostile.png") });
    await page.close();
  });

  it("refuses a dataset from another origin", async () => {
    for (const bad of ["https://example.org/x.json", "//example.org/x.json", "/\\example.org/x.json"]) {
      const { page } = await open(`./?dataset=${encodeURIComponent(bad)}`);
      expect(await page.locator("#status").textContent()).toContain("must");
      expect(await page.locator("#article .hl").count()).toBe(0);
      await page.close();
    }
  });
});
