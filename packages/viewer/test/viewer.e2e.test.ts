import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumAvailable, launchChromium } from "../../../scripts/chromium.js";
import { AXE_PATH, AXE_SOURCE } from "./axe.js";
import { repositoryDatasets, seedDataset } from "./datasets.js";
import { hostileDataset, hostileWithScriptUrl } from "./hostile.js";
import { focused, openPage } from "./page.js";
import { type StaticServer, serveStatic } from "./static-server.js";

const ROOT = join(import.meta.dirname, "..");
const SITE = join(ROOT, "dist", "site");
const ARTIFACTS = join(ROOT, "artifacts");
const dataset = seedDataset();

describe.skipIf(!chromiumAvailable())("the viewer in headless Chromium", () => {
  let server: StaticServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(join(SITE, "index.html"))) {
      throw new Error(`${SITE}/index.html is missing: build the viewer first (npm run build -w @claimset/viewer)`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveStatic(SITE, { "/hostile.json": JSON.stringify(hostileDataset()), [AXE_PATH]: AXE_SOURCE });
    browser = await launchChromium();
    context = browser.context;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (path: string, viewport?: { width: number; height: number }) =>
    openPage(context, new URL(path, server.url).href, viewport);
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText keeps the line breaks between label and value.
  const panel = (page: Page) => page.locator("#detail").innerText();
  const heading = (page: Page) => page.locator("#detail .detail-heading").textContent();
  const mark = (page: Page, id: string) => page.locator(`#article .hl[data-record="${id}"]`).first();
  const tabStops = (page: Page) => page.locator("#article [tabindex='0'], #article[tabindex='0']").count();

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
    await page.screenshot({ path: join(ARTIFACTS, "desktop.png") });
    await page.close();
  });

  it("says plainly what the dataset does not record, and uses the title when there is one", async () => {
    const { page } = await open("./");
    expect(await page.locator("#title").textContent()).toBe("Untitled article");
    expect(await page.title()).toBe(`Untitled article — ${dataset.id} — claimset viewer`);
    const meta = await page.locator("#meta").textContent();
    expect(meta).toContain("Not recorded in this dataset: title, publisher, publication date and authors.");
    expect(meta).not.toContain("unknown");
    const { page: hostile } = await open("./?src=./hostile.json");
    expect(await hostile.locator("#title").textContent()).toContain("Hostile");
    expect(await hostile.title()).toMatch(/Hostile .* — hostile — claimset viewer$/);
    expect(await hostile.locator("#meta").textContent()).toContain("Not recorded in this dataset: publication date.");
    await page.close();
    await hostile.close();
  });

  it("clicking a quote shows its record, gives it a URL, and announces only what was selected", async () => {
    const { page } = await open("./");
    await mark(page, "q-leopard-meat-grinder").click();
    const text = await panel(page);
    expect(await heading(page)).toBe("Quote · mixed #q-leopard-meat-grinder");
    expect(text).toMatch(/Speaker\s+Leopard/);
    expect(text).toMatch(/Cue\s+said/);
    expect(new URL(page.url()).hash).toBe("#q-leopard-meat-grinder");
    // The panel is not a live region: only a short sentence is announced.
    expect(await page.locator("#detail").getAttribute("aria-live")).toBeNull();
    const announced = await page.locator("#announce").textContent();
    expect(announced).toBe("Selected quote · mixed: meat grinder … commanders are not bothered by casualties.");
    await mark(page, "vladimir-putin").click();
    const putin = (await page.locator("#announce").textContent()) ?? "";
    expect(putin).toBe("Selected entity · person: Vladimir Putin");
    expect(await page.locator("#detail").textContent()).toContain("Mentions (28)");
    await page.screenshot({ path: join(ARTIFACTS, "desktop-selected.png") });
    await page.close();
  });

  it("clicking a number shows its value, bounds, hedge, unit, asserter and notes", async () => {
    const { page } = await open("./");
    await mark(page, "n-russian-casualties").click();
    const text = await panel(page);
    expect(await heading(page)).toBe("Number · count #n-russian-casualties");
    expect(text).toMatch(/Value\s+> 771,000/);
    expect(text).toMatch(/Hedge\s+more than/);
    expect(text).toMatch(/Unit\s+.*person/);
    expect(text).toMatch(/Asserted by\s+the article itself/);
    expect(text).toContain("Editorial notes (1)");
    await page.close();
  });

  it("highlights keep their text as their name, with the record as the description", async () => {
    const { page } = await open("./");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter"); // the skip link to the article
    const first = page.locator("#article [tabindex='0']");
    expect(await first.getAttribute("role")).toBe("button");
    expect(await first.getAttribute("aria-label")).toBeNull();
    const name = await first.evaluate((el) => el.textContent);
    expect(name).toBe(dataset.source.text.slice(0, "Vladimir Putin".length));
    const description = await page.locator(`#${await first.getAttribute("aria-describedby")}`).textContent();
    expect(description).toBe("Vladimir Putin: person. Enter shows its record; arrow keys move between highlights.");
    // No highlight carries a label that replaces its words, and only one is interactive at a time.
    expect(await page.locator("#article [aria-label]").count()).toBe(0);
    expect(await page.locator("#article [role]").count()).toBe(1);
    await page.close();
  });

  it("keyboard: a skip link, one tab stop for the article, arrows between highlights, Enter into the record, Escape back", async () => {
    const { page } = await open("./");
    const walk: string[] = [];
    const press = async (key: string) => {
      await page.keyboard.press(key);
      walk.push(`${key} → ${await focused(page)}`);
    };
    await press("Tab");
    expect(walk.at(-1)).toBe("Tab → a");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the article");
    expect(await tabStops(page)).toBe(1);
    await press("Enter");
    expect(walk.at(-1)).toBe("Enter → span[vladimir-putin]");
    await press("ArrowRight");
    expect(walk.at(-1)).toBe("ArrowRight → span[vladimir-putin]"); // "a madman": a description of Putin, the next highlight
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("a madman");
    // "his pathetic displays" (an event) starts where "his" (Putin) does: the outer highlight comes first.
    await press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("his pathetic displays");
    await press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("his");
    await press("ArrowLeft");
    await press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("a madman");
    await press("End");
    const last = await page.evaluate(() => document.activeElement?.getAttribute("data-i"));
    expect(Number(last)).toBeGreaterThan(400);
    await press("Home");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-i"))).toBe("0");
    expect(await tabStops(page)).toBe(1);
    // Enter opens the record and moves focus into the panel; Escape goes back to the highlight.
    await press("ArrowRight");
    await press("Enter");
    expect(walk.at(-1)).toBe("Enter → h3#detail-title");
    expect(await heading(page)).toBe("Entity · person #vladimir-putin");
    await press("Escape");
    expect(walk.at(-1)).toBe("Escape → span[vladimir-putin]");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("a madman");
    // One Tab leaves the article: the next stop is not another highlight.
    await press("Tab");
    expect(walk.at(-1)).not.toMatch(/^Tab → span/);
    expect(await page.evaluate(() => document.getElementById("article")?.contains(document.activeElement))).toBe(false);
    // Escape on a highlight clears the selection.
    await press("Shift+Tab");
    expect(walk.at(-1)).toBe("Shift+Tab → span[vladimir-putin]");
    await press("Escape");
    expect(await page.locator("#detail .hint").textContent()).toBe("No record selected.");
    expect(new URL(page.url()).hash).toBe("");
    // From the top of the page to the first filter: the skip links, the picker, the article's one stop, the chart.
    await page.goto(page.url());
    await page.waitForSelector("body[data-generation]");
    let tabs = 0;
    while ((await focused(page)) !== "select#filter-entity" && tabs < 200) {
      await page.keyboard.press("Tab");
      tabs++;
    }
    const chartLinks = await page.locator("#chart a").count();
    expect(tabs).toBeLessThanOrEqual(3 + 2 + 1 + chartLinks + 2 + 1);
    await page.close();
  });

  it("the skip links reach the filters and the records", async () => {
    const { page } = await open("./");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to the filters");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toBe("section#filters");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toBe("select#filter-entity");
    await page.close();
  });

  it("loading #<record-id> selects the record and scrolls it into view", async () => {
    const { page } = await open("./#note-russian-casualties-unsourced");
    expect(await heading(page)).toBe("Editorial note · fact-check #note-russian-casualties-unsourced");
    const { page: page2 } = await open("./#n-speech-seven-minutes");
    expect(await panel(page2)).toContain("just seven minutes");
    await expect.poll(() => mark(page2, "n-speech-seven-minutes").isVisible()).toBe(true);
    const box = await mark(page2, "n-speech-seven-minutes").boundingBox();
    expect(box!.y).toBeLessThan(800);
    await page.close();
    await page2.close();
  });

  it("an unknown id says so; a retired id moves the address to its replacement and says so", async () => {
    const { page } = await open("./#q-no-such-quote");
    expect(await page.locator("#status").textContent()).toContain("no record #q-no-such-quote");
    expect(new URL(page.url()).hash).toBe("#q-no-such-quote");
    const { page: retired } = await open("./?src=./hostile.json#q-old-report");
    expect(new URL(retired.url()).hash).toBe("#q-report");
    const status = await retired.locator("#status").textContent();
    expect(status).toContain("#q-old-report was retired in version 1.0.0 (moved)");
    expect(status).toContain("The address now shows its replacement");
    expect(await panel(retired)).toContain("#q-report");
    await page.close();
    await retired.close();
  });

  it("filters keep the text readable, count and step through matches, reset, and live in the URL", async () => {
    const { page } = await open("./");
    await page.selectOption("#filter-entity", "vladimir-putin");
    const url = new URL(page.url());
    expect(url.searchParams.get("entity")).toBe("vladimir-putin");
    // Filtered-out highlights lose their marks, not their ink: their text has the color of plain text.
    const colors = await page.$$eval("#article .hl.off", (els) => {
      const para = getComputedStyle(els[0]!.closest("p")!).color;
      return { para, off: [...new Set(els.map((e) => getComputedStyle(e).color))] };
    });
    expect(colors.off).toEqual([colors.para]);
    const matching = await page
      .locator("#article .hl:not(.off)")
      .evaluateAll((els) => new Set(els.map((e) => e.getAttribute("data-i"))).size);
    expect(await page.locator("#match-count").textContent()).toMatch(
      new RegExp(`^${matching} highlights in the text and \\d+ records match\\.$`),
    );
    // Clicking a filtered-out highlight selects nothing.
    const offId = await page.locator("#article .hl.off[data-layer='claim']").first().getAttribute("data-record");
    await page.locator(`#article .hl.off[data-record="${offId}"]`).first().click();
    expect(await page.locator("#detail .detail").count()).toBe(0);
    // "Next match" walks the matches only, in order, wrapping at the end.
    const seen: string[] = [];
    for (let i = 0; i < matching + 1; i++) {
      await page.locator("button", { hasText: "Next match" }).click();
      const now = await page.evaluate(() => document.activeElement?.getAttribute("data-i") ?? "");
      expect(await page.evaluate(() => document.activeElement?.classList.contains("off"))).toBe(false);
      seen.push(now);
    }
    expect(new Set(seen).size).toBe(matching);
    expect(seen.at(-1)).toBe(seen[0]);
    // Arrow keys skip filtered-out highlights too.
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("off"))).toBe(false);
    expect(await tabStops(page)).toBe(1);
    // The filter survives a reload from its URL.
    await page.uncheck("#claim-kind-count");
    expect(new URL(page.url()).searchParams.get("numbers")).not.toContain("count");
    await page.reload();
    await page.waitForSelector("body[data-generation]");
    expect(await page.locator("#filter-entity").inputValue()).toBe("vladimir-putin");
    expect(await page.locator("#claim-kind-count").isChecked()).toBe(false);
    expect(await page.locator('#records a[data-layer="claim"][data-kind="count"]').count()).toBe(0);
    await page.locator("button", { hasText: "Reset filters" }).click();
    expect(new URL(page.url()).search).toBe("");
    expect(await page.locator("#match-count").textContent()).toMatch(/^Showing everything/);
    expect(await page.locator("#article .hl.off").count()).toBe(0);
    await page.close();
  });

  it("the speaker filter narrows the list to that speaker's quotes", async () => {
    const { page } = await open("./?speaker=leopard");
    const quotes = await page
      .locator('#records a[data-layer="quote"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute("data-record")));
    const expected = dataset.quotes.filter((q) => q.speaker === "leopard").map((q) => q.id);
    expect([...quotes].sort()).toEqual([...expected].sort());
    const unmuted = await page
      .locator("#article .hl-quote:not(.off)")
      .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-record")))]);
    expect(unmuted.sort()).toEqual([...expected].sort());
    const { page: stale } = await open("./?entity=nobody");
    expect(await stale.locator("#status").textContent()).toContain(
      "Ignored filters that name nothing in this dataset: entity=nobody",
    );
    await page.close();
    await stale.close();
  });

  it("the chart gives each unit its own axis with a title, draws open ends as open, and names each row by its words", async () => {
    const { page } = await open("./");
    const groups = await page.locator("#chart .chart-group").evaluateAll((gs) =>
      gs.map((g) => ({
        unit: g.getAttribute("data-unit"),
        group: g.getAttribute("data-group"),
        title: g.querySelector(".axis-title")?.textContent ?? "",
        rows: g.querySelectorAll(".chart-row").length,
      })),
    );
    expect(groups.length).toBeGreaterThan(1);
    expect(new Set(groups.map((g) => g.group)).size).toBe(groups.length);
    for (const g of groups) expect(g.title).toMatch(new RegExp(`^Axis: .*, in ${g.unit}, on a log scale from`));
    // "Dozens of … guns": at least 24, no upper bound: an open stub, not a bar to the end of the axis.
    const dozens = page.locator('#chart li:has(a[data-record="n-north-korean-guns-dozens"]) .range');
    expect(await dozens.getAttribute("class")).toBe("range open-high");
    const width = await dozens.evaluate(
      (el) => el.getBoundingClientRect().width / el.parentElement!.getBoundingClientRect().width,
    );
    expect(width).toBeLessThan(0.2);
    // Each row's accessible name is the text it shows.
    for (const link of await page.locator("#chart a.chart-row").all()) {
      expect(await link.getAttribute("aria-label")).toBeNull();
    }
    await page.locator(".numbers").screenshot({ path: join(ARTIFACTS, "chart.png") });
    await page.locator('#chart a[href="#n-russian-casualties"]').click();
    expect(await panel(page)).toContain("more than 771,000");
    const { page: phone } = await open("./", { width: 390, height: 844 });
    const sizes = await phone.$$eval("#chart .chart-row, #chart .tick, #chart .axis-title", (els) =>
      els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    await page.close();
    await phone.close();
  });

  it("on a phone the record is a modal dialog: focus inside, Tab stays inside, Escape closes, focus returns", async () => {
    const { page } = await open("./", { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(ARTIFACTS, "phone.png") });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    const sheet = page.locator("dialog#sheet");
    expect(await sheet.evaluate((d: HTMLDialogElement) => d.open && d.matches(":modal"))).toBe(true);
    expect(await focused(page)).toBe("h3#detail-title");
    const box = await sheet.boundingBox();
    expect(box!.y + box!.height).toBeCloseTo(844, 0);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.getElementById("sheet")?.contains(document.activeElement))).toBe(true);
    }
    await page.screenshot({ path: join(ARTIFACTS, "phone-selected.png") });
    await page.keyboard.press("Escape");
    expect(await sheet.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("a madman");
    // The close button does the same.
    await mark(page, "q-leopard-meat-grinder").click();
    await page.locator("#sheet .close").click();
    expect(await sheet.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    await page.close();
  });

  it("prints the article and its key, without the forms, in fewer pages", async () => {
    const { page } = await open("./");
    await page.emulateMedia({ media: "print" });
    const hidden = await page.$$eval(".side, .picker, .skip-links", (els) =>
      els.map((e) => getComputedStyle(e).display),
    );
    expect(hidden).toEqual(["none", "none", "none"]);
    expect(await page.locator("#legend").isVisible()).toBe(true);
    // The marks that carry meaning are lines, boxes and brackets, which print without background graphics.
    const quoteLine = await page
      .locator("#article .hl-quote")
      .first()
      .evaluate((el) => getComputedStyle(el).borderTopStyle);
    expect(quoteLine).not.toBe("none");
    const pdf = await page.pdf({ format: "A4" });
    const pages = (buffer: Buffer) => buffer.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages(pdf)).toBeGreaterThan(0);
    // The screen layout printed with its forms took 11 A4 pages.
    expect(pages(pdf)).toBeLessThanOrEqual(6);
    await page.close();
  });

  it("follows the dark color scheme and forced colors", async () => {
    const { page } = await open("./");
    await page.emulateMedia({ colorScheme: "dark" });
    const dark = await page.evaluate(() => ({
      bg: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.documentElement).color,
    }));
    expect(dark.bg).toBe("rgb(22, 25, 30)");
    expect(dark.ink).toBe("rgb(230, 232, 235)");
    await page.screenshot({ path: join(ARTIFACTS, "dark.png") });
    await page.emulateMedia({ colorScheme: "light", forcedColors: "active" });
    const forced = await page
      .locator("#article .hl-quote")
      .first()
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { line: s.borderTopStyle, lineColor: s.borderTopColor, ink: s.color };
      });
    expect(forced.line).not.toBe("none");
    expect(forced.lineColor).toBe(forced.ink);
    const bracket = await page
      .locator("#article .hl-note:not(.cont)")
      .first()
      .evaluate((el) => getComputedStyle(el, "::before").content);
    expect(bracket).toContain("[");
    await page.screenshot({ path: join(ARTIFACTS, "forced-colors.png") });
    await page.close();
  });

  it("every mark has 3:1 contrast with the page and its key letters 4.5:1, light and dark", async () => {
    const { page } = await open("./");
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const worst = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
          return (x! + 0.05) / (y! + 0.05);
        };
        const page = getComputedStyle(document.documentElement).backgroundColor;
        const found: { what: string; ratio: number }[] = [];
        for (const el of document.querySelectorAll<HTMLElement>("#article .hl:not(.selected)")) {
          const s = getComputedStyle(el);
          const layer = el.dataset.layer;
          const mark =
            layer === "entity"
              ? s.borderBottomColor
              : layer === "quote"
                ? s.borderTopColor
                : layer === "claim"
                  ? s.outlineColor
                  : getComputedStyle(el, "::before").color;
          found.push({ what: `${layer} ${el.dataset.kind}`, ratio: ratio(mark, page) });
          if (el.dataset.badge)
            found.push({
              what: `letter ${el.dataset.kind}`,
              ratio: ratio(getComputedStyle(el, "::after").color, page) * (3 / 4.5),
            });
        }
        return found.sort((a, b) => a.ratio - b.ratio)[0]!;
      });
      expect(worst.ratio, `${scheme}: ${worst.what}`).toBeGreaterThanOrEqual(3);
    }
    await page.close();
  });

  it("shows a hostile dataset as text and runs none of it", async () => {
    const { page, errors } = await open("./?src=./hostile.json#q-old-report");
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
    for (const id of ["mallory", "script-tag", "q-mallory-bold", "q-report", "n-troops", "n-casualties", "note-link"]) {
      await mark(page, id).click();
    }
    await mark(page, "q-mallory-bold").hover();
    await page.locator('#article .hl[data-record="q-mallory-bold"]').first().click();
    expect(await panel(page)).toContain("<b onmouseover=alert(1)>bold</b>");
    await mark(page, "mallory").click();
    expect(await panel(page)).toContain(`<img src=x onerror="window.__pwned='entity'">Mallory`);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // No element came from the data: the markup exists only as text.
    const injected = await page.$$eval(
      "body script, body img, body iframe, body svg, #article *:not(.article, p, .hl), [onerror], [onload], [onmouseover], [href^='javascript' i]",
      (els) => els.map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(injected).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, "hostile.png") });
    await page.close();
  });

  it("does not link a javascript: source URL even from a site's own list, which it draws without validating", async () => {
    const site = await serveStatic(SITE, {
      "/datasets/index.json": JSON.stringify({ datasets: [{ slug: "h", label: "h", url: "./datasets/h.json" }] }),
      "/datasets/h.json": JSON.stringify(hostileWithScriptUrl()),
    });
    try {
      const { page, errors } = await openPage(context, site.url);
      expect(await page.locator("#meta").textContent()).toContain("Source: javascript:window.__pwned='url'");
      expect(await page.locator("[href^='javascript' i]").count()).toBe(0);
      await page.locator('#article .hl[data-record="mallory"]').first().click();
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await site.close();
    }
  });

  it("offers every dataset of the repository in the picker", async () => {
    const { page } = await open("./");
    const options = await page
      .locator("#picker-dataset option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(repositoryDatasets().map((d) => d.slug));
    await page.close();
  });
});
