import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Role } from '../modules/account/role';
import { issueToken } from '../modules/account/token';
import { findBookingInvariantViolations, type InvariantViolation } from './booking-invariants';
import { cpuMeter, HttpClient, summarise, type RunStats } from './load';

// The booking soak's engine, shared by `npm run bench:booking` (booking-soak.ts) and the benchmark suite: N clients
// drive bookings through the HTTP API of a running server for S seconds. Each client loops: request a place in one
// of the soonest future slots (some requests retried with the same idempotency key), confirm a request as its
// provider, or cancel as the person. Afterwards it checks the booking invariants (ledger = bookings, places =
// bookings, no overlaps, history = status), cancels the soak's open bookings (unless keep) and checks again.
// It makes its own people, plans and budgets (soak-*@soak.invalid), so seeded budgets are never drained.
const REQUEST = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status totalPence } }`;
const CONFIRM = `mutation($id: ID!) { confirmBooking(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelBooking(id: $id, reason: "soak") { id status } }`;
const CLEAN_REFUSALS = new Set(['SLOT_FULL', 'BUDGET_EXCEEDED', 'BOOKING_OVERLAP', 'SLOT_IN_PAST', 'CONFLICT']);

interface Person { id: string; token: string; planId: string; budgetId: string }
interface HotSlot { id: string; providerToken: string }
interface Open { id: string; person: Person; providerToken: string; confirmed: boolean }
export type Kind = 'request' | 'retry' | 'confirm' | 'cancel';

export interface SoakOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** The server's database (for setup and the invariant checks). */
  ds: DataSource;
  /** The server's AUTH_SECRET, to sign the soak's tokens. */
  authSecret: string;
  seconds: number;
  clients: number;
  people: number;
  slots: number;
  budgetPence: number;
  keep: boolean;
  /** The API's process, when it runs on this machine: its CPU per operation goes into latency.all. */
  serverPid?: number;
  /** The postmaster of the database's server, when it runs on this machine (postmasterPid): its CPU per operation goes into latency.all too. */
  postmaster?: number | null;
  log: (message: string) => void;
}

export interface SoakResult {
  clients: number;
  seconds: number;
  people: number;
  slots: number;
  /** Booking requests that got a definite answer: a booking, a replay or a clean refusal. */
  resolved: number;
  resolvedPerSecond: number;
  operations: number;
  operationsPerSecond: number;
  outcomes: Record<string, number>;
  latency: Partial<Record<Kind | 'all', RunStats>>;
  deadlocks: number;
  /** Requests whose answer was lost (connection refused or cut, or 503) and were sent again with the same body. */
  replayed: number;
  lostAnswers: number;
  unexpectedErrors: string[];
  violations: { when: string; rules: InvariantViolation[] }[];
  /** Seconds the invariant checks took (they read every budget, booking and slot). */
  checkSeconds: number;
  ok: boolean;
}

export async function runBookingSoak(o: SoakOptions): Promise<SoakResult> {
  const token = (id: string, role: Role) => issueToken(o.authSecret, { id, role, localAuthorityCode: null }, 3600);
  const slots = await hotSlots(o.ds, o.slots, token);
  if (slots.length === 0) throw new Error('No future slots with free places: seed the market first.');
  const people = await makePeople(o.ds, o.people, o.budgetPence, token);
  const deadlocksBefore = await deadlocks(o.ds);
  const offset = await placesOffset(o.ds, slots.map((s) => s.id));
  o.log(`soak: ${o.clients} clients for ${o.seconds}s against ${o.url}; ${people.length} people with £${(o.budgetPence / 100).toFixed(2)} each, ${slots.length} slots`);

  const client = new HttpClient(new URL(o.url).origin, o.clients);
  const path = new URL(o.url).pathname;
  const outcomes = new Map<string, number>();
  const samples: Record<Kind, { ms: number; ok: boolean; statements: null }[]> = { request: [], retry: [], confirm: [], cancel: [] };
  const errors: string[] = [];
  const open: Open[] = [];
  const asked: { person: Person; slotId: string; key: string; bookingId: string | null }[] = [];
  let resolved = 0;
  const count = (k: string) => outcomes.set(k, (outcomes.get(k) ?? 0) + 1);
  const pick = <T>(a: T[]) => a[Math.floor(Math.random() * a.length)];
  const started = Date.now();
  const meter = cpuMeter(o.serverPid, o.postmaster ?? null);
  const deadline = started + o.seconds * 1000;
  const ticker = setInterval(() => {
    const t = (Date.now() - started) / 1000;
    o.log(`  ${t.toFixed(0)}s: ${resolved} booking requests resolved (${(resolved / t).toFixed(0)}/s); ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  }, 5000);

  // A request whose answer is lost (the server went away, restarted, or answered 503 SERVICE_UNAVAILABLE) is sent
  // again, same body and so same idempotency key, until it gets a definite answer: the soak outlives its server
  // going away and coming back, as a careful client would, and the invariants show whether the replays were safe.
  // Only when the server stays away past `patienceUntil` does the operation count as an error.
  let lostAnswers = 0;
  let replayed = 0;
  const send = async (query: string, variables: Record<string, unknown>, bearer: string, patienceUntil = deadline + 30_000) => {
    const t = performance.now();
    for (let attempt = 0; ; attempt++) {
      const res = await client.send({ path, body: JSON.stringify({ query, variables }), headers: { authorization: `Bearer ${bearer}` } });
      const lost = res.status === 0 ? (res.error ?? 'no answer') : res.status === 503 ? 'SERVICE_UNAVAILABLE' : null;
      if (!lost) {
        const ms = performance.now() - t;
        return { ms, body: JSON.parse(res.text) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] } };
      }
      lostAnswers++;
      if (attempt === 0) replayed++;
      if (Date.now() > patienceUntil) throw new Error(`no answer (${lost}) until the soak gave up`);
      if (lostAnswers % 50 === 1) o.log(`  the server is not answering (${lost}): sending again with the same idempotency keys...`);
      await new Promise((r) => setTimeout(r, Math.min(1_000, 50 * 2 ** attempt)));
    }
  };

  const loop = async () => {
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
      } else if (roll < 0.2 && open.some((x) => !x.confirmed)) {
        kind = 'confirm';
        target = pick(open.filter((x) => !x.confirmed));
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
      let body: Awaited<ReturnType<typeof send>>['body'];
      try {
        ({ ms, body } = await send(query, variables, bearer));
      } catch (e) {
        errors.push(`${kind}: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      const code = body.errors?.[0]?.extensions?.code ?? 'OK';
      samples[kind].push({ ms, ok: code === 'OK' || CLEAN_REFUSALS.has(code), statements: null });
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
  await Promise.all(Array.from({ length: o.clients }, loop));
  clearInterval(ticker);
  const elapsed = (Date.now() - started) / 1000;
  const cpu = meter.stop();
  await new Promise((r) => setTimeout(r, 1100)); // PostgreSQL publishes its statistics at most once a second
  const deadlocksDuring = (await deadlocks(o.ds).catch(() => deadlocksBefore)) - deadlocksBefore;

  const violations: SoakResult['violations'] = [];
  const checkStarted = performance.now();
  const check = async (when: string) => {
    let found: InvariantViolation[];
    let now: Map<string, number>;
    try {
      found = await findBookingInvariantViolations(o.ds.manager, { imported: true });
      now = await placesOffset(o.ds, slots.map((s) => s.id));
    } catch (e) {
      o.log(`invariants ${when}: could not be checked (${e instanceof Error ? e.message : String(e)})`);
      violations.push({ when, rules: [{ rule: 'the invariants could not be checked: the database did not answer', rows: [] }] });
      return;
    }
    const drift = [...now].filter(([id, x]) => offset.get(id) !== x).map(([id, x]) => ({ id, before: offset.get(id), after: x }));
    if (drift.length) found.push({ rule: 'slot places moved without a booking', rows: drift.slice(0, 20) });
    o.log(`invariants ${when}: ${found.length ? 'VIOLATED' : 'all hold'}`);
    for (const v of found) o.log(`  ${v.rule}: ${JSON.stringify(v.rows.slice(0, 5))}`);
    if (found.length) violations.push({ when, rules: found });
  };
  await check('after the soak');
  if (!o.keep && open.length) {
    const left = [...open];
    await Promise.all(
      Array.from({ length: o.clients }, async () => {
        for (let x = left.pop(); x; x = left.pop()) {
          try {
            const { body } = await send(CANCEL, { id: x.id }, x.person.token, Date.now() + 30_000);
            const code = body.errors?.[0]?.extensions?.code;
            if (code && code !== 'CONFLICT') errors.push(`cleanup: ${code}`);
          } catch (e) {
            // The server is gone for good: say so and stop cleaning up (the bookings stay; the check below shows it).
            errors.push(`cleanup: ${e instanceof Error ? e.message : String(e)}`);
            left.length = 0;
          }
        }
      }),
    );
    await check(`after cancelling the ${open.length} open soak bookings`);
  }
  const checkSeconds = Math.round((performance.now() - checkStarted) / 100) / 10;
  client.close();

  const latency: SoakResult['latency'] = {};
  for (const [kind, list] of Object.entries(samples) as [Kind, (typeof samples)[Kind]][]) if (list.length) latency[kind] = summarise(list, elapsed);
  const all = Object.values(samples).flat();
  // The API's and PostgreSQL's CPU over the soak itself (not the checks), per operation.
  latency.all = summarise(all, elapsed, [], cpu.server, cpu.db);
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return {
    clients: o.clients,
    seconds: r1(elapsed),
    people: people.length,
    slots: slots.length,
    resolved,
    resolvedPerSecond: r1(resolved / elapsed),
    operations: all.length,
    operationsPerSecond: r1(all.length / elapsed),
    outcomes: Object.fromEntries([...outcomes].sort((a, b) => b[1] - a[1])),
    latency,
    deadlocks: deadlocksDuring,
    replayed,
    lostAnswers,
    unexpectedErrors: [...new Set(errors)].slice(0, 10),
    violations,
    checkSeconds,
    ok: errors.length === 0 && violations.length === 0,
  };
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
