import { randomBytes } from 'node:crypto';
import 'reflect-metadata';
import http from 'node:http';
import { openDatabase } from '../app-runtime';
import { createLogger } from '../common/logger';
import { loadConfig } from '../config';
import { countProviders, seedDemoMarket } from '../db/seed/seed-market';
import { arg, fmt, progress, summarise } from './bench-support';
import { startServer } from './servers';

// `npm run bench:oruk`: the time of a 100-service page of the Open Referral feed (GET /oruk/services?per_page=100)
// on the current database (DATABASE_URL, or the embedded demo database; seeds the demo market when it is empty).
// Rotates over the feed's pages (first, middle and last included), warms up, then prints the median and p95 of
// --runs requests (default 50), each timed until its whole body has arrived, and the SQL statements per page.
// The API runs as `npm run server` runs it (production mode), in a process of its own, so the load driver's reading
// and parsing of 700 KiB pages does not share its event loop. Target (issue 17): median under 100 ms on the demo market.
// node:http rather than fetch: undici's body handling cost more than the server's whole answer for 700 KiB pages
// (measured: fetch median 120 ms where curl saw 35 ms for the same pages).
function timed(url: string): Promise<{ ms: number; bytes: number; statements: string | null; body: any }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          const text = Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 200) return reject(new Error(`${url}: HTTP ${res.statusCode} ${text.slice(0, 200)}`));
          const statements = res.headers['x-sql-statements'];
          resolve({ ms, bytes: text.length, statements: typeof statements === 'string' ? statements : null, body: JSON.parse(text) });
        });
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

async function measure(label: string, urls: string[], runs: number) {
  for (let i = 0; i < Math.min(10, urls.length); i++) await timed(urls[i % urls.length]); // warm-up
  const times: number[] = [];
  const statements = new Set<string | null>();
  let bytes = 0;
  let items = 0;
  for (let i = 0; i < runs; i++) {
    const r = await timed(urls[i % urls.length]);
    times.push(r.ms);
    statements.add(r.statements);
    bytes += r.bytes;
    items += r.body.contents.length;
    progress(label, i + 1, runs);
  }
  const s = summarise(times);
  console.log(`${label}: median ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms, min ${fmt(s.min)} ms, max ${fmt(s.max)} ms over ${s.n} requests`);
  console.log(`  ${(items / runs).toFixed(0)} services and ${(bytes / runs / 1024).toFixed(0)} KiB a page; SQL statements a page: ${[...statements].join(', ')}`);
  return s;
}

async function main() {
  const runs = Number(arg('runs', '50'));
  const perPage = Number(arg('per-page', '100'));
  const scale = Number(arg('scale', '1'));
  const port = Number(arg('port', '4790'));
  const config = loadConfig();
  if (!config.databaseUrl) throw new Error('Set DATABASE_URL to the database to measure (seeded with `npm run seed`, or empty: it is seeded).');
  const { ds, embedded } = await openDatabase(config, createLogger(false));
  try {
    if ((await countProviders(ds)) === 0) {
      process.stderr.write(`The database is empty: seeding the demo market at scale ${scale}...\n`);
      await seedDemoMarket(ds, { scale, seed: 42, onProgress: (m: string) => process.stderr.write(`  ${m}\n`) });
    }
    await ds.query('ANALYZE'); // fresh rows: give the planner the statistics autovacuum would
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
  const server = await startServer({
    name: 'Support Market API',
    script: 'main',
    port,
    databaseUrl: config.databaseUrl,
    env: { NODE_ENV: 'production', EXPOSE_SQL_COUNT: 'true', LOG_REQUESTS: 'false', AUTH_SECRET: randomBytes(36).toString('base64url'), CLIENT_ADDRESS_SECRET: randomBytes(36).toString('base64url') },
    log: (m) => process.stderr.write(`${m}\n`),
  });
  try {
    const base = `${server.base}/oruk`;
    const first = await timed(`${base}/services?per_page=${perPage}`);
    const pages = first.body.total_pages as number;
    process.stderr.write(`Feed: ${first.body.total_items} published services, ${pages} pages of ${perPage}; ${runs} timed requests...\n`);
    // Every page in turn, spread so the first, a middle and the last page are all among them.
    const order = Array.from({ length: pages }, (_, i) => i + 1).sort((a, b) => ((a * 7919) % pages) - ((b * 7919) % pages));
    const s = await measure(`GET /oruk/services?per_page=${perPage}`, order.map((p) => `${base}/services?per_page=${perPage}&page=${p}`), runs);
    await measure(
      `GET /oruk/service_at_locations?per_page=${perPage}&postcode=M14&proximity=20000`,
      [1, 2, 3].map((p) => `${base}/service_at_locations?per_page=${perPage}&postcode=M14&proximity=20000&page=${p}`),
      runs,
    );
    console.log(`\nTarget: a ${perPage}-service page in under 100 ms (median): ${s.median < 100 ? 'met' : 'NOT met'} (${fmt(s.median)} ms).`);
  } finally {
    agent.destroy();
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
