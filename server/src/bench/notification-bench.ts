import 'reflect-metadata';
import { Client } from 'pg';
import { startRuntime } from '../app-runtime';
import { createLogger } from '../common/logger';
import { createDataSource, runMigrations } from '../db/data-source';
import { startMailCatcher } from '../dev/mail-catcher';
import { startNotificationWorker } from '../modules/notification/delivery/worker';
import { arg, fmt, percentile } from './bench-support';
import { runBookingSoak } from './booking-load';

// `npm run bench:notifications -- [--seconds=20] [--clients=8] [--burst=2000] [--concurrency=4] [--keep]`
// A benchmark script, not a timed test. On a fresh database (made on BENCH_ADMIN_URL, default the local PostgreSQL
// at 127.0.0.1:5432) it starts the API, a local SMTP server (the mail catcher) and the notification workers, then:
// 1. runs the booking soak (booking-load.ts) for --seconds and measures each notification's lag: from its event's
//    transaction (notification.created_at, the database clock) to the SMTP server accepting its email (same
//    machine, same clock); p50 / p95 / max, and checks that every notification was emailed exactly once;
// 2. queues --burst notifications at once and measures emails accepted per second by the local SMTP server.
// Prints progress as it goes. The database is dropped at the end unless --keep.
async function main(): Promise<number> {
  const seconds = Number(arg('seconds', '20'));
  const clients = Number(arg('clients', '8'));
  const burst = Number(arg('burst', '2000'));
  const concurrency = Number(arg('concurrency', '4'));
  const keep = process.argv.includes('--keep');
  const adminUrl = process.env.BENCH_ADMIN_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `sm_notify_bench_${Date.now().toString(36)}`;
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  log(`database ${name}: migrating...`);
  const ds = createDataSource(url, { poolSize: 4, applicationName: 'notification-bench' });
  await ds.initialize();
  await runMigrations(ds);
  log('a small market: 16 providers, 64 slots of 20 places...');
  await ds.query(`
    WITH o AS (INSERT INTO app_user (email, name, role, password_hash)
               SELECT 'bench-owner-' || i || '@bench.invalid', 'Bench owner ' || i, 'PROVIDER', 'x' FROM generate_series(1, 16) i RETURNING id),
         p AS (INSERT INTO provider (owner_id, name, kind, description, base_outcode) SELECT id, 'Bench provider ' || left(id::text, 8), 'CHARITY', '', 'M14' FROM o RETURNING id),
         f AS (INSERT INTO offering (provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages, price_pence,
                 price_unit, session_minutes, base_outcode, latitude, longitude, service_radius_km, status, published_at)
               SELECT p.id, c.id, 'Bench group', 'A group.', '', c.life_areas, '{GROUP}', '{en}', 500, 'SESSION', 60, 'M14', 0, 0, 10, 'PUBLISHED', now()
               FROM p, (SELECT id, life_areas FROM category ORDER BY position LIMIT 1) c RETURNING id)
    INSERT INTO slot (offering_id, starts_at, ends_at, capacity)
    SELECT f.id, date_trunc('hour', now()) + make_interval(days => 3 + d), date_trunc('hour', now()) + make_interval(days => 3 + d, hours => 1), 20
    FROM f, generate_series(0, 3) d`);

  const accepted = new Map<string, number[]>();
  const catcher = await startMailCatcher({
    port: 0,
    store(m) {
      const at = Date.now();
      const list = accepted.get(m.messageId) ?? [];
      list.push(at);
      accepted.set(m.messageId, list);
    },
  });
  const smtpUrl = `smtp://127.0.0.1:${catcher.port}`;
  const runtime = await startRuntime({ port: 0, databaseUrl: url, logRequests: false, exposeSqlCount: false, env: 'production', authSecret: 'notification-bench-secret-0123456789abcdef' }, ds);
  const worker = await startNotificationWorker({ connectionString: url, smtpUrl, mailFrom: 'bench@supportmarket.example', webOrigin: 'http://localhost:3000', concurrency, log: createLogger(false), pollIntervalMs: 500 });
  const pending = async () => (await ds.query(`SELECT count(*)::int AS n FROM notification WHERE email_status = 'PENDING'`))[0].n as number;
  const drain = async (what: string, timeoutMs: number) => {
    const until = Date.now() + timeoutMs;
    for (let last = -1; ; ) {
      const n = await pending();
      if (n === 0) return true;
      if (n !== last) log(`  ${what}: ${n} emails still to send`);
      last = n;
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, 500));
    }
  };
  let ok = true;
  try {
    // 1. Lag during booking traffic.
    await drain('budget allocations before the soak', 60_000);
    const before = new Date((await ds.query(`SELECT now() AS t`))[0].t);
    log(`booking soak: ${clients} clients for ${seconds} s, workers (concurrency ${concurrency}) sending as it runs...`);
    const soak = await runBookingSoak({ url: runtime.url, ds, authSecret: runtime.config.authSecret, seconds, clients, people: 200, slots: 64, budgetPence: 100_000, keep: true, log });
    log(`soak done: ${soak.resolved} booking requests resolved (${soak.resolvedPerSecond.toFixed(1)}/s); waiting for the last emails...`);
    ok = (await drain('after the soak', 120_000)) && ok;
    const rows: { id: string; kind: string; created_ms: string }[] = await ds.query(
      `SELECT id, kind, (extract(epoch FROM created_at) * 1000)::bigint::text AS created_ms FROM notification WHERE created_at >= $1 AND email_status = 'SENT'`,
      [before],
    );
    const lags: number[] = [];
    let doubles = 0;
    let missing = 0;
    for (const r of rows) {
      const at = accepted.get(`<${r.id}@notifications.supportmarket.example>`);
      if (!at) missing++;
      else {
        if (at.length > 1) doubles++;
        lags.push(at[0] - Number(r.created_ms));
      }
    }
    lags.sort((a, b) => a - b);
    const kinds = rows.reduce<Record<string, number>>((k, r) => ({ ...k, [r.kind]: (k[r.kind] ?? 0) + 1 }), {});
    // 2. Emails per second: a burst of notifications queued in one transaction.
    log(`burst: ${burst} notifications at once...`);
    const t0 = Date.now();
    const acceptedBefore = [...accepted.values()].reduce((s, a) => s + a.length, 0);
    await ds.query(
      `SELECT notify(u.id, 'BUDGET_CHANGED', 'Bench burst', 'A notification of the burst.', '/notifications', 'burst:' || g)
         FROM generate_series(1, $1) g JOIN LATERAL (SELECT id FROM app_user WHERE role = 'PERSON' ORDER BY id OFFSET (g % 200) LIMIT 1) u ON true`,
      [burst],
    );
    ok = (await drain('burst', 300_000)) && ok;
    const burstSeconds = (Date.now() - t0) / 1000;
    const burstAccepted = [...accepted.values()].reduce((s, a) => s + a.length, 0) - acceptedBefore;
    const lines = [
      `notification benchmark (${new Date().toISOString()}), workers in the API process, concurrency ${concurrency}, local SMTP server`,
      `  booking soak: ${soak.clients} clients, ${soak.seconds.toFixed(1)} s, ${soak.resolved} booking requests resolved (${soak.resolvedPerSecond.toFixed(1)}/s), ${soak.operations} operations`,
      `  notifications during the soak: ${rows.length} (${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')})`,
      `  lag, event committed -> email accepted by SMTP: p50 ${fmt(percentile(lags, 50))} ms, p95 ${fmt(percentile(lags, 95))} ms, max ${fmt(lags[lags.length - 1] ?? NaN)} ms`,
      `  emailed twice: ${doubles}; not emailed: ${missing}`,
      `  burst: ${burst} notifications, ${burstAccepted} emails accepted in ${burstSeconds.toFixed(1)} s: ${(burstAccepted / burstSeconds).toFixed(0)} emails/s`,
    ];
    console.log(lines.join('\n'));
    ok = ok && doubles === 0 && missing === 0 && burstAccepted === burst && soak.unexpectedErrors.length === 0;
    console.log(ok ? 'OK: every notification emailed exactly once' : 'FAILED');
  } finally {
    await worker.stop();
    await runtime.stop();
    await catcher.close();
    await ds.destroy();
    if (!keep) await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
