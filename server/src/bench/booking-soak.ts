import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { startRuntime, type Runtime } from '../app-runtime';
import { loadConfig } from '../config';
import { createDataSource } from '../db/data-source';
import { Role } from '../modules/account/role';
import { issueToken } from '../modules/account/token';
import { findBookingInvariantViolations, type InvariantViolation } from '../modules/booking/booking-invariants';
import { arg, fmt, gql, summarise } from './bench-support';

// `npm run bench:booking -- [--seconds=20] [--clients=16] [--people=400] [--slots=64] [--budget-pence=6000] [--url=http://host/graphql] [--keep]`
// A soak, not a timed test: 16 concurrent clients drive bookings through the real HTTP API against the demo market
// (DATABASE_URL, or the embedded demo database) for N seconds. Each client loops: request a place in one of the
// soonest future slots (some requests retried with the same idempotency key), confirm a request as its provider,
// or cancel as the person. Prints progress every 5 s, then bookings resolved per second (successes and clean
// refusals), the outcome mix and latencies, and checks the booking invariants (ledger = bookings, places = bookings,
// no overlaps, history = status). Exits non-zero on any violation or any unexpected error. Afterwards it cancels the
// soak's open bookings (unless --keep), so the demo market gets its places back, and checks the invariants again.
// The soak makes its own people, plans and budgets (tagged soak-*@soak.invalid), so demo budgets are never drained.
const REQUEST = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status totalPence } }`;
const CONFIRM = `mutation($id: ID!) { confirmBooking(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id, reason: "soak") { id status } }`;
const CLEAN_REFUSALS = new Set(['SLOT_FULL', 'BUDGET_EXCEEDED', 'BOOKING_OVERLAP', 'SLOT_IN_PAST', 'CONFLICT']);

interface Person { id: string; token: string; planId: string; budgetId: string }
interface HotSlot { id: string; providerToken: string }
interface Open { id: string; person: Person; providerToken: string; confirmed: boolean }
type Kind = 'request' | 'retry' | 'confirm' | 'cancel';

async function main(): Promise<number> {
  const seconds = Number(arg('seconds', '20'));
  const clients = Number(arg('clients', '16'));
  const peopleCount = Number(arg('people', '400'));
  const slotCount = Number(arg('slots', '64'));
  const budgetPence = Number(arg('budget-pence', '6000'));
  const external = arg('url', '');
  const keep = process.argv.includes('--keep');
  if (![seconds, clients, peopleCount, slotCount, budgetPence].every((n) => Number.isInteger(n) && n > 0)) {
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
  const token = (id: string, role: Role) => issueToken(config.authSecret, { id, role, localAuthorityCode: null }, 3600);

  try {
    const slots = await hotSlots(ds, slotCount, token);
    if (slots.length === 0) throw new Error('No future slots with free places: run `npm run seed` first.');
    const people = await makePeople(ds, peopleCount, budgetPence, token);
    const deadlocksBefore = await deadlocks(ds);
    const offset = await placesOffset(ds, slots.map((s) => s.id));
    process.stderr.write(`Soak: ${clients} clients for ${seconds}s against ${url}; ${people.length} people with £${(budgetPence / 100).toFixed(2)} each, ${slots.length} slots\n`);

    const outcomes = new Map<string, number>();
    const latencies: Record<Kind, number[]> = { request: [], retry: [], confirm: [], cancel: [] };
    const errors: string[] = [];
    const open: Open[] = [];
    const asked: { person: Person; slotId: string; key: string; bookingId: string | null }[] = [];
    let resolved = 0;
    const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
    const pick = <T>(a: T[]) => a[Math.floor(Math.random() * a.length)];
    const started = Date.now();
    const deadline = started + seconds * 1000;

    const ticker = setInterval(() => {
      const t = (Date.now() - started) / 1000;
      const mix = [...outcomes].map(([k, n]) => `${k} ${n}`).join(', ');
      process.stderr.write(`  ${t.toFixed(0)}s: ${resolved} booking requests resolved (${(resolved / t).toFixed(0)}/s); ${mix}\n`);
    }, 5000);

    const client = async () => {
      while (Date.now() < deadline && errors.length < 20) {
        const roll = Math.random();
        let kind: Kind;
        let query: string;
        let variables: Record<string, unknown>;
        let bearer: string;
        let target: Open | null = null;
        let retried: (typeof asked)[number] | null = null;
        if (roll < 0.05 && asked.length) {
          kind = 'retry';
          retried = pick(asked);
          query = REQUEST;
          variables = { input: { slotId: retried.slotId, planId: retried.person.planId, budgetId: retried.person.budgetId, idempotencyKey: retried.key } };
          bearer = retried.person.token;
        } else if (roll < 0.2 && open.some((o) => !o.confirmed)) {
          kind = 'confirm';
          target = pick(open.filter((o) => !o.confirmed));
          query = CONFIRM;
          variables = { id: target.id };
          bearer = target.providerToken;
        } else if (roll < 0.4 && open.length) {
          kind = 'cancel';
          target = pick(open);
          query = CANCEL;
          variables = { id: target.id };
          bearer = Math.random() < 0.8 ? target.person.token : target.providerToken;
        } else {
          kind = 'request';
          const person = pick(people);
          const slot = pick(slots);
          retried = { person, slotId: slot.id, key: `soak-${randomUUID()}`, bookingId: null };
          query = REQUEST;
          variables = { input: { slotId: slot.id, planId: person.planId, budgetId: person.budgetId, idempotencyKey: retried.key } };
          bearer = person.token;
        }
        let ms: number;
        let body: Awaited<ReturnType<typeof gql>>['body'];
        try {
          ({ ms, body } = await gql(url, query, variables, bearer));
        } catch (e) {
          errors.push(`${kind}: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        latencies[kind].push(ms);
        const code = body.errors?.[0]?.extensions?.code ?? 'OK';
        if (code !== 'OK' && !CLEAN_REFUSALS.has(code)) {
          errors.push(`${kind}: ${code} ${body.errors?.[0]?.message}`);
          continue;
        }
        if (kind === 'request' || kind === 'retry') {
          resolved++;
          if (kind === 'retry' && retried!.bookingId) {
            // The first request booked: the retry must return that booking and book nothing more.
            if (code !== 'OK' || body.data.requestBooking.id !== retried!.bookingId) {
              errors.push(`retry: the same key gave ${code === 'OK' ? body.data.requestBooking.id : code}, not the first booking ${retried!.bookingId}`);
            }
            count('REPLAYED');
          } else {
            // A new request, or the retry of one that was refused (which stored nothing, so it may book now).
            count(code === 'OK' ? 'BOOKED' : code);
            if (code === 'OK') {
              retried!.bookingId = body.data.requestBooking.id;
              const slot = slots.find((s) => s.id === retried!.slotId)!;
              open.push({ id: body.data.requestBooking.id, person: retried!.person, providerToken: slot.providerToken, confirmed: false });
            }
            if (kind === 'request' && asked.length < 5000) asked.push(retried!);
          }
        } else {
          count(code === 'OK' ? (kind === 'confirm' ? 'CONFIRMED' : 'CANCELLED') : `${kind} ${code}`);
          if (code === 'OK' && target) {
            if (kind === 'confirm') target.confirmed = true;
            else if (open.includes(target)) open.splice(open.indexOf(target), 1);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: clients }, client));
    clearInterval(ticker);
    const elapsed = (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 1100)); // PostgreSQL publishes its statistics at most once a second

    const all = Object.values(latencies).flat();
    const lines = [
      `booking soak: ${clients} clients, ${elapsed.toFixed(1)} s, ${people.length} people, ${slots.length} slots`,
      `  booking requests resolved: ${resolved} (${(resolved / elapsed).toFixed(1)}/s, successes and clean refusals)`,
      `  all operations: ${all.length} (${(all.length / elapsed).toFixed(1)}/s)`,
      `  outcomes: ${[...outcomes].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n} (${((100 * n) / Math.max(1, all.length)).toFixed(1)}%)`).join(', ')}`,
    ];
    for (const [kind, ms] of Object.entries(latencies)) {
      if (!ms.length) continue;
      const s = summarise(ms);
      lines.push(`  ${kind.padEnd(8)} p50 ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms, p99 ${fmt(s.p99)} ms, max ${fmt(s.max)} ms (${s.n})`);
    }
    const s = summarise(all);
    lines.push(`  all      p50 ${fmt(s.median)} ms, p95 ${fmt(s.p95)} ms`);
    lines.push(`  deadlocks detected by PostgreSQL during the soak: ${(await deadlocks(ds)) - deadlocksBefore} (retried inside the server; never shown to clients)`);
    console.log(lines.join('\n'));

    let failed = errors.length > 0;
    if (errors.length) console.log(`UNEXPECTED ERRORS (${errors.length}):\n  ${[...new Set(errors)].slice(0, 10).join('\n  ')}`);
    failed = (await report(ds, 'after the soak', slots, offset)) || failed;

    if (!keep && open.length) {
      const left = [...open];
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let o = left.pop(); o; o = left.pop()) {
            const { body } = await gql(url, CANCEL, { id: o.id }, o.person.token);
            const code = body.errors?.[0]?.extensions?.code;
            if (code && code !== 'CONFLICT') errors.push(`cleanup: ${code}`);
          }
        }),
      );
      failed = (await report(ds, `after cancelling the ${open.length} open soak bookings`, slots, offset)) || failed || errors.length > 0;
    }
    console.log(failed ? 'FAILED' : 'OK: every invariant holds');
    return failed ? 1 : 0;
  } finally {
    if (runtime) await runtime.stop();
    else await ds.destroy();
  }
}

/** The soonest future slots with free places (starting at least two hours ahead), with their provider's token. */
async function hotSlots(ds: DataSource, n: number, token: (id: string, role: Role) => string): Promise<HotSlot[]> {
  const found: { id: string; owner_id: string }[] = await ds.query(
    `SELECT s.id, p.owner_id FROM slot s JOIN offering o ON o.id = s.offering_id JOIN provider p ON p.id = o.provider_id
      WHERE o.status = 'PUBLISHED' AND s.booked < s.capacity AND s.starts_at > now() + interval '2 hours'
      ORDER BY s.starts_at, s.id LIMIT $1`,
    [n],
  );
  return found.map((r) => ({ id: r.id, providerToken: token(r.owner_id, Role.PROVIDER) }));
}

/** The database's deadlock counter (for this database, since its statistics were last reset). */
async function deadlocks(ds: DataSource): Promise<number> {
  const [r] = await ds.query(`SELECT deadlocks::int AS n FROM pg_stat_database WHERE datname = current_database()`);
  return r.n;
}

/** The soak's own people: an account, a plan and a self-funded budget each, made in one statement per table. */
async function makePeople(ds: DataSource, n: number, budgetPence: number, token: (id: string, role: Role) => string): Promise<Person[]> {
  const run = randomUUID().slice(0, 8);
  const found: { person_id: string; plan_id: string; budget_id: string }[] = await ds.transaction(async (db) =>
    db.query(
      `WITH u AS (
         INSERT INTO app_user (email, name, role, password_hash)
         SELECT 'soak-' || $1 || '-' || i || '@soak.invalid', 'Soak person ' || i, 'PERSON', 'soak: no sign-in' FROM generate_series(1, $2) AS i
         RETURNING id),
       p AS (INSERT INTO support_plan (person_id, outcode, local_authority_code) SELECT id, 'M14', 'E08000003' FROM u RETURNING id, person_id),
       b AS (INSERT INTO budget (plan_id, funding_source, period_start_date, period_end_date)
             SELECT id, 'SELF_FUNDED', current_date - 1, current_date + 365 FROM p RETURNING id, plan_id),
       l AS (INSERT INTO budget_ledger (budget_id, kind, amount_pence, note) SELECT id, 'ALLOCATION', $3, 'booking soak' FROM b)
       SELECT p.person_id, p.id AS plan_id, b.id AS budget_id FROM p JOIN b ON b.plan_id = p.id`,
      [run, n, budgetPence],
    ),
  );
  return found.map((r) => ({ id: r.person_id, token: token(r.person_id, Role.PERSON), planId: r.plan_id, budgetId: r.budget_id }));
}

/** Places taken in each slot that no booking accounts for (the demo market's off-platform bookings): must not change. */
async function placesOffset(ds: DataSource, slotIds: string[]): Promise<Map<string, number>> {
  const found: { id: string; offset: number }[] = await ds.query(
    `SELECT s.id, s.booked - (SELECT count(*) FROM booking k WHERE k.slot_id = s.id AND k.status IN ('REQUESTED','CONFIRMED','COMPLETED','NO_SHOW'))::int AS offset
       FROM slot s WHERE s.id = ANY($1::uuid[])`,
    [slotIds],
  );
  return new Map(found.map((r) => [r.id, r.offset]));
}

async function report(ds: DataSource, when: string, slots: HotSlot[], before: Map<string, number>): Promise<boolean> {
  const violations: InvariantViolation[] = await findBookingInvariantViolations(ds.manager, { imported: true });
  const now = await placesOffset(ds, slots.map((s) => s.id));
  const drift = [...now].filter(([id, o]) => before.get(id) !== o).map(([id, o]) => ({ id, before: before.get(id), after: o }));
  if (drift.length) violations.push({ rule: 'slot places moved without a booking', rows: drift.slice(0, 20) });
  const [sums] = await ds.query(
    `SELECT count(*) FILTER (WHERE status IN ('REQUESTED','CONFIRMED'))::int AS open, count(*)::int AS bookings,
            (SELECT sum(committed_pence)::int FROM budget b WHERE b.id IN (SELECT budget_id FROM booking)) AS held
       FROM booking`,
  );
  console.log(`invariants ${when}: ${violations.length ? 'VIOLATED' : 'all hold'} (${sums.bookings} bookings in the database, ${sums.open} open, £${((sums.held ?? 0) / 100).toFixed(2)} held)`);
  for (const v of violations) console.log(`  ${v.rule}: ${JSON.stringify(v.rows.slice(0, 5))}`);
  return violations.length > 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
