// Headless Chromium for the repository's browser tests and benchmarks (the
// viewer's tests, `claimset preview`'s test, the viewer benchmark): Debian's
// chromium driven by playwright-core, one set of flags for all of them.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: a machine's browser path, not an input of any cached task
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** No sandbox (containers), no GPU, and nothing that reaches the network on its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
] as const;

/**
 * Whether Chromium is installed. A test may skip without it, except on CI,
 * where a missing browser is an error that says how to install it.
 */
export function chromiumAvailable(what = "the browser tests"): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}; ${what} need it on CI. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
  }
  return false;
}

/** Starts headless Chromium with a throwaway profile; `close` removes the profile. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "claimset-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
