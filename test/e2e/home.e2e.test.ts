import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inDays, sqlOffering, sqlProvider, sqlSlot } from '../factories/catalogue';
import { axeViolations, captureOnFailure, focused, openPage } from './support/browser';
import { startStackAndBrowser } from './support/journey';
import { WEB_BUILD_TIMEOUT_MS, type WebStack } from './support/web-server';

// The home page journey: a person arrives, skips the header with the keyboard, searches, and the page passes axe.
describe('home page', () => {
  let stack: WebStack;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ stack, browser } = await startStackAndBrowser());
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
      // The results (none in an empty catalogue) are in the page the server sent: no script needed.
      await expect(page.locator('#results-title').textContent()).resolves.toBe('No results');
    });
  });

  it('works without JavaScript: search, filter and pick offerings to compare', async () => {
    const provider = await sqlProvider(stack.api.ds, { name: 'No Script Peer Group', baseOutcode: 'M14', peerLed: true });
    // Each with a free place: searches show those unless asked otherwise.
    for (const title of ['Quiet reading circle', 'Quiet walking circle']) await sqlSlot(stack.api.ds, await sqlOffering(stack.api.ds, provider.id, { title, baseOutcode: 'M14' }), inDays(4), 3);
    const noScript = await browser.newContext({ baseURL: stack.baseURL, javaScriptEnabled: false, locale: 'en-GB' });
    const p = await noScript.newPage();
    try {
      await captureOnFailure(p, 'home-no-js', async () => {
        await p.goto('/');
        await p.fill('#q', 'quiet');
        await p.fill('#near', 'm14');
        await p.locator('summary', { hasText: 'Filters' }).click();
        await p.check('#peer');
        await Promise.all([p.waitForURL(/peer=1/), p.click('button[type=submit]:has-text("Search")')]);
        await expect(p.locator('.result__title').allTextContents()).resolves.toEqual(expect.arrayContaining(['Quiet reading circle', 'Quiet walking circle']));
        // "Add to compare" is a Server Action form: a plain POST and a redirect back to the same search.
        for (const title of ['Quiet reading circle', 'Quiet walking circle']) {
          await p.getByRole('button', { name: new RegExp(`^Add to compare:? ${title}`) }).click();
          await p.getByRole('button', { name: new RegExp(`^Remove from compare:? ${title}`) }).waitFor();
        }
        expect(Object.fromEntries(new URL(p.url()).searchParams)).toEqual({ q: 'quiet', near: 'M14', peer: '1' });
        await expect(p.locator('.compare-tray').textContent()).resolves.toContain('Compare (2 of 4 picked)');
        await p.getByRole('link', { name: 'Compare 2 side by side' }).click();
        await expect(p.locator('thead th').allTextContents()).resolves.toEqual(['Quiet reading circle', 'Quiet walking circle']);
      });
    } finally {
      await noScript.close();
    }
  });

  it('has no axe violations, before and after a search', async () => {
    await captureOnFailure(page, 'home-axe', async () => {
      await page.goto('/');
      expect(await axeViolations(page)).toEqual([]);
      await page.goto('/?q=befriending&near=M14');
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  it('has no axe violations on the other public pages, and explains an unknown district', async () => {
    const provider = await sqlProvider(stack.api.ds, { name: 'Axe Check Group', baseOutcode: 'M1', verified: true });
    await sqlOffering(stack.api.ds, provider.id, { title: 'Axe check offering', description: 'First paragraph.\n\nSecond paragraph.' });
    await captureOnFailure(page, 'home-axe-public', async () => {
      for (const path of [`/providers/${provider.id}`, '/calculator', '/calculator?la=E08000003&SOCIAL_CONNECTION=2&MENTAL_WELLBEING=1', '/sign-up', '/compare', '/no-such-page']) {
        await page.goto(path);
        expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
      }
      await page.goto('/?near=ZZ99');
      await expect(page.locator('.error-summary a').getAttribute('href')).resolves.toBe('#near');
      expect(await focused(page)).toMatchObject({ tag: 'div' });
      expect(await axeViolations(page)).toEqual([]);
    });
  });
});
