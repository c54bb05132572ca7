import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Headless Chromium for the browser journeys: Debian's `chromium` package (installed by .ci/run), driven by
// playwright-core, so no browser download is needed. CHROMIUM_PATH overrides the binary.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// No sandbox (tests run as root in containers), no GPU, and nothing that phones home or updates itself.
// Playwright adds a fresh temporary --user-data-dir of its own for every launch.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS_DIR = join(__dirname, '..', 'artifacts');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, headless: true, timeout: 30_000 });
}

/** A clean context (no cookies, en-GB, UTC) with one page; axe needs a page opened from a context like this. */
export async function openPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'UTC', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

export interface AxeViolationSummary {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.x A and AA rules plus best practices) and returns its violations in a readable shape. */
export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')),
  }));
}

/** Runs a journey step; on failure saves a screenshot to test/e2e/artifacts/<name>.png and rethrows. */
export async function captureOnFailure<T>(page: Page, name: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true }).catch(() => {});
    throw e;
  }
}

/** What has keyboard focus, described by tag, id and accessible text. */
export function focused(page: Page): Promise<{ tag: string; id: string; text: string; name: string | null }> {
  // Runs in the page; typed loosely because the root tsconfig has no DOM library.
  return page.evaluate(() => {
    const el = (globalThis as any).document.activeElement as { tagName: string; id: string; textContent: string | null; getAttribute(n: string): string | null } | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      text: el?.textContent?.trim() ?? '',
      name: el?.getAttribute('name') ?? null,
    };
  });
}
