import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, captureOnFailure, focused, launchBrowser, openPage } from './support/browser';
import { startWebStack, WEB_BUILD_TIMEOUT_MS, type WebStack } from './support/web-server';

// The home page journey: a person arrives, skips the header with the keyboard, searches, and the page passes axe.
describe('home page', () => {
  let stack: WebStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startWebStack(), launchBrowser()]);
  }, WEB_BUILD_TIMEOUT_MS);

  beforeEach(async () => {
    ({ context, page } = await openPage(browser, stack.baseURL));
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('shows the kinds of support that the API serves from the database', async () => {
    const { data } = await stack.api.gql<{ categories: { name: string }[] }>('{ categories { name } }');
    const names = data!.categories.map((c) => c.name);
    expect(names.length).toBeGreaterThan(5);

    await captureOnFailure(page, 'home-categories', async () => {
      const response = await page.goto('/');
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Find support that works for you');
      const shown = await page.locator('.category-list__name').allTextContents();
      expect(shown).toEqual(names);
      await expect(page.getByRole('contentinfo').textContent()).resolves.toContain('Contains OS data © Crown copyright');
    });
  });

  it('can be used with the keyboard alone: skip link, then search', async () => {
    await captureOnFailure(page, 'home-keyboard', async () => {
      await page.goto('/');

      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to main content' });
      // Visible when focused (it sits off-screen otherwise).
      const box = await page.locator('.skip-link').boundingBox();
      expect(box && box.x >= 0 && box.y >= 0 && box.width > 0).toBe(true);

      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ tag: 'main', id: 'main-content' });

      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ tag: 'input', id: 'q' });
      const outline = await page.locator('#q').evaluate((el) => (globalThis as any).getComputedStyle(el).outlineStyle as string);
      expect(outline).toBe('solid'); // a visible focus indicator

      await page.keyboard.type('peer support');
      await Promise.all([page.waitForURL(/\?q=peer\+support/), page.keyboard.press('Enter')]);

      expect(new URL(page.url()).searchParams.get('q')).toBe('peer support');
      await expect(page.locator('#q').inputValue()).resolves.toBe('peer support');
      await expect(page.getByRole('status').textContent()).resolves.toContain('peer support');
    });
  });

  it('has no axe violations, before and after a search', async () => {
    await captureOnFailure(page, 'home-axe', async () => {
      await page.goto('/');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('/?q=befriending&near=M14');
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
