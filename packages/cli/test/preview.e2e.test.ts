// `claimset preview` in headless Chromium: save a file, see the page follow;
// break it, see the problem with its line; fix it, see the page recover.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assetsDir } from "@claimset/viewer/assets";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "../../../scripts/chromium.js";
import { HANG_MS } from "../../../vitest.shared.js";
import { type PreviewSession, startPreview } from "../src/commands/preview.js";
import { copyMini } from "./helpers.js";

const available = chromiumAvailable("the preview test");

describe.skipIf(!available)("claimset preview in Chromium", () => {
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;
  let work: string;

  beforeAll(async () => {
    if (!existsSync(join(assetsDir, "index.html")))
      throw new Error(`${assetsDir} is missing: build @claimset/viewer first`);
    work = mkdtempSync(join(tmpdir(), "claimset-preview-"));
    browser = await launchChromium();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const generation = (page: Page) => page.evaluate(() => Number(document.body.dataset.generation ?? 0));

  it("follows every save, shows compile errors with file and line, and keeps the place across reloads", async () => {
    const dir = copyMini(work);
    const entities = join(dir, "entities.yml");
    const original = readFileSync(entities, "utf8");
    const session: PreviewSession = await startPreview({ dir, port: 0 });
    try {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 500 });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${session.url}#colonel`);
      await page.waitForSelector("#article .hl");
      expect(await page.locator("#detail .detail-title").textContent()).toBe("The colonel");
      expect(await page.locator("#picker-dataset option").allTextContents()).toEqual([
        expect.stringMatching(/\(preview\)$/),
      ]);
      await page.evaluate(() => window.scrollTo(0, 120));
      const scrolled = await page.evaluate(() => window.scrollY);

      // Save a change: the page reloads the dataset, keeping the selection and the scroll position.
      let before = await generation(page);
      writeFileSync(entities, original.replace("name: The colonel", "name: The Ukrainian colonel"));
      await expect.poll(() => generation(page), { timeout: HANG_MS }).toBeGreaterThan(before);
      await expect.poll(() => page.locator("#detail .detail-title").textContent()).toBe("The Ukrainian colonel");
      expect(new URL(page.url()).hash).toBe("#colonel");
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);

      // Break it: the page says which file, line, record and rule, and keeps the last article that built.
      before = await generation(page);
      const broken = original.replace(
        "- { text: The colonel, kind: nominal }",
        "- { text: The general, kind: nominal }",
      );
      writeFileSync(entities, broken);
      await expect.poll(() => generation(page), { timeout: HANG_MS }).toBeGreaterThan(before);
      const lines = broken.split("\n");
      const index = lines.findIndex((l) => l.includes("The general"));
      const [line, column] = [index + 1, (lines[index] ?? "").indexOf("{") + 1];
      await expect.poll(() => page.locator("#problem h2").textContent()).toBe("The authored files do not compile");
      const problem = (await page.locator("#problem").textContent()) ?? "";
      expect(problem).toContain(`entities.yml:${line}:${column} (colonel) [`);
      expect(problem).toContain("The general");
      expect(problem).toContain("The article below is the last version that compiled.");
      expect(await page.locator("#article .hl").count()).toBeGreaterThan(0);

      // Fix it: the problem goes and the article follows.
      before = await generation(page);
      writeFileSync(entities, original);
      await expect.poll(() => generation(page), { timeout: HANG_MS }).toBeGreaterThan(before);
      await expect.poll(() => page.locator("#problem").textContent()).toBe("");
      expect(await page.locator("#detail .detail-title").textContent()).toBe("The colonel");
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await session.close();
    }
  });

  it("a folder that does not compile at the start shows its problems, then the article once fixed", async () => {
    const dir = copyMini(join(work, "second"));
    const entities = join(dir, "entities.yml");
    const original = readFileSync(entities, "utf8");
    writeFileSync(entities, original.replace("- Kim Jong Un\n", "- Kim Jong Il\n"));
    const session = await startPreview({ dir, port: 0 });
    try {
      const page = await context.newPage();
      await page.goto(session.url);
      await page.waitForSelector("#problem h2");
      expect(await page.locator("#title").textContent()).toBe("Could not open the dataset");
      expect(await page.locator("#problem").textContent()).toMatch(/entities\.yml:\d+:\d+ \(kim-jong-un\)/);
      const before = await generation(page);
      writeFileSync(entities, original);
      await expect.poll(() => generation(page), { timeout: HANG_MS }).toBeGreaterThan(before);
      await expect.poll(() => page.locator("#article .hl").count()).toBeGreaterThan(0);
      expect(await page.locator("#problem").textContent()).toBe("");
      await page.close();
    } finally {
      await session.close();
    }
  });
});
