import { existsSync } from "node:fs";
import { join } from "node:path";
import { contentHash, validateDataset } from "@claimset/core";
import type { Dataset } from "@claimset/schema";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "../../../scripts/chromium.js";
import { AXE_PATH, AXE_SOURCE, seriousViolations } from "./axe.js";
import { seedDataset } from "./datasets.js";
import { openPage } from "./page.js";
import { type StaticServer, serveStatic } from "./static-server.js";

const SITE = join(import.meta.dirname, "..", "dist", "site");

/**
 * The seed as a machine drafter would leave it: `machineDrafted`, and
 * `provenance` on some records (drafts, one of them reviewed); the others a
 * person wrote. Valid under the schema: its content hash is recomputed.
 */
function draftedDataset(): { dataset: Dataset; drafts: string[]; reviewed: string } {
  const copy = structuredClone(seedDataset()) as Dataset & { machineDrafted?: boolean };
  copy.machineDrafted = true;
  const draft = (confidence: number, reviewed: boolean) => ({
    method: "drafted",
    tool: "claimset-drafter 0.1.0",
    confidence,
    reviewed,
  });
  const q = copy.quotes.find((x) => x.id === "q-leopard-meat-grinder") as unknown as { provenance: unknown };
  q.provenance = draft(0.64, false);
  const c = copy.claims.find((x) => x.id === "n-russian-casualties") as unknown as { provenance: unknown };
  c.provenance = draft(0.91, false);
  const e = copy.entities.find((x) => x.id === "vladimir-putin") as unknown as { provenance: unknown };
  e.provenance = draft(0.98, true);
  copy.contentHash = contentHash(copy);
  return { dataset: copy, drafts: ["q-leopard-meat-grinder", "n-russian-casualties"], reviewed: "vladimir-putin" };
}

describe.skipIf(!chromiumAvailable())("records a machine drafted", () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  const { dataset, drafts, reviewed } = draftedDataset();

  beforeAll(async () => {
    if (!existsSync(join(SITE, "index.html"))) throw new Error(`${SITE}/index.html is missing: build the viewer first`);
    server = await serveStatic(SITE, {
      "/datasets/index.json": JSON.stringify({
        datasets: [{ slug: "drafted", label: "drafted", url: "./datasets/drafted.json" }],
      }),
      "/datasets/drafted.json": JSON.stringify(dataset),
      [AXE_PATH]: AXE_SOURCE,
    });
    browser = await launchChromium();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("is a valid dataset under the schema, and opens from elsewhere (validated in the page) as from the site", async () => {
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.issues).toEqual([]);
    const { page, errors } = await openPage(context, `${server.url}?src=./datasets/drafted.json`);
    expect(await page.locator("#problem").textContent()).toBe("");
    expect(await page.locator("#article .hl[data-draft]").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says the dataset is machine-drafted, marks unreviewed drafts apart, and explains the mark", async () => {
    const { page, errors } = await openPage(context, server.url);
    expect(await page.locator("#banner").textContent()).toContain("A machine drafted this dataset.");
    const marked = await page.$$eval("#article .hl[data-draft]", (els) => [
      ...new Set(els.map((e) => e.getAttribute("data-record"))),
    ]);
    expect(marked.sort()).toEqual([...drafts].sort());
    expect(await page.locator(`#article .hl[data-record="${reviewed}"][data-draft]`).count()).toBe(0);
    const style = await page
      .locator(`#article .hl[data-record="${drafts[0]}"]`)
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { italic: s.fontStyle, line: s.textDecorationStyle };
      });
    expect(style).toEqual({ italic: "italic", line: "wavy" });
    expect(await page.locator("#legend").textContent()).toContain(
      "Machine draft italic, wavy underline: not reviewed by a person yet",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows each record's maker and confidence in the panel", async () => {
    const { page } = await openPage(context, `${server.url}#n-russian-casualties`);
    // biome-ignore lint/performance/useDomNodeTextContent: innerText keeps the line break between label and value.
    const text = await page.locator("#detail").innerText();
    expect(text).toMatch(/Made by\s+drafted by claimset-drafter 0\.1\.0, confidence 91%, not reviewed yet/);
    await page.locator('#article .hl[data-record="vladimir-putin"]').first().click();
    // biome-ignore lint/performance/useDomNodeTextContent: as above.
    expect(await page.locator("#detail").innerText()).toMatch(
      /Made by\s+drafted by claimset-drafter 0\.1\.0, confidence 98%, reviewed by a person/,
    );
    await page.locator('#article .hl[data-record="leopard"]').first().click();
    // biome-ignore lint/performance/useDomNodeTextContent: as above.
    expect(await page.locator("#detail").innerText()).toMatch(/Made by\s+written by a person/);
    await page.close();
  });

  it("filters by review, in the URL too", async () => {
    const { page } = await openPage(context, server.url);
    await page.selectOption("#filter-review", "unreviewed");
    expect(new URL(page.url()).searchParams.get("review")).toBe("unreviewed");
    const on = await page.$$eval("#article .hl:not(.off)", (els) => [
      ...new Set(els.map((e) => e.getAttribute("data-record"))),
    ]);
    expect(on.sort()).toEqual([...drafts].sort());
    await page.selectOption("#filter-review", "reviewed");
    expect(await page.locator("#article .hl[data-draft]:not(.off)").count()).toBe(0);
    expect(await page.locator(`#article .hl[data-record="${reviewed}"]:not(.off)`).count()).toBeGreaterThan(0);
    await page.close();
  });

  it.each(["light", "dark"] as const)("axe-core finds nothing serious or critical (%s)", async (scheme) => {
    const { page } = await openPage(context, `${server.url}?review=unreviewed#q-leopard-meat-grinder`);
    await page.emulateMedia({ colorScheme: scheme });
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
