#!/usr/bin/env node
// Lighthouse (mobile, default simulated throttling) on every page of the web app, in Chromium:
//   npm run lighthouse                      starts `npm start` itself, measures, stops it
//   npm run lighthouse -- --url http://localhost:3000 [--api http://localhost:4000/graphql]
//                         [--runs 3] [--only plan,commissioner] [--no-write] [--keep-reports DIR]
// Each page runs --runs times (3 by default) and the median of each figure is kept. Prints a table of performance
// and accessibility scores with FCP, LCP, TBT, CLS and the JavaScript the page loads, and writes it to
// docs/lighthouse.md with the machine's load (scores fall on a busy machine: simulated throttling multiplies the
// CPU time it observes). Signed-in pages get the demo accounts' session cookie (signed in through the API) as a
// header. Exits 1 when a page is below performance 95 or accessibility 100.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import { combine, hostCpu, markdownTable, meetsTarget, summarise, textTable } from './lighthouse-report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('runs', 3));
const ONLY = option('only', '')
  .split(',')
  .filter(Boolean);
const WRITE = !args.includes('--no-write');
// Each run's full Lighthouse report (JSON), for reading its long tasks, bootup time and main-thread breakdown.
const KEEP = option('keep-reports', '');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
// As in the browser journeys (test/e2e/support/browser.ts): no sandbox, no GPU, nothing that phones home.
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const DEMO_PASSWORD = 'demo-password';
const DEMO = {
  person: 'person@demo.supportmarket.uk',
  provider: 'provider@demo.supportmarket.uk',
  commissioner: 'commissioner@demo.supportmarket.uk',
};

const say = (m) => process.stderr.write(`[lighthouse] ${m}\n`);
const cleanups = [];
async function cleanUp() {
  for (const c of cleanups.reverse()) await c();
}
process.on('SIGINT', () => cleanUp().then(() => process.exit(130)));

/** `npm start`, until it prints where the web app and the API are. */
async function startApp() {
  say('starting `npm start` (builds what is stale, seeds the demo data once)...');
  const child = spawn('npm', ['start'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  cleanups.push(
    () =>
      new Promise((resolve) => {
        if (child.exitCode != null) return resolve();
        child.once('exit', resolve);
        process.kill(-child.pid, 'SIGINT');
        setTimeout(() => child.exitCode == null && process.kill(-child.pid, 'SIGKILL'), 15_000).unref();
      }),
  );
  const tail = [];
  return new Promise((resolve, reject) => {
    let web;
    let api;
    const read = (line) => {
      tail.push(line);
      if (tail.length > 20) tail.shift();
      if (/^\[start\] /.test(line)) say(`  ${line}`);
      web ??= /web app\s+(http\S+)/.exec(line)?.[1];
      api ??= /GraphQL API\s+(http\S+)/.exec(line)?.[1];
      if (web && api) resolve({ web, api });
    };
    createInterface({ input: child.stdout }).on('line', read);
    createInterface({ input: child.stderr }).on('line', read);
    child.once('exit', (code) => reject(new Error(`npm start stopped (exit ${code}) before the app was up:\n${tail.join('\n')}`)));
  });
}

/** A session cookie for a demo account, signed in through the API (the web app keeps the same token in sm_session). */
async function sessionCookie(api, email) {
  const res = await fetch(api, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: SignInInput!) { signIn(input: $input) { token } }', variables: { input: { email, password: DEMO_PASSWORD } } }),
  });
  const body = await res.json();
  const token = body.data?.signIn?.token;
  if (!token) throw new Error(`could not sign in as ${email}: ${JSON.stringify(body.errors ?? body)}`);
  return `sm_session=${token}`;
}

async function html(web, path, cookie) {
  const res = await fetch(new URL(path, web), { headers: cookie ? { cookie } : {}, redirect: 'manual' });
  return res.text();
}
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const firstMatch = (text, re) => re.exec(text)?.[1] ?? null;

/** Every page, with real ids found the way a person would find them (a search, an offering's links). */
async function pages(web, api) {
  const cookies = {};
  for (const [who, email] of Object.entries(DEMO)) cookies[who] = await sessionCookie(api, email);
  const search = await html(web, '/?near=M14');
  const offeringIds = [...new Set([...search.matchAll(new RegExp(`/offerings/(${UUID})`, 'g'))].map((m) => m[1]))];
  if (offeringIds.length < 3) throw new Error('the search near M14 found fewer than 3 offerings: is the demo data seeded?');
  const offering = offeringIds[0];
  const offeringPage = await html(web, `/offerings/${offering}`, cookies.person);
  const provider = firstMatch(offeringPage, new RegExp(`/providers/(${UUID})`));
  const book = firstMatch(offeringPage, new RegExp(`href="(/offerings/${offering}/book[^"]*)"`))?.replace(/&amp;/g, '&') ?? `/offerings/${offering}/book`;
  const portal = await html(web, '/provider', cookies.provider);
  const own = firstMatch(portal, new RegExp(`/provider/offerings/(${UUID})`));
  const inbox = await html(web, '/messages', cookies.person);
  const conversation = firstMatch(inbox, new RegExp(`/messages/(${UUID})`));
  const ids = offeringIds.slice(0, 3).join(',');
  const list = [
    { name: 'home', path: '/' },
    { name: 'search near a district', path: '/?q=peer+support&near=M14' },
    { name: 'offering', path: `/offerings/${offering}`, shown: '/offerings/:id' },
    { name: 'booking', path: book, shown: '/offerings/:id/book', as: 'person' },
    provider && { name: 'provider', path: `/providers/${provider}`, shown: '/providers/:id' },
    { name: 'district', path: '/districts/M14' },
    { name: 'compare', path: `/compare?ids=${ids}&near=M14`, shown: '/compare?ids=(3)&near=M14' },
    { name: 'shortlist', path: `/shortlist?ids=${ids}`, shown: '/shortlist?ids=(3)' },
    { name: 'calculator', path: '/calculator' },
    { name: 'plan', path: '/plan', as: 'person' },
    { name: 'messages', path: '/messages', as: 'person' },
    conversation && { name: 'conversation', path: `/messages/${conversation}`, shown: '/messages/:id', as: 'person' },
    { name: 'notifications', path: '/notifications', as: 'person' },
    { name: 'provider portal', path: '/provider', as: 'provider' },
    own && { name: 'provider offering', path: `/provider/offerings/${own}`, shown: '/provider/offerings/:id', as: 'provider' },
    { name: 'provider new offering', path: '/provider/offerings/new', as: 'provider' },
    { name: 'provider bookings', path: '/provider/bookings', as: 'provider' },
    { name: 'commissioner', path: '/commissioner', as: 'commissioner' },
    { name: 'statement', path: '/commissioner/statement', as: 'commissioner' },
    { name: 'sign-in', path: '/sign-in' },
    { name: 'sign-up', path: '/sign-up' },
  ].filter(Boolean);
  return { list: list.filter((p) => !ONLY.length || ONLY.some((o) => p.name.includes(o) || p.path.includes(o))), cookies };
}

/** Chromium with a DevTools port, its own profile folder, stopped on exit. */
async function launchChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'sm-lighthouse-'));
  const child = spawn(CHROMIUM, [...FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  cleanups.push(async () => {
    child.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 200));
    rmSync(profile, { recursive: true, force: true });
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stderr }).on('line', (line) => {
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(line)?.[1];
      if (port) resolve(Number(port));
    });
    child.once('error', (e) => reject(new Error(`cannot start Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or apt-get install -y chromium): ${e.message}`)));
    child.once('exit', (code) => reject(new Error(`Chromium stopped (exit ${code}) before it opened its DevTools port`)));
  });
}

function writeDocs(results, runs, load, partial) {
  const out = join(root, 'docs/lighthouse.md');
  writeFileSync(
    out,
    [
      '# Lighthouse figures',
      '',
      `Generated by \`npm run lighthouse\` (scripts/lighthouse.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${partial ? ` (stopped part-way: ${partial})` : ''}: Lighthouse 13.5.0, mobile, default simulated throttling, Chromium headless, \`npm start\` with the demo data. Median of ${runs} run(s) per page (the range of performance scores in brackets); JS is the JavaScript transferred (compressed). Scores depend on the machine: ${load}. See [web.md](web.md#speed) for what cost the time.`,
      '',
      markdownTable(results),
      '',
    ].join('\n'),
  );
  if (!partial) say(`wrote ${out}`);
}

async function main() {
  let web = option('url');
  let api = option('api');
  if (!web) ({ web, api } = await startApp());
  api ??= process.env.API_URL || 'http://localhost:4000/graphql';
  say(`web app ${web}, API ${api}`);
  const { list, cookies } = await pages(web, api);
  const port = await launchChromium();
  const loadBefore = loadavg();
  const started = Date.now();
  const results = [];
  // Lighthouse's own measure of the host's CPU at every run (hostCpu in lighthouse-report.mjs).
  const benchmarks = [];
  // The machine's state for the docs' header and the summary line: the load at the given moments, the cores, the index.
  const averages = (l) => l.map((x) => x.toFixed(2)).join(', ');
  const machine = (loads) => {
    const h = hostCpu(benchmarks);
    return `load average ${loads}, ${cpus().length} cores${h ? `, ${h}` : ''}`;
  };
  let done = 0;
  for (const page of list) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const t = Date.now();
      const flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], extraHeaders: page.as ? { Cookie: cookies[page.as] } : undefined };
      const result = await lighthouse(new URL(page.path, web).href, flags);
      const s = summarise(result.lhr);
      runs.push(s);
      const benchmark = result.lhr.environment?.benchmarkIndex;
      if (typeof benchmark === 'number') benchmarks.push(benchmark);
      if (KEEP) {
        mkdirSync(KEEP, { recursive: true });
        writeFileSync(join(KEEP, `${page.name.replace(/\W+/g, '-')}-${i + 1}.json`), JSON.stringify(result.lhr));
      }
      done++;
      say(`${String(done).padStart(3)}/${list.length * RUNS}  ${page.name.padEnd(24)} run ${i + 1}: performance ${s.performance}, accessibility ${s.accessibility}, TBT ${Math.round(s.tbt ?? 0)} ms, LCP ${((s.lcp ?? 0) / 1000).toFixed(1)} s${typeof benchmark === 'number' ? `, host CPU index ${Math.round(benchmark)}` : ''}${s.redirectedTo ? `, sent to ${s.redirectedTo}!` : ''} (${((Date.now() - t) / 1000).toFixed(0)} s)`);
    }
    results.push({ page, row: combine(runs) });
    // Written after every page, so a long run stopped part-way still leaves its figures.
    if (WRITE && results.length < list.length) writeDocs(results, RUNS, machine(`${averages(loadavg())} so far`), `${results.length} of ${list.length} pages so far`);
  }
  const load = machine(`${averages(loadBefore)} at the start, ${averages(loadavg())} at the end`);
  console.log(`\n${textTable(results)}\n\nMedian of ${RUNS} run(s) per page; ${load}; ${((Date.now() - started) / 60000).toFixed(1)} minutes.`);
  const failing = results.filter(({ row }) => !meetsTarget(row));
  if (failing.length) console.log(`Below performance 95 / accessibility 100: ${failing.map(({ page }) => page.name).join(', ')}`);

  if (WRITE) writeDocs(results, RUNS, load, null);
  return failing.length ? 1 : 0;
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (e) => {
    console.error(`[lighthouse] ${e instanceof Error ? e.message : e}`);
    await cleanUp();
    process.exit(2);
  });
