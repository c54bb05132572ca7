#!/usr/bin/env node
// Screenshots of the main pages for docs/web.md, from a running demo (`npm start`), with Debian's chromium:
//   node scripts/screenshots.mjs [http://localhost:3000]
// Writes docs/screenshots/*.png (viewport-sized, so they stay small).
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const base = process.argv[2] || 'http://localhost:3000';
const out = join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function session(as, viewport = { width: 1100, height: 820 }) {
  const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London', baseURL: base });
  const page = await context.newPage();
  if (as) {
    await page.goto('/sign-in');
    await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/sign-in')), page.getByRole('button', { name: new RegExp(`Sign in as ${as}`) }).click()]);
  }
  return { context, page };
}

async function shot(page, name, path, { scrollTo } = {}) {
  await page.goto(path);
  if (scrollTo) await page.locator(scrollTo).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png  ${path}`);
}

const visitor = await session(null);
await visitor.page.goto('/?q=peer+support&near=M14');
const ids = await visitor.page.locator('.result__title a').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href').split('/').pop()));
await shot(visitor.page, 'search', '/?q=peer+support&near=M14', { scrollTo: '#results-title' });
await shot(visitor.page, 'offering', `/offerings/${ids[0]}`);
await shot(visitor.page, 'compare', `/compare?ids=${ids.join(',')}&near=M14`);
await visitor.context.close();

const phone = await session(null, { width: 375, height: 740 });
await shot(phone.page, 'search-phone', '/?q=befriending&near=LS1');
await phone.context.close();

const person = await session('a person');
const slot = await person.page.goto(`/offerings/${ids[0]}`).then(() => person.page.locator('.slot__book').first().getAttribute('href'));
await shot(person.page, 'book', slot);
await shot(person.page, 'plan', '/plan');
await shot(person.page, 'plan-goals', '/plan', { scrollTo: '#goals-title' });
await person.context.close();

const provider = await session('a provider');
await shot(provider.page, 'provider', '/provider');
await provider.context.close();

const commissioner = await session('a council');
await shot(commissioner.page, 'commissioner', '/commissioner');
await shot(commissioner.page, 'commissioner-map', '/commissioner', { scrollTo: '#map' });
await commissioner.context.close();

await browser.close();
