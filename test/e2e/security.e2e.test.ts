import type { Browser } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { signUp } from '../factories/accounts';
import { expectNoAxeViolations, PASSWORD, signIn, startStackAndBrowser } from './support/journey';
import { captureOnFailure, openPage } from './support/browser';
import { WEB_BUILD_TIMEOUT_MS, type WebStack } from './support/web-server';

// Findings 3, 7 and 14 of issue 13 through the real web server: security headers with a nonce-based CSP under
// which the pages still work, redirects that stay on the site, and refusals with the right status.
describe('web security', () => {
  let stack: WebStack;
  let browser: Browser;

  beforeAll(async () => {
    ({ stack, browser } = await startStackAndBrowser());
  }, WEB_BUILD_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('sends a nonce-based CSP that its own scripts carry, no framing, no sniffing, no-store', async () => {
    const res = await fetch(`${stack.baseURL}/`);
    const html = await res.text();
    const csp = res.headers.get('content-security-policy')!;
    const nonce = csp.match(/'nonce-([^']+)'/)![1];
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A second page view gets a different nonce.
    const again = (await fetch(`${stack.baseURL}/`)).headers.get('content-security-policy')!;
    expect(again).not.toBe(csp);
  });

  it('runs the pages under that policy: no violations, sign-in through the form works, axe passes', async () => {
    const person = await signUp(stack.api, 'PERSON');
    const { context, page } = await openPage(browser, stack.baseURL);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    try {
      await captureOnFailure(page, 'csp-sign-in', async () => {
        await page.goto('/');
        await expectNoAxeViolations(page);
        await signIn(page, person.email, PASSWORD);
        expect(new URL(page.url()).pathname).toBe('/plan');
        await expectNoAxeViolations(page);
      });
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ['a tab trick', '%2F%09%2Fevil.example%2Fc'],
    ['a backslash', '%2F%5Cevil.example'],
    ['CR LF', '%2Fplan%0D%0ASet-Cookie%3A%20x%3D1'],
    ['non-ASCII', '%2Fpl%C3%A4n'],
  ])('after sign-in with a next of %s, lands on this site, never a 500', async (_what, next) => {
    const person = await signUp(stack.api, 'PERSON');
    const { context, page } = await openPage(browser, stack.baseURL);
    try {
      const responses: number[] = [];
      page.on('response', (r) => responses.push(r.status()));
      await page.goto(`/sign-in?next=${next}`);
      await page.getByLabel('Email address').fill(person.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/sign-in')), page.getByRole('button', { name: 'Sign in' }).click()]);
      const landed = new URL(page.url());
      expect(landed.origin).toBe(stack.baseURL);
      expect(landed.pathname).toBe('/plan');
      expect(responses.filter((s) => s >= 500)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('refuses a cross-origin form post with 403, and a statement to a non-person with 404', async () => {
    const post = await fetch(`${stack.baseURL}/sign-in`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'next-action': 'abc', 'content-type': 'text/plain;charset=UTF-8' },
      body: '[]',
    });
    expect(post.status).toBe(403);
    const provider = await signUp(stack.api, 'PROVIDER');
    const statement = await fetch(`${stack.baseURL}/plan/statement/${randomUUID()}`, { headers: { cookie: `sm_session=${provider.token}` } });
    expect(statement.status).toBe(404);
  });
});
