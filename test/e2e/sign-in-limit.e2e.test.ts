import type { Browser, Page } from 'playwright-core';
import { signUp } from '../factories/accounts';
import { PASSWORD, startStackAndBrowser } from './support/journey';
import { captureOnFailure } from './support/browser';
import { WEB_BUILD_TIMEOUT_MS, type WebStack } from './support/web-server';

// Finding 2 of issue 13 through the real web server: 30 failed web sign-ins from one client used to lock out every
// web user, as the API saw them all as the web server's loopback address. The web server is told to trust one proxy
// hop here, so each browser context can play a client at its own address (X-Forwarded-For, as a proxy would set).
describe('sign-in rate limit through the web app', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    ({ stack, browser } = await startStackAndBrowser({ TRUSTED_PROXY_HOPS: '1' }));
  }, WEB_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function clientAt(address: string, extra: Record<string, string> = {}): Promise<Page> {
    const context = await browser.newContext({ baseURL: stack.baseURL, locale: 'en-GB', extraHTTPHeaders: { 'x-forwarded-for': address, ...extra } });
    context.setDefaultTimeout(15_000);
    return context.newPage();
  }

  async function trySignIn(page: Page, email: string, password: string): Promise<string> {
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await Promise.race([page.locator('.error-summary').waitFor(), page.waitForURL((u) => !u.pathname.startsWith('/sign-in'))]);
    return new URL(page.url()).pathname.startsWith('/sign-in') ? ((await page.locator('.error-summary').textContent()) ?? '') : 'signed in';
  }

  it('30 failed sign-ins from one client do not lock out another, and a forged client header changes nothing', async () => {
    const person = await signUp(stack.api, 'PERSON');
    // The attacker also sends its own x-sm-client, hoping to spread its guesses: the web server replaces it.
    const attacker = await clientAt('203.0.113.66', { 'x-sm-client': 'v1.forged.0.sig' });
    await captureOnFailure(attacker, 'sign-in-limit-attacker', async () => {
      for (let i = 0; i < 30; i++) {
        expect(await trySignIn(attacker, `nobody-${i}@example.org`, 'wrong password here')).toMatch(/not right/);
      }
      expect(await trySignIn(attacker, 'nobody-31@example.org', 'wrong password here')).toMatch(/Too many failed sign-in attempts\. Please wait 15 minutes/);
    });
    const rows = await stack.api.ds.query(`SELECT key, attempts FROM throttle WHERE key LIKE 'client:%'`);
    expect(rows).toEqual([{ key: 'client:web:203.0.113.66', attempts: 31 }]);

    const neighbour = await clientAt('198.51.100.20');
    await captureOnFailure(neighbour, 'sign-in-limit-neighbour', async () => {
      expect(await trySignIn(neighbour, person.email, PASSWORD)).toBe('signed in');
    });
  }, 180_000);
});
