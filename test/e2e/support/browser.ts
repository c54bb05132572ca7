import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// Headless Chromium for the browser journeys, driven by playwright-core (no browser download at test time), found in
// this order: CHROMIUM_PATH; /usr/bin/chromium when it is a real executable (Debian's package, which .ci/run
// installs); else the Chromium shipped inside the npm package @sparticuz/chromium, unpacked once per user into
// the temporary folder (about 2 s the first time).
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

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

/** A regular file we may execute (a path with /dev/null mounted over it, or a folder, is not). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

interface BundledChromium {
  executablePath: string;
  /** The package's own flags (for AWS Lambda; not used here, see launchBundled). */
  args: string[];
  env: Record<string, string>;
}

/**
 * Unpacks @sparticuz/chromium into <tmp>/sm-chromium-<version>-<uid> (once; concurrent callers each unpack into
 * their own folder and the first rename wins) and returns how to launch it. The package unpacks into
 * os.tmpdir() itself, so it runs in a child process whose TMPDIR is that private folder: a shared /tmp/chromium
 * left by another user, or half-written by a killed run, is never used.
 */
export function bundledChromium(): BundledChromium {
  const main = require.resolve('@sparticuz/chromium');
  const pkg = JSON.parse(readFileSync(join(dirname(main), '..', 'package.json'), 'utf8')) as { version: string };
  const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
  const dir = join(tmpdir(), `sm-chromium-${pkg.version}-${uid}`);
  const done = join(dir, 'unpacked.json');
  if (!existsSync(done)) {
    const work = `${dir}.${process.pid}.${Date.now().toString(36)}`;
    mkdirSync(work, { recursive: true, mode: 0o700 });
    try {
      const script = `const { default: c } = await import('@sparticuz/chromium');
        const executablePath = await c.executablePath();
        process.stdout.write(JSON.stringify({ executablePath, args: c.args }));`;
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: __dirname,
        env: { ...process.env, TMPDIR: work },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const { executablePath, args } = JSON.parse(out) as { executablePath: string; args: string[] };
      const relative = executablePath.slice(work.length + 1);
      // fontconfig: the system's fonts when there are any, plus the package's Open Sans.
      writeFileSync(
        join(work, 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
          `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <dir>${dir}/fonts</dir>\n` +
          `  <cachedir>${dir}/fonts-cache</cachedir>\n</fontconfig>\n`,
      );
      writeFileSync(join(work, 'unpacked.json'), JSON.stringify({ executable: relative, args }));
      try {
        renameSync(work, dir);
      } catch {
        rmSync(work, { recursive: true, force: true }); // another worker finished first
      }
    } catch (e) {
      rmSync(work, { recursive: true, force: true });
      throw new Error(`Could not unpack the Chromium from @sparticuz/chromium: ${(e as Error).message}`);
    }
  }
  const st = lstatSync(dir);
  if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o022) !== 0) {
    throw new Error(`${dir} is not a private folder of this user: remove it, or set CHROMIUM_PATH.`);
  }
  const { executable, args } = JSON.parse(readFileSync(done, 'utf8')) as { executable: string; args: string[] };
  return { executablePath: join(dir, executable), args, env: { FONTCONFIG_FILE: join(dir, 'fonts.conf') } };
}

export function launchBundled(): Promise<Browser> {
  const bundled = bundledChromium();
  // Our flags, not the package's: those are for AWS Lambda, and their --single-process makes the browser close
  // with the first browser context that closes (every journey opens and closes one per test).
  return chromium.launch({ executablePath: bundled.executablePath, args: FLAGS, env: { ...process.env, ...bundled.env }, headless: true, timeout: 30_000 });
}

export async function launchBrowser(): Promise<Browser> {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (!isExecutableFile(explicit)) throw new Error(`CHROMIUM_PATH=${explicit} is not an executable file.`);
    return chromium.launch({ executablePath: explicit, args: FLAGS, headless: true, timeout: 30_000 });
  }
  if (isExecutableFile(SYSTEM_CHROMIUM)) {
    try {
      return await chromium.launch({ executablePath: SYSTEM_CHROMIUM, args: FLAGS, headless: true, timeout: 30_000 });
    } catch (e) {
      console.warn(`${SYSTEM_CHROMIUM} did not start (${(e as Error).message.split('\n')[0]}): using @sparticuz/chromium`);
    }
  }
  return launchBundled();
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
