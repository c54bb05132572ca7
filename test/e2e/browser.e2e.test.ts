import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isExecutableFile, launchBundled } from './support/browser';

// The browser journeys' fallback when there is no system Chromium: the one inside @sparticuz/chromium, which must
// start with no network and render a page (CI has Debian's Chromium, so this is the only place it is exercised).
describe('the Chromium for the browser journeys', () => {
  it('counts only real executable files as a system browser', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sm-exec-'));
    try {
      const plain = join(dir, 'plain');
      writeFileSync(plain, '#!/bin/sh\n');
      expect(isExecutableFile(plain)).toBe(false);
      chmodSync(plain, 0o755);
      expect(isExecutableFile(plain)).toBe(true);
      expect(isExecutableFile(dir)).toBe(false);
      expect(isExecutableFile('/dev/null')).toBe(false); // what the bare-machine check mounts over /usr/bin/chromium
      expect(isExecutableFile(join(dir, 'missing'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('falls back to the Chromium shipped in @sparticuz/chromium, which renders pages in one context after another', async () => {
    const browser = await launchBundled();
    try {
      // Journeys open and close a context per test: the browser must outlive each one.
      for (const n of [1, 2, 3]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.setContent(`<main><h1>Support Market ${n}</h1></main>`);
        expect(await page.textContent('h1')).toBe(`Support Market ${n}`);
        const box = await page.locator('h1').boundingBox();
        expect(box?.width).toBeGreaterThan(0); // laid out with a real font
        await context.close();
      }
    } finally {
      await browser.close();
    }
  });
});
