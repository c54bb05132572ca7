import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { postgresCpuSeconds, processCpuSeconds } from './load';
import { freePort, serverDatabaseUrl, startServer, type RunningServer } from './servers';
import { SEARCH_QUERY, searchVariables } from './workloads';

// `npm run bench:same-search -- [--database=URL] [--searches=300] [--check=60]`: whether PostgreSQL does the same
// work for a search whichever server sends it. Starts Support Market's API and the plain-SQL server on a benchmark
// database (default support_market_bench_medium on the local server), checks that the same searches return the same
// offerings in the same order from both, then sends the same searches to each, one at a time (no concurrency, so
// neither server's speed changes what the other's database work costs), alternating servers batch by batch, and
// prints each server's CPU and PostgreSQL's CPU per search (from /proc: the database must be on this machine).
// BENCHMARKS.md (issue 20) uses it to tell extra SQL work from the cost of sharing two cores under load.

function flag(name: string, fallback: string): string {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
}

async function ids(server: RunningServer, variables: unknown): Promise<string> {
  const graphql = server.path === '/graphql';
  const res = await fetch(`${server.base}${server.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(graphql ? { query: SEARCH_QUERY, variables } : { variables }),
  });
  const body = (await res.json()) as { errors?: { message: string }[]; data?: { offerings: { edges: { node: { id: string } }[] } } };
  if (body.errors?.length || !body.data) throw new Error(`${server.name}: ${body.errors?.[0]?.message ?? `HTTP ${res.status}`}`);
  return body.data.offerings.edges.map((e) => e.node.id).join(',');
}

async function main(): Promise<number> {
  const url = flag('database', 'postgres://postgres@127.0.0.1:5432/support_market_bench_medium');
  const searches = Number(flag('searches', '300'));
  const check = Number(flag('check', '60'));
  if (!(searches > 0) || !(check >= 0)) throw new Error('--searches and --check must be numbers (searches above 0)');
  const db = serverDatabaseUrl(url, true);
  if (!db.local || postgresCpuSeconds() === null) throw new Error('PostgreSQL must run on this machine: its CPU is read from /proc');
  const client = new Client({ connectionString: url });
  await client.connect();
  const districts: string[] = (
    await client.query(`SELECT outcode FROM postcode_district d WHERE EXISTS (SELECT 1 FROM offering o WHERE o.base_outcode = d.outcode) ORDER BY md5(outcode) LIMIT 200`)
  ).rows.map((r: { outcode: string }) => r.outcode);
  await client.end();
  if (districts.length === 0) throw new Error(`${url} holds no offerings: seed it first (npm run bench -- --seed-only)`);

  const log = (m: string) => process.stderr.write(`[same-search] ${m}\n`);
  const env = {
    NODE_ENV: 'production',
    AUTH_SECRET: randomBytes(36).toString('base64url'),
    CLIENT_ADDRESS_SECRET: randomBytes(36).toString('base64url'),
    LOG_REQUESTS: 'true',
    ADMIN_EMAIL: '',
    ADMIN_PASSWORD: '',
  };
  const servers: RunningServer[] = [];
  try {
    servers.push(await startServer({ name: 'plain SQL', script: 'plain', port: await freePort(), databaseUrl: db.url, log }));
    servers.push(await startServer({ name: 'Support Market', script: 'main', port: await freePort(), databaseUrl: db.url, env, log }));
    const now = new Date();
    let same = 0;
    for (let i = 0; i < check; i++) {
      const v = searchVariables(i, districts, 20, now);
      const [a, b] = await Promise.all(servers.map((s) => ids(s, v)));
      if (a === b) same++;
      else log(`search ${i} differs: ${JSON.stringify(v)}`);
    }
    log(`${same} of ${check} searches returned the same offerings in the same order from both servers`);

    const rows: string[] = [];
    for (const first of [20, 100]) {
      for (const round of [1, 2]) {
        for (const s of servers) {
          // Warm: the batch's searches once, unmeasured, through this server.
          for (let i = 0; i < Math.min(50, searches); i++) await ids(s, searchVariables(i, districts, first, now));
          const pg0 = postgresCpuSeconds()!;
          const cpu0 = processCpuSeconds(s.child.pid);
          for (let i = 0; i < searches; i++) await ids(s, searchVariables(i, districts, first, now));
          const pg = ((postgresCpuSeconds()! - pg0) * 1000) / searches;
          const cpu0End = processCpuSeconds(s.child.pid);
          const own = cpu0 !== null && cpu0End !== null ? ((cpu0End - cpu0) * 1000) / searches : NaN;
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
