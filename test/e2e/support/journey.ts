import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '../../../server/src/modules/account/password';
import type { TestAccount } from '../../factories/accounts';
import { axeViolations, captureOnFailure, launchBrowser, openPage } from './browser';
import { startWebStack, step, WEB_BUILD_TIMEOUT_MS, type WebStack } from './web-server';

// Shared set-up for the browser journeys: one web stack and browser per file, a fresh context per test.
export interface Journey {
  stack: WebStack;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/**
 * The web stack and Chromium, started side by side, each under its own limit (step): Chromium's own launches time
 * out at 30 s each, the system's and then the bundled one. When either fails, the other is stopped before the error
 * is passed on, as afterAll would not know of it.
 */
export async function startStackAndBrowser(env: Record<string, string> = {}): Promise<{ stack: WebStack; browser: Browser }> {
  const [stack, browser] = await Promise.allSettled([startWebStack({ env }), step([], 'the browser (launchBrowser)', 90_000, launchBrowser)]);
  if (stack.status === 'fulfilled' && browser.status === 'fulfilled') return { stack: stack.value, browser: browser.value };
  if (stack.status === 'fulfilled') await stack.value.stop().catch(() => {});
  if (browser.status === 'fulfilled') await browser.value.close().catch(() => {});
  throw stack.status === 'rejected' ? stack.reason : (browser as PromiseRejectedResult).reason;
}

export function useJourney(env: Record<string, string> = {}): Journey {
  const j = {} as Journey;
  beforeAll(async () => {
    ({ stack: j.stack, browser: j.browser } = await startStackAndBrowser(env));
  }, WEB_BUILD_TIMEOUT_MS);
  beforeEach(async () => {
    ({ context: j.context, page: j.page } = await openPage(j.browser, j.stack.baseURL));
  });
  afterEach(async () => {
    await j.context?.close();
  });
  afterAll(async () => {
    await j.browser?.close();
    await j.stack?.stop();
  });
  return j;
}

export const PASSWORD = 'correct horse battery';

/** Gives an inserted account (commissioners, admins) a real password, so it can sign in through the form. */
export async function setPassword(j: Journey, account: TestAccount): Promise<void> {
  await j.stack.api.ds.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [account.id, await hashPassword(PASSWORD)]);
}

/** Signs in through the real form, as a person would, and waits for the page it lands on. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  // exact: in demo mode the page also has "Sign in as ..." buttons.
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/sign-in')), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
}

/** axe (WCAG 2.2 AA and best practice) must find nothing on the current page. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // After a client-side navigation (a server action's redirect, say) React sets the new page's <title> a moment after
  // its content: give it that moment, then let axe judge whatever is there (a page with no title still fails). The
  // predicate is a function, not a string: Playwright evaluates a string with eval, which the site's CSP forbids, and
  // that refusal, once swallowed here, sent axe in before the title (the "missing" title of December's runs).
  await page
    .waitForFunction(() => (globalThis as { document?: { title: string } }).document!.title.trim() !== '', undefined, { timeout: 15_000 })
    .catch((e: Error) => {
      if (e.name !== 'TimeoutError') throw e;
    });
  const violations = await axeViolations(page);
  expect({ url: page.url(), violations }).toEqual({ url: page.url(), violations: [] });
}

export { captureOnFailure };

/** At phone width (360 px) the page must not scroll sideways; wide tables scroll inside their own region. */
export async function expectFitsPhone(page: Page): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const widths = await page.evaluate(() => {
    const doc = (globalThis as any).document.documentElement as { scrollWidth: number; clientWidth: number };
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth };
  });
  expect({ url: page.url(), ...widths }).toEqual({ url: page.url(), scrollWidth: widths.clientWidth, clientWidth: widths.clientWidth });
  if (before) await page.setViewportSize(before);
}
