import { existsSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "../../../scripts/chromium.js";
import { repositoryDatasets, seedDataset } from "./datasets.js";
import { hostileDataset, hostileWithScriptUrl } from "./hostile.js";
import { openPage } from "./page.js";
import { type StaticServer, serveStatic } from "./static-server.js";

const SITE = join(import.meta.dirname, "..", "dist", "site");
const seed = seedDataset();
const invalid = (() => {
  const copy = JSON.parse(JSON.stringify(seed));
  copy.quotes[0].speaker = "nobody-at-all";
  return copy;
})();

describe.skipIf(!chromiumAvailable())("choosing a dataset", () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(join(SITE, "index.html"))) throw new Error(`${SITE}/index.html is missing: build the viewer first`);
    server = await serveStatic(SITE, {
      "/hostile.json": JSON.stringify(hostileDataset()),
      "/broken.json": "<!doctype html><p>Not here</p>",
      "/invalid.json": JSON.stringify(invalid),
    });
    browser = await launchChromium();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path: string) => openPage(context, new URL(path, server.url).href);
  const problem = async (page: Page) => ({
    heading: await page.locator("#problem h2").textContent(),
    text: (await page.locator("#problem").textContent()) ?? "",
    title: await page.locator("#title").textContent(),
  });

  it.each(repositoryDatasets())("opens $slug by name", async ({ slug, dataset }) => {
    const { page, errors } = await open(`./?dataset=${slug}`);
    expect(await page.$$eval("#article p", (ps) => ps.map((p) => p.textContent).join("\n"))).toBe(dataset.source.text);
    expect(await page.locator("#picker-dataset").inputValue()).toBe(slug);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a wrong path says not found (HTTP 404), not that the file is not JSON", async () => {
    const { page } = await open("./?src=./no-such-file.json");
    const p = await problem(page);
    expect(p.heading).toBe("Dataset not found");
    expect(p.text).toContain("/no-such-file.json was not found (HTTP 404)");
    expect(p.title).toBe("Could not open the dataset");
    expect(await page.locator("#article .hl").count()).toBe(0);
    await page.close();
  });

  it("tells a file that is not JSON from JSON that is not a valid dataset, listing every problem", async () => {
    const { page } = await open("./?src=./broken.json");
    expect((await problem(page)).heading).toBe("The file is not JSON");
    const { page: bad } = await open("./?src=./invalid.json");
    const p = await problem(bad);
    expect(p.heading).toBe("Not a valid claimset dataset");
    expect(p.text).toMatch(/\/invalid\.json is JSON, but not a valid claimset dataset: \d+ problems?/);
    expect(p.text).toContain(`quotes[0].speaker (${seed.quotes[0]!.id}) [`);
    expect(p.text).toContain("nobody-at-all");
    await page.close();
    await bad.close();
  });

  it("refuses other schemes and unknown names before fetching anything, and says what would work", async () => {
    for (const [path, says] of [
      [`./?src=${encodeURIComponent("http://example.org/x.json")}`, "is http:"],
      [`./?src=${encodeURIComponent("javascript:alert(1)")}`, "is javascript:"],
      [
        "./?dataset=no-such-dataset",
        `It has: ${repositoryDatasets()
          .map((d) => d.slug)
          .join(", ")}.`,
      ],
    ] as const) {
      const { page } = await open(path);
      const p = await problem(page);
      expect(p.heading).toBe("This address cannot be opened");
      expect(p.text).toContain(says);
      await page.close();
    }
    const { page } = await open(`./?src=${encodeURIComponent("https://127.0.0.1:9/x.json")}`);
    const p = await problem(page);
    expect(p.heading).toBe("The dataset could not be read");
    expect(p.text).toContain("could not be fetched");
    await page.close();
  });

  it("opens a dataset.json from disk with the file input, as text only, and says where it came from", async () => {
    const { page, errors } = await open("./");
    await page.locator("#picker-file").setInputFiles({
      name: "hostile.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(hostileDataset())),
    });
    await expect.poll(() => page.locator("#title").textContent()).toContain("Hostile");
    expect(await page.locator("#banner").textContent()).toContain("loaded from the file hostile.json on this computer");
    expect(await page.locator("#article").textContent()).toContain("<script>window.__pwned");
    await page.locator('#article .hl[data-record="mallory"]').first().click();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(
      await page.$$eval("body script, body img, body iframe, #article *:not(p, .article, .hl)", (e) => e.length),
    ).toBe(0);
    // A file that is not a valid dataset is reported, and the dataset shown stays.
    await page.locator("#picker-file").setInputFiles({
      name: "invalid.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(invalid)),
    });
    await expect.poll(() => page.locator("#problem h2").textContent()).toBe("Not a valid claimset dataset");
    expect(await page.locator("#problem").textContent()).toContain("The dataset shown below is the one open before.");
    expect(await page.locator("#title").textContent()).toContain("Hostile");
    // From disk, a javascript: source URL is refused by the schema, and said so.
    await page.locator("#picker-file").setInputFiles({
      name: "script-url.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(hostileWithScriptUrl())),
    });
    await expect.poll(() => page.locator("#problem").textContent()).toContain("source.url [schema]");
    expect(await page.locator("[href^='javascript' i]").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a dataset.json dropped on the page", async () => {
    const { page } = await open("./?src=./hostile.json");
    await page.evaluate((json) => {
      const data = new DataTransfer();
      data.items.add(new File([json], "dropped.json", { type: "application/json" }));
      document.body.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, JSON.stringify(seed));
    await expect.poll(() => page.locator("#title").textContent()).toBe("Untitled article");
    expect(await page.locator("#banner").textContent()).toContain("dropped.json");
    expect(new URL(page.url()).search).toBe("");
    await page.close();
  });
});
