import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDataSource } from '../db/data-source';
import { parseScale } from './bench-scale';
import { prepareBenchDatabase } from './bench-seed';
import { runBookingSoak } from './booking-load';
import { closedLoop, cpuMeter, HttpClient, openLoop, postmasterPid, Recorder, type BenchRequest, type RunStats } from './load';
import { judgeTargets, markdownReport, terminalReport, type BenchResults, type Machine, type SearchComparison } from './report';
import { summariseProfile } from './cpu-profile';
import { apiServerEnv, freePort, requestsServed, serverDatabaseUrl, startServer, type RunningServer } from './servers';
import { detailStream, loadPools, MARKET_QUERIES, marketStream, matchesStream, searchStream } from './workloads';

// `npm run bench -- [--scale=full|medium|small|N] [--quick] [...]`: the benchmark suite (see BENCHMARKS.md).
// Seeds or reuses support_market_bench_<scale>, starts the servers under test as child processes, drives each
// workload from this process, and prints a table, writing bench-results/<timestamp>.json and .md.
const USAGE = `Usage: npm run bench -- [options]
  --scale=NAME|N        full (default: 1,000,000 offerings, 20,000 providers, 100,000 people), medium, small,
                        or a number of offerings (the rest in proportion)
  --database=NAME       the benchmark database (default support_market_bench_<scale>), on the server of
                        --admin-url, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432
  --reseed              seed again even if the database already holds this scale
  --seed-only           seed (or check) the database and stop
  --quick               short runs (under a minute in all at the small scale, for the smoke test)
  --workloads=LIST      any of search,steady,detail,matches,market,booking (default all)
  --rounds=N            interleaved search rounds per page size (default 3; quick 1)
  --round-seconds=S     seconds per server per round (default 8; quick 1)
  --seconds=S           seconds for detail, matches and each commissioner view (default 15; quick 1)
  --booking-seconds=S   booking soak length (default 20; quick 2)
  --concurrency=N       clients for search and detail (default 8)
  --latency-concurrency=N  clients for matches and commissioner views (default 2: one request per core)
  --steady-rate=LIST    requests a second for the steady runs: numbers, or shares of the plain-SQL server's
                        throughput measured by this run's search workload at the same page size (default
                        50%,80%,95%; quick 50%)
  --steady-seconds=S    (default 30; quick 2)
  --steady-first=LIST   page sizes for the steady runs (default 20, the web app's page)
  --socket=auto|off     auto (default): when the database is on this machine (127.0.0.1 or localhost) and its Unix
                        socket is in /var/run/postgresql, the servers under test connect through it, as a same-host
                        deployment would; off: always TCP
  --profile             run each server under test with node --cpu-prof; at the end print where its CPU went and
                        its CPU per request (profiles in DIR/profile-<time>/; see server/src/bench/cpu-profile.ts)
  --out=DIR             where results go (default bench-results)`;

interface Flags {
  scale: string;
  database?: string;
  adminUrl?: string;
  reseed: boolean;
  seedOnly: boolean;
  quick: boolean;
  workloads: Set<string>;
  rounds: number;
  roundSeconds: number;
  seconds: number;
  bookingSeconds: number;
  concurrency: number;
  latencyConcurrency: number;
  steadyRates: { rate?: number; share?: number }[];
  steadySeconds: number;
  steadyFirst: number[];
  socket: boolean;
  profile: boolean;
  out: string;
}

const ALL = ['search', 'steady', 'detail', 'matches', 'market', 'booking'];

function readFlags(argv: string[]): Flags | null {
  const { values: v } = parseArgs({
    args: argv,
    strict: true,
    options: {
      scale: { type: 'string', default: 'full' },
      database: { type: 'string' },
      'admin-url': { type: 'string' },
      reseed: { type: 'boolean', default: false },
      'seed-only': { type: 'boolean', default: false },
      quick: { type: 'boolean', default: false },
      workloads: { type: 'string' },
      rounds: { type: 'string' },
      'round-seconds': { type: 'string' },
      seconds: { type: 'string' },
      'booking-seconds': { type: 'string' },
      concurrency: { type: 'string' },
      'latency-concurrency': { type: 'string' },
      'steady-rate': { type: 'string' },
      'steady-seconds': { type: 'string' },
      'steady-first': { type: 'string' },
      socket: { type: 'string', default: 'auto' },
      profile: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench-results' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (v.help) return null;
  const q = v.quick;
  const num = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => {
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number from ${min} to ${max} (got "${raw}")`);
    return n;
  };
  const workloads = new Set((v.workloads ?? ALL.join(',')).split(',').map((w) => w.trim()).filter(Boolean));
  for (const w of workloads) if (!ALL.includes(w)) throw new Error(`--workloads: unknown workload "${w}" (choose from ${ALL.join(', ')})`);
  const steadyFirst = (v['steady-first'] ?? '20').split(',').map((x) => num('steady-first', x, 20, 1, 100));
  return {
    scale: v.scale!,
    database: v.database,
    adminUrl: v['admin-url'],
    reseed: v.reseed!,
    seedOnly: v['seed-only']!,
    quick: q!,
    workloads,
    rounds: num('rounds', v.rounds, q ? 1 : 3, 1, 20),
    roundSeconds: num('round-seconds', v['round-seconds'], q ? 1 : 8, 0.2, 600),
    seconds: num('seconds', v.seconds, q ? 1 : 15, 0.2, 600),
    bookingSeconds: num('booking-seconds', v['booking-seconds'], q ? 2 : 20, 1, 600),
    concurrency: num('concurrency', v.concurrency, 8, 1, 256),
    latencyConcurrency: num('latency-concurrency', v['latency-concurrency'], 2, 1, 256),
    steadyRates: (v['steady-rate'] ?? (q ? '50%' : '50%,80%,95%'))
      .split(',')
      .map((x) => (x.trim().endsWith('%') ? { share: num('steady-rate', x.trim().slice(0, -1), 80, 1, 200) / 100 } : { rate: num('steady-rate', x, 200, 1, 10_000) })),
    steadySeconds: num('steady-seconds', v['steady-seconds'], q ? 2 : 30, 0.5, 600),
    steadyFirst,
    socket: socketFlag(v.socket!),
    profile: v.profile!,
    out: v.out!,
  };
}

function adminUrlOf(flags: Flags): string {
  const raw = flags.adminUrl ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const u = new URL(raw);
  u.pathname = '/postgres';
  return u.toString();
}

function socketFlag(raw: string): boolean {
  if (raw === 'auto') return true;
  if (raw === 'off') return false;
  throw new Error(`--socket: expected auto or off (got "${raw}")`);
}

const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

async function machine(ds: ReturnType<typeof createDataSource>): Promise<Machine> {
  const [{ version }] = await ds.query(`SELECT version()`);
  const settings: { name: string; setting: string; unit: string | null }[] = await ds.query(
    `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit', 'synchronous_commit', 'max_connections') ORDER BY name`,
  );
  const pretty = (s: { setting: string; unit: string | null }) => {
    if (s.unit === '8kB') return `${Math.round((Number(s.setting) * 8) / 1024)} MB`;
    if (s.unit === 'kB') return `${Math.round(Number(s.setting) / 1024)} MB`;
    return s.setting;
  };
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    postgres: String(version).split(' on ')[0],
    postgresSettings: Object.fromEntries(settings.map((s) => [s.name, pretty(s)])),
    loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

async function main(): Promise<number> {
  let flags: Flags | null;
  try {
    flags = readFlags(process.argv.slice(2));
  } catch (e) {
    console.error(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  if (!flags) {
    console.log(USAGE);
    return 0;
  }
  const startedAt = new Date();
  const scale = parseScale(flags.scale);
  const adminUrl = adminUrlOf(flags);
  const dbName = flags.database ?? `support_market_bench_${scale.name}`;
  log(`scale ${scale.name}: ${scale.offerings.toLocaleString('en-GB')} offerings, ${scale.providers.toLocaleString('en-GB')} providers, ${scale.people.toLocaleString('en-GB')} people; database ${dbName}`);
  const bench = await prepareBenchDatabase({ adminUrl, name: dbName, scale, reseed: flags.reseed, log: (m) => log(`[seed] ${m}`) });
  if (flags.seedOnly) {
    console.log(`${bench.name}: ${JSON.stringify(bench.meta.counts)} (seeded ${bench.meta.seededAt} in ${bench.meta.seedSeconds}s)`);
    return 0;
  }

  const ds = createDataSource(bench.url, { poolSize: 4, applicationName: 'support-market-bench', statementTimeoutMs: 0 });
  await ds.initialize();
  const authSecret = randomBytes(36).toString('base64url');
  const servers: RunningServer[] = [];
  const profileDir = join(resolve(flags.out), `profile-${startedAt.toISOString().replace(/[:.]/g, '-')}`);
  try {
    const info = await machine(ds);
    const pools = await loadPools(ds);
    log(`rotating over ${pools.districts.length} districts, ${pools.offeringIds.length} offerings, ${pools.plans.length} plans, ${pools.areas.length} local authorities`);

    const common = {
      ...apiServerEnv(authSecret),
      EXPOSE_SQL_COUNT: 'true',
      // Commissioner views are measured as computed, not from the one-minute cache.
      MARKET_CACHE_SECONDS: '0',
    };
    const serverDb = serverDatabaseUrl(bench.url, flags.socket);
    info.databaseConnection = serverDb.via;
    log(`servers under test reach PostgreSQL over ${serverDb.via}`);
    // PostgreSQL's CPU is counted for the server holding the benchmark's database only, when it runs on this machine.
    const postmaster = serverDb.local ? await postmasterPid(bench.url) : null;
    const wantsSearch = flags.workloads.has('search');
    const [oursPort, naivePort, plainPort] = [await freePort(), await freePort(), await freePort()];
    const profiling = (name: string) => (flags.profile ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`] } : {});
    const ours = await startServer({ name: 'Support Market', script: 'main', port: oursPort, databaseUrl: serverDb.url, env: common, log, ...profiling('support-market') });
    servers.push(ours);
    const naive = wantsSearch ? await startServer({ name: 'naive GraphQL', script: 'naive', port: naivePort, databaseUrl: serverDb.url, env: common, log, ...profiling('naive') }) : null;
    if (naive) servers.push(naive);
    const plain = wantsSearch ? await startServer({ name: 'plain SQL', script: 'plain', port: plainPort, databaseUrl: serverDb.url, log, ...profiling('plain-sql') }) : null;
    if (plain) servers.push(plain);

    const settings = { ...flags, workloads: [...flags.workloads] };
    const results: Omit<BenchResults, 'targets' | 'finishedAt'> = {
      startedAt: startedAt.toISOString(),
      scale: { name: scale.name, offerings: scale.offerings, providers: scale.providers, people: scale.people },
      database: { name: bench.name, reused: bench.reused, seedSeconds: bench.meta.seedSeconds, seededAt: bench.meta.seededAt, counts: bench.meta.counts },
      machine: info,
      settings,
      search: [],
      steady: [],
      detail: null,
      matches: null,
      market: {},
      booking: null,
    };

    // A fresh keep-alive client per run: idle sockets from an earlier run may have been closed by the server.
    // Each run adds the server's CPU, and PostgreSQL's when it is on this machine, to its recorder.
    const run = async (server: RunningServer, next: () => BenchRequest, clients: number, seconds: number, into = new Recorder()) => {
      const client = new HttpClient(server.base, clients);
      const meter = cpuMeter(server.child.pid, postmaster);
      try {
        return await closedLoop({ client, next, clients, seconds, into });
      } finally {
        client.close();
        into.addCpu(meter.stop());
      }
    };
    const fail = (what: string, s: RunStats) => {
      if (s.errors > 0) log(`  ${what}: ${s.errors} errors, e.g. ${s.errorSamples.join(' | ')}`);
    };

    if (wantsSearch && naive && plain) {
      const contenders = [
        { key: 'plain' as const, server: plain, kind: 'plain' as const },
        { key: 'ours' as const, server: ours, kind: 'graphql' as const },
        { key: 'naive' as const, server: naive, kind: 'graphql' as const },
      ];
      for (const first of [20, 100]) {
        log(`search, ${first} results: warming up, then ${flags.rounds} interleaved rounds of ${flags.roundSeconds}s per server at ${flags.concurrency} clients`);
        for (const c of contenders) await run(c.server, searchStream(c.kind, pools.districts, first, 1_000_000), flags.concurrency, Math.min(3, flags.roundSeconds));
        const recs = { plain: new Recorder(), ours: new Recorder(), naive: new Recorder() };
        const roundRatios: SearchComparison['roundRatios'] = [];
        for (let round = 0; round < flags.rounds; round++) {
          const order = [...contenders.slice(round % 3), ...contenders.slice(0, round % 3)];
          const perRound: Record<string, number> = {};
          // The round's requests once, unmeasured, through the plain server: otherwise whichever server goes first
          // reads the round's rows from disk and the others find them cached (a third of a round's throughput).
          await run(plain, searchStream('plain', pools.districts, first, round * 100_000), flags.concurrency, flags.roundSeconds);
          for (const c of order) {
            const rec = new Recorder();
            await run(c.server, searchStream(c.kind, pools.districts, first, round * 100_000), flags.concurrency, flags.roundSeconds, rec);
            perRound[c.key] = rec.samples.length / rec.seconds;
            recs[c.key].merge(rec);
          }
          roundRatios.push({ oursOverPlain: round2(perRound.ours / perRound.plain), oursOverNaive: round2(perRound.ours / perRound.naive) });
          log(`  round ${round + 1}: plain ${perRound.plain.toFixed(0)}/s, ours ${perRound.ours.toFixed(0)}/s, naive ${perRound.naive.toFixed(0)}/s`);
        }
        const s = { plain: recs.plain.stats(), ours: recs.ours.stats(), naive: recs.naive.stats() };
        for (const [k, v] of Object.entries(s)) fail(`search ${first} ${k}`, v);
        results.search.push({ first, servers: s, oursOverPlain: round2(s.ours.throughput / s.plain.throughput), oursOverNaive: round2(s.ours.throughput / s.naive.throughput), roundRatios });
      }
      // The naive server is not needed again: stop it so it holds no memory or connections.
      await naive.stop();
      await plain.stop();
    }

    if (flags.workloads.has('steady')) {
      for (const first of flags.steadyFirst) {
        // Shares are of the capacity measured in this run (the plain-SQL server's closed-loop throughput), so the
        // steps mean the same load on any machine.
        const capacity = results.search.find((x) => x.first === first)?.servers.plain.throughput;
        for (const step of flags.steadyRates) {
          if (step.share !== undefined && !capacity) throw new Error(`--steady-rate ${step.share * 100}%: a share needs the search workload at ${first} results in the same run`);
          const rate = step.rate ?? Math.max(1, Math.round(step.share! * capacity!));
          log(`steady: ${rate} searches a second (${first} results${step.share !== undefined ? `, ${Math.round(step.share * 100)}% of plain SQL's ${Math.round(capacity!)}/s` : ''}) for ${flags.steadySeconds}s, open loop`);
          const client = new HttpClient(ours.base, 256);
          await closedLoop({ client, next: searchStream('graphql', pools.districts, first, 2_000_000), clients: 2, seconds: Math.min(2, flags.steadySeconds) });
          const rec = await openLoop({ client, next: searchStream('graphql', pools.districts, first, 3_000_000 + rate * 1000), rate, seconds: flags.steadySeconds });
          client.close();
          const stats = rec.stats();
          fail('steady', stats);
          results.steady.push({ first, rate, share: step.share ?? null, capacity: step.share !== undefined ? capacity! : null, stats });
          log(`  p50 ${stats.p50} ms, p95 ${stats.p95} ms, p99 ${stats.p99} ms, ${stats.errors} errors`);
        }
      }
    }

    if (flags.workloads.has('detail')) {
      log(`offering detail: ${flags.seconds}s at ${flags.concurrency} clients`);
      await run(ours, detailStream(pools.offeringIds), flags.concurrency, Math.min(2, flags.seconds));
      results.detail = (await run(ours, detailStream([...pools.offeringIds].reverse()), flags.concurrency, flags.seconds)).stats();
      fail('detail', results.detail);
    }

    if (flags.workloads.has('matches')) {
      log(`matches: ${flags.seconds}s at ${flags.latencyConcurrency} clients over ${pools.plans.length} plans`);
      await run(ours, matchesStream([...pools.plans].reverse(), authSecret), flags.latencyConcurrency, Math.min(2, flags.seconds));
      results.matches = (await run(ours, matchesStream(pools.plans, authSecret), flags.latencyConcurrency, flags.seconds)).stats();
      fail('matches', results.matches);
    }

    if (flags.workloads.has('market')) {
      for (const view of Object.keys(MARKET_QUERIES)) {
        log(`commissioner view ${view}: ${flags.seconds}s at ${flags.latencyConcurrency} clients over ${pools.areas.length} local authorities (computed, not cached)`);
        await run(ours, marketStream(view, [...pools.areas].reverse(), [...pools.commissioners].reverse(), authSecret), flags.latencyConcurrency, Math.min(1, flags.seconds));
        results.market[view] = (await run(ours, marketStream(view, pools.areas, pools.commissioners, authSecret), flags.latencyConcurrency, flags.seconds)).stats();
        fail(view, results.market[view]);
      }
    }

    if (flags.workloads.has('booking')) {
      log(`booking: 16 clients for ${flags.bookingSeconds}s, then the invariant checks`);
      results.booking = await runBookingSoak({
        url: `${ours.base}/graphql`,
        ds,
        authSecret,
        seconds: flags.bookingSeconds,
        clients: 16,
        people: 400,
        slots: 64,
        budgetPence: 6000,
        keep: false,
        serverPid: ours.child.pid,
        postmaster,
        log: (m) => log(`  ${m}`),
      });
    }

    const finished: BenchResults = { ...results, finishedAt: new Date().toISOString(), targets: judgeTargets(results) };
    const outDir = resolve(flags.out);
    mkdirSync(outDir, { recursive: true });
    const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
    const jsonPath = join(outDir, `${stamp}.json`);
    writeFileSync(jsonPath, `${JSON.stringify(finished, null, 2)}\n`);
    writeFileSync(join(outDir, `${stamp}.md`), `${markdownReport(finished)}\n`);
    console.log(`\n${terminalReport(finished)}\n`);
    console.log(`results: ${jsonPath} (and .md); free memory now ${Math.round(freemem() / 2 ** 20)} MiB`);
    return finished.booking && !finished.booking.ok ? 1 : 0;
  } finally {
    for (const s of servers) await s.stop().catch(() => {});
    await ds.destroy();
    if (flags.profile) {
      for (const s of servers) {
        const dir = join(profileDir, s === servers[0] ? 'support-market' : s.path === '/search' ? 'plain-sql' : 'naive');
        const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.cpuprofile')) : undefined;
        if (!file) log(`no CPU profile for ${s.name} in ${dir}`);
        else console.log(`\n${summariseProfile(join(dir, file), { requests: requestsServed(s), top: 20, label: `${s.name} (${join(dir, file)})` })}`);
      }
    }
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
