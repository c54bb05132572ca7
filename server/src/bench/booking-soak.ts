import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { startRuntime, type Runtime } from '../app-runtime';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { arg, fmt } from './bench-support';
import { runBookingSoak } from './booking-load';

// `npm run bench:booking -- [--seconds=20] [--clients=16] [--people=400] [--slots=64] [--budget-pence=6000] [--url=http://host/graphql] [--keep]`
// A soak, not a timed test: 16 concurrent clients drive bookings through the real HTTP API against the demo market
// (DATABASE_URL, or the embedded demo database) for N seconds (the engine is booking-load.ts, shared with
// `npm run bench`). Prints progress every 5 s, then bookings resolved per second (successes and clean refusals),
// the outcome mix and latencies, and checks the booking invariants (ledger = bookings, places = bookings, no
// overlaps, history = status). Exits non-zero on any violation or any unexpected error. Afterwards it cancels the
// soak's open bookings (unless --keep), so the demo market gets its places back, and checks the invariants again.
async function main(): Promise<number> {
  const seconds = Number(arg('seconds', '20'));
  const clients = Number(arg('clients', '16'));
  const people = Number(arg('people', '400'));
  const slots = Number(arg('slots', '64'));
  const budgetPence = Number(arg('budget-pence', '6000'));
  const external = arg('url', '');
  const keep = process.argv.includes('--keep');
  if (![seconds, clients, people, slots, budgetPence].every((n) => Number.isInteger(n) && n > 0)) {
    throw new Error('--seconds, --clients, --people, --slots and --budget-pence are whole numbers above 0');
  }

  const config = loadConfig();
  let runtime: Runtime | null = null;
  let ds: DataSource;
  let url: string;
  if (external) {
    if (!config.databaseUrl) throw new Error('With --url, set DATABASE_URL (and AUTH_SECRET) to those of the server under test.');
    ds = createDataSource(config.databaseUrl, { poolSize: 4, applicationName: 'booking-soak' });
    await ds.initialize();
    url = external;
  } else {
    runtime = await startRuntime({ port: 0, logRequests: false, exposeSqlCount: false });
    ds = runtime.ds;
    url = runtime.url;
  }
  try {
    const r = await runBookingSoak({ url, ds, authSecret: config.authSecret, seconds, clients, people, slots, budgetPence, keep, log: (m) => process.stderr.write(`${m}\n`) });
    const lines = [
      `booking soak: ${r.clients} clients, ${r.seconds.toFixed(1)} s, ${r.people} people, ${r.slots} slots`,
      `  booking requests resolved: ${r.resolved} (${r.resolvedPerSecond.toFixed(1)}/s, successes and clean refusals)`,
      `  all operations: ${r.operations} (${r.operationsPerSecond.toFixed(1)}/s)`,
      `  outcomes: ${Object.entries(r.outcomes).map(([k, n]) => `${k} ${n} (${((100 * n) / Math.max(1, r.operations)).toFixed(1)}%)`).join(', ')}`,
    ];
    for (const [kind, s] of Object.entries(r.latency)) {
      if (kind === 'all' || !s) continue;
      lines.push(`  ${kind.padEnd(8)} p50 ${fmt(s.p50)} ms, p95 ${fmt(s.p95)} ms, p99 ${fmt(s.p99)} ms, max ${fmt(s.max)} ms (${s.requests})`);
    }
    lines.push(`  all      p50 ${fmt(r.latency.all!.p50)} ms, p95 ${fmt(r.latency.all!.p95)} ms`);
    lines.push(`  deadlocks detected by PostgreSQL during the soak: ${r.deadlocks} (retried inside the server; never shown to clients)`);
    if (r.replayed) lines.push(`  answers lost (server away or 503): ${r.lostAnswers}, on ${r.replayed} requests, each sent again with its idempotency key until answered`);
    console.log(lines.join('\n'));
    if (r.unexpectedErrors.length) console.log(`UNEXPECTED ERRORS:\n  ${r.unexpectedErrors.join('\n  ')}`);
    console.log(r.ok ? 'OK: every invariant holds' : 'FAILED');
    return r.ok ? 0 : 1;
  } finally {
    // The server or its database may be gone by now: report, but never crash in the clean-up.
    await (runtime ? runtime.stop() : ds.destroy()).catch((e: Error) => console.error(`clean-up: ${e.message}`));
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
