#!/usr/bin/env node
// `npm run bench:cluster`: the figures of docs/scaling.md. Starts the cluster of scripts/cluster.cjs with one, two
// and three API processes, each with and without the replica, and drives anonymous searches at each for a fixed
// time; then a booking soak with the replica on, sampling the replica's lag. Prints throughput, and the CPU each
// request cost the API processes and PostgreSQL (read from /proc: CPU time is what a capacity model can scale, and
// it is far less disturbed than throughput by other work on a shared machine). Progress goes to stderr, the table
// and a JSON summary to stdout.
// Options: --seconds=N per run (default 15), --clients=N concurrent clients (default 16), --scale=N demo data
// (default 1), --dir=PATH (default /var/tmp/sm-cluster-bench: seeded once, reused), --only=1,2,3 API counts.
//
// The load generator runs in this process and spreads requests over the API processes itself (client-side round
// robin) rather than through the Node proxy, which would cost as much CPU as an API process on the same cores;
// HAProxy in front costs little (and is what production uses).
'use strict';
const http = require('node:http');
const { readFileSync, readdirSync } = require('node:fs');
const { execSync } = require('node:child_process');
const { join, resolve } = require('node:path');
const { randomUUID } = require('node:crypto');
const { Client } = require('pg');
const { startCluster } = require('./cluster.cjs');

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SECONDS = Number(args.seconds ?? 15);
const CLIENTS = Number(args.clients ?? 16);
const DIR = resolve(args.dir ?? '/var/tmp/sm-cluster-bench');
const ONLY = (args.only ?? '1,2,3').split(',').map(Number);
const SECRET = 'cluster-bench-auth-secret-0123456789abcdefghijkl';
const progress = (m) => process.stderr.write(`${m}\n`);

const SEARCH = `query($near: String!) { offerings(first: 20, filter: { nearOutcode: $near }, sort: RELEVANCE) {
  edges { node { id title summary pricePence priceUnit distanceKm rating { average count } category { name } provider { id name verified } nextAvailableSlot { id startsAt remaining } } } } }`;
const BOOK = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status } }`;

const CLK_TCK = Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK; // utime + stime
  } catch {
    return 0;
  }
}
/**
 * CPU used so far by a PostgreSQL server: the postmaster's own and that of the children it has reaped (cutime,
 * cstime: backends that have exited), plus its live children (backends, walsender, startup process...).
 */
function pgCpuMs(dir) {
  const root = Number(readFileSync(join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let total = 0;
  try {
    const f = readFileSync(`/proc/${root}/stat`, 'utf8');
    const v = f.slice(f.lastIndexOf(')') + 2).split(' ');
    total += ((Number(v[11]) + Number(v[12]) + Number(v[13]) + Number(v[14])) * 1000) / CLK_TCK;
  } catch {
    return 0;
  }
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === root) total += cpuMs(Number(e));
    } catch {
      /* gone */
    }
  }
  return total;
}
const sum = (pids) => pids.reduce((t, p) => t + cpuMs(p), 0);

async function sql(url, text, params = []) {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

function post(agent, port, body, token) {
  return new Promise((ok) => {
    const data = Buffer.from(JSON.stringify(body));
    const req = http.request(
      { host: '127.0.0.1', port, path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': data.length, ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          try {
            ok({ status: res.statusCode, body: JSON.parse(Buffer.concat(chunks).toString()) });
          } catch {
            ok({ status: res.statusCode, body: null });
          }
        });
      },
    );
    req.on('error', () => ok({ status: 0, body: null }));
    req.end(data);
  });
}

/** `clients` loops sending `make()` round robin over the APIs for `seconds`; counts answers without errors. */
async function drive(ports, seconds, clients, make) {
  const agents = ports.map(() => new http.Agent({ keepAlive: true, maxSockets: clients }));
  let next = 0;
  let ok = 0;
  let failed = 0;
  const servedBy = {};
  const until = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        const i = next++ % ports.length;
        const { body, token } = make();
        const r = await post(agents[i], ports[i], body, token);
        const by = r.body?.extensions?.servedBy ?? 'unknown';
        servedBy[by] = (servedBy[by] ?? 0) + 1;
        if (r.status === 200 && r.body && !r.body.errors) ok++;
        else failed++;
      }
    }),
  );
  for (const a of agents) a.destroy();
  return { ok, failed, servedBy };
}

async function searchRun(apis, replica) {
  progress(`\n== ${apis} API process${apis > 1 ? 'es' : ''}, ${replica ? 'with' : 'without'} the replica: starting the cluster ...`);
  const env = { EXPOSE_SQL_COUNT: '1', LOG_REQUESTS: '0', AUTH_SECRET: SECRET, CLUSTER_QUIET: '1' };
  Object.assign(process.env, env);
  const cluster = await startCluster({ apis, workers: 0, replica, seed: true, scale: args.scale ?? '1', dir: DIR, port: 0, nodeProxy: true }, () => {});
  try {
    const { info } = cluster;
    const districts = (await sql(info.primary.url, `SELECT DISTINCT base_outcode FROM offering WHERE status = 'PUBLISHED' ORDER BY 1 LIMIT 200`)).map((r) => r.base_outcode);
    let d = 0;
    const make = () => ({ body: { query: SEARCH, variables: { near: districts[d++ % districts.length] } } });
    const ports = info.apis.map((a) => a.port);
    progress(`   warming up (3 s) ...`);
    await drive(ports, 3, CLIENTS, make);
    const apiPids = cluster.apis.map((a) => a.proc.pid);
    const before = { api: sum(apiPids), primary: pgCpuMs(info.primary.dir), replica: replica ? pgCpuMs(info.replica.dir) : 0, at: Date.now() };
    progress(`   measuring (${SECONDS} s, ${CLIENTS} clients) ...`);
    const r = await drive(ports, SECONDS, CLIENTS, make);
    const secs = (Date.now() - before.at) / 1000;
    const per = (ms) => Math.round((ms / Math.max(1, r.ok)) * 100) / 100;
    const row = {
      apis,
      replica,
      searchesPerSecond: Math.round(r.ok / secs),
      failed: r.failed,
      servedBy: r.servedBy,
      apiCpuMsPerSearch: per(sum(apiPids) - before.api),
      primaryCpuMsPerSearch: per(pgCpuMs(info.primary.dir) - before.primary),
      replicaCpuMsPerSearch: replica ? per(pgCpuMs(info.replica.dir) - before.replica) : 0,
      load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    };
    progress(`   ${row.searchesPerSecond} searches/s; CPU per search: API ${row.apiCpuMsPerSearch} ms, primary ${row.primaryCpuMsPerSearch} ms, replica ${row.replicaCpuMsPerSearch} ms; load ${row.load}`);
    return row;
  } finally {
    await cluster.stop();
  }
}

async function bookingSoak() {
  progress(`\n== booking soak with the replica (${SECONDS} s, ${CLIENTS} clients), sampling the replica's lag ...`);
  const cluster = await startCluster({ apis: 3, workers: 0, replica: true, seed: true, scale: args.scale ?? '1', dir: DIR, port: 0, nodeProxy: true }, () => {});
  try {
    const { info } = cluster;
    const url = info.primary.url;
    const tag = randomUUID().slice(0, 8);
    const people = await sql(
      url,
      `WITH u AS (INSERT INTO app_user (email, name, role, password_hash) SELECT 'bench-' || $1 || '-' || i || '@bench.invalid', 'Bench ' || i, 'PERSON', 'x' FROM generate_series(1, 200) i RETURNING id),
       p AS (INSERT INTO support_plan (person_id, outcode, local_authority_code) SELECT id, 'M14', 'E08000003' FROM u RETURNING id, person_id),
       b AS (INSERT INTO budget (plan_id, funding_source, period_start_date, period_end_date) SELECT id, 'DIRECT_PAYMENT', current_date - 1, current_date + 365 FROM p RETURNING id, plan_id),
       l AS (INSERT INTO budget_ledger (budget_id, kind, amount_pence, note) SELECT id, 'ALLOCATION', 1000000, 'bench' FROM b)
       SELECT p.person_id, p.id AS plan_id, b.id AS budget_id FROM p JOIN b ON b.plan_id = p.id`,
      [tag],
    );
    const [owner] = await sql(url, `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Owner', 'PROVIDER', 'x') RETURNING id`, [`bench-owner-${tag}@bench.invalid`]);
    const [provider] = await sql(url, `INSERT INTO provider (owner_id, name, kind, description, base_outcode, peer_led, verified) VALUES ($1, 'Bench', 'CHARITY', '', 'M14', false, true) RETURNING id`, [owner.id]);
    const [offering] = await sql(
      url,
      `INSERT INTO offering (provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages, price_pence, price_unit, session_minutes, base_outcode, latitude, longitude, service_radius_km, status, published_at)
       SELECT $1, c.id, 'Bench group', 'A group.', '', c.life_areas, ARRAY['IN_PERSON']::delivery_mode[], ARRAY['en'], 100, 'SESSION', 60, 'M14', 53.45, -2.22, 10, 'PUBLISHED', now() FROM category c WHERE c.slug = 'peer-support' RETURNING id`,
      [provider.id],
    );
    const slots = (await sql(url, `INSERT INTO slot (offering_id, starts_at, ends_at, capacity, booked) SELECT $1, date_trunc('hour', now()) + (i || ' hours')::interval + interval '2 days', date_trunc('hour', now()) + (i || ' hours')::interval + interval '2 days 1 hour', 50, 0 FROM generate_series(1, 2000) i RETURNING id`, [offering.id])).map((r) => r.id);
    const { issueToken } = require(join(__dirname, '..', 'server', 'dist', 'modules', 'account', 'token.js'));
    const tokens = people.map((p) => issueToken(SECRET, { id: p.person_id, role: 'PERSON', localAuthorityCode: null }, 3600));
    const lags = [];
    const bytes = [];
    let sampling = true;
    const sampler = (async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      while (sampling) {
        const [r] = (await c.query(`SELECT extract(epoch FROM replay_lag)::float8 * 1000 AS ms, pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint AS bytes FROM pg_stat_replication LIMIT 1`)).rows;
        if (r) {
          lags.push(Number(r.ms ?? 0));
          bytes.push(Number(r.bytes ?? 0));
        }
        await new Promise((res) => setTimeout(res, 200));
      }
      await c.end();
    })();
    let n = 0;
    const make = () => {
      const i = n++;
      const p = people[i % people.length];
      return { body: { query: BOOK, variables: { input: { slotId: slots[Math.floor(Math.random() * slots.length)], planId: p.plan_id, budgetId: p.budget_id, idempotencyKey: `bench-${randomUUID()}` } } }, token: tokens[i % people.length] };
    };
    const apiPids = cluster.apis.map((a) => a.proc.pid);
    const cpu0 = { api: sum(apiPids), primary: pgCpuMs(info.primary.dir), replica: pgCpuMs(info.replica.dir) };
    const t0 = Date.now();
    const r = await drive(info.apis.map((a) => a.port), SECONDS, CLIENTS, make);
    const cpu = { api: sum(apiPids) - cpu0.api, primary: pgCpuMs(info.primary.dir) - cpu0.primary, replica: pgCpuMs(info.replica.dir) - cpu0.replica };
    sampling = false;
    await sampler;
    const sorted = [...lags].sort((a, b) => a - b);
    const pct = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
    const row = {
      bookingsPerSecond: Math.round(r.ok / ((Date.now() - t0) / 1000)),
      refusedOrFailed: r.failed,
      apiCpuMsPerRequest: Math.round((cpu.api / Math.max(1, r.ok + r.failed)) * 100) / 100,
      primaryCpuMsPerRequest: Math.round((cpu.primary / Math.max(1, r.ok + r.failed)) * 100) / 100,
      replicaCpuMsPerRequest: Math.round((cpu.replica / Math.max(1, r.ok + r.failed)) * 100) / 100,
      replayLagMs: { p50: pct(0.5), p95: pct(0.95), max: Math.round(sorted.at(-1) ?? 0) },
      maxBytesBehind: Math.max(0, ...bytes),
      samples: lags.length,
      load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    };
    progress(`   CPU per booking request: API ${row.apiCpuMsPerRequest} ms, primary ${row.primaryCpuMsPerRequest} ms, replica (replay) ${row.replicaCpuMsPerRequest} ms`);
    progress(`   ${row.bookingsPerSecond} bookings/s; replay lag p50 ${row.replayLagMs.p50} ms, p95 ${row.replayLagMs.p95} ms, max ${row.replayLagMs.max} ms; at most ${row.maxBytesBehind} bytes behind`);
    await sql(url, `SELECT cancel_booking(id, person_id, 'bench') FROM booking WHERE idempotency_key LIKE 'bench-%' AND status = 'REQUESTED'`).catch(() => undefined);
    return row;
  } finally {
    await cluster.stop();
  }
}

async function main() {
  progress(`cluster bench on ${require('node:os').cpus().length} cores; load before: ${readFileSync('/proc/loadavg', 'utf8').trim()}`);
  const rows = [];
  for (const replica of [false, true]) for (const apis of ONLY) rows.push(await searchRun(apis, replica));
  const soak = await bookingSoak();
  console.log('\n| API processes | replica | searches/s | API CPU ms/search | primary CPU ms/search | replica CPU ms/search | served by | load (1, 5, 15 min) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.apis} | ${r.replica ? 'yes' : 'no'} | ${r.searchesPerSecond} | ${r.apiCpuMsPerSearch} | ${r.primaryCpuMsPerSearch} | ${r.replicaCpuMsPerSearch} | ${Object.entries(r.servedBy).map(([k, v]) => `${k} ${v}`).join(', ')} | ${r.load} |`);
  }
  console.log(`\nBooking soak (3 API processes, replica on): ${soak.bookingsPerSecond} bookings/s (${soak.refusedOrFailed} refused or failed); CPU per request: API ${soak.apiCpuMsPerRequest} ms, primary ${soak.primaryCpuMsPerRequest} ms, replica replay ${soak.replicaCpuMsPerRequest} ms; replay lag p50 ${soak.replayLagMs.p50} ms, p95 ${soak.replayLagMs.p95} ms, max ${soak.replayLagMs.max} ms (${soak.samples} samples); at most ${soak.maxBytesBehind} bytes of WAL behind; load ${soak.load}`);
  console.log(`\n${JSON.stringify({ searches: rows, soak })}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
