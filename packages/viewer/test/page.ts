import type { BrowserContext, Page } from "playwright-core";

export interface Opened {
  page: Page;
  /** Script errors and console errors the page reported. */
  errors: string[];
}

/** A new page at `url`, waiting until the viewer has mounted a dataset or shown why not. */
export async function openPage(
  context: BrowserContext,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<Opened> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForSelector("body[data-generation]");
  return { page, errors };
}

/** What has focus, as `tag.class[data-record]`, for keyboard walks. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    const record = el.getAttribute("data-record");
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${record ? `[${record}]` : ""}`;
  });
}
