import 'reflect-metadata';
import { Client } from 'pg';
import { arg } from './bench-support';
import { cpuMeter, postmasterPid, type BenchRequest } from './load';
import { apiServerEnv, freePort, serverDatabaseUrl, startServer, type RunningServer } from './servers';
import { DISTRICTS_SQL, searchStream } from './workloads';

// `npm run bench:same-search -- [--database=URL] [--searches=300] [--check=60]`: whether PostgreSQL does the same
// work for a search whichever server sends it. Starts Support Market's API and the plain-SQL server on a benchmark
// database (default support_market_bench_medium on the local server), checks that the same searches return the same
// offerings in the same order from both, then sends the same searches to each, one at a time (no concurrency, so
// neither server's speed changes what the other's database work costs), alternating servers batch by batch, and
// prints each server's CPU and PostgreSQL's CPU per search (from /proc: the database must be on this machine).
// BENCHMARKS.md (issue 20) uses it to tell extra SQL work from the cost of sharing two cores under load.

/** Sends one request of a search stream to its server; the answer's offering ids, in order. */
async function ids(server: RunningServer, request: BenchRequest): Promise<string> {
  const res = await fetch(`${server.base}${request.path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
  const body = (await res.json()) as { errors?: { message: string }[]; data?: { offerings: { edges: { node: { id: string } }[] } } };
  if (body.errors?.length || !body.data) throw new Error(`${server.name}: ${body.errors?.[0]?.message ?? `HTTP ${res.status}`}`);
  return body.data.offerings.edges.map((e) => e.node.id).join(',');
}

async function main(): Promise<number> {
  const url = arg('database', 'postgres://postgres@127.0.0.1:5432/support_market_bench_medium');
  const searches = Number(arg('searches', '300'));
  const check = Number(arg('check', '60'));
  if (!(searches > 0) || !(check >= 0)) throw new Error('--searches and --check must be numbers (searches above 0)');
  const db = serverDatabaseUrl(url, true);
  const postmaster = db.local ? await postmasterPid(url) : null;
  if (postmaster === null) throw new Error('PostgreSQL must run on this machine: its CPU is read from /proc');
  const client = new Client({ connectionString: url });
  await client.connect();
  const districts: string[] = (await client.query(DISTRICTS_SQL)).rows.map((r: { outcode: string }) => r.outcode);
  await client.end();
  if (districts.length === 0) throw new Error(`${url} holds no offerings: seed it first (npm run bench -- --seed-only)`);

  const log = (m: string) => process.stderr.write(`[same-search] ${m}\n`);
  const servers: RunningServer[] = [];
  try {
    servers.push(await startServer({ name: 'plain SQL', script: 'plain', port: await freePort(), databaseUrl: db.url, log }));
    servers.push(await startServer({ name: 'Support Market', script: 'main', port: await freePort(), databaseUrl: db.url, env: apiServerEnv(), log }));
    // The same requests, in the same order, for each server: the i-th of a stream from 0 (each server's own kind).
    const now = new Date();
    const stream = (s: RunningServer, first: number) => searchStream(s.path === '/graphql' ? 'graphql' : 'plain', districts, first, 0, now);
    const [plainNext, oursNext] = servers.map((s) => stream(s, 20));
    let same = 0;
    for (let i = 0; i < check; i++) {
      const [a, b] = await Promise.all([ids(servers[0], plainNext()), ids(servers[1], oursNext())]);
      if (a === b) same++;
      else log(`search ${i} differs`);
    }
    log(`${same} of ${check} searches returned the same offerings in the same order from both servers`);

    const rows: string[] = [];
    for (const first of [20, 100]) {
      for (const round of [1, 2]) {
        for (const s of servers) {
          // Warm: the batch's first searches once, unmeasured, through this server.
          const warm = stream(s, first);
          for (let i = 0; i < Math.min(50, searches); i++) await ids(s, warm());
          const next = stream(s, first);
          const meter = cpuMeter(s.child.pid, postmaster);
          for (let i = 0; i < searches; i++) await ids(s, next());
          const cpu = meter.stop();
          const own = cpu.server === null ? NaN : (cpu.server * 1000) / searches;
          const pg = cpu.db === null ? NaN : (cpu.db * 1000) / searches;
          rows.push(`| ${first} | ${round} | ${s.name} | ${own.toFixed(2)} ms | ${pg.toFixed(2)} ms |`);
          log(`${first} results, round ${round}, ${s.name}: server ${own.toFixed(2)} ms, PostgreSQL ${pg.toFixed(2)} ms a search`);
        }
      }
    }
    console.log(`\n${searches} searches a batch, one at a time, ${new Date().toISOString()} (${url.replace(/\/\/[^@]*@/, '//')})`);
    console.log(`${same} of ${check} searches returned the same offerings in the same order from both servers\n`);
    console.log('| results | round | server | server CPU per search | PostgreSQL CPU per search |');
    console.log('|--:|--:|---|--:|--:|');
    for (const r of rows) console.log(r);
    return same === check ? 0 : 1;
  } finally {
    for (const s of servers) await s.stop().catch(() => {});
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
