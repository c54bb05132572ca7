import type { EntityManager } from 'typeorm';
import { Role } from '../../server/src/modules/account/role';
import { issueToken } from '../../server/src/modules/account/token';
import { findBookingInvariantViolations } from '../../server/src/bench/booking-invariants';
import { ApiProcess } from './api-process';
import { BookingTraffic, type Tally } from './booking-traffic';
import { FaultPostgres, waitUntil } from './fault-postgres';

// The fault suite (issue 13): on a PostgreSQL of its own, booking traffic runs through the compiled API while the
// API is SIGKILLed and restarted, PostgreSQL is restarted immediately, PostgreSQL is frozen (SIGSTOP) for longer than
// the API's query timeout, and the API starts while PostgreSQL is down. Every request whose answer was lost is sent
// again with its idempotency key. After each fault: the booking invariants hold (budget = ledger = bookings,
// places = bookings, no overlaps, history = status), every booking answered is in the database once and nothing
// else is, and every request the API accepted got a result or a coded retryable error (SERVICE_UNAVAILABLE on 503).
const SECRET = 'fault-suite-auth-secret-0123456789abcdef';
const STATEMENT_TIMEOUT_MS = 1_500;
const PEOPLE = 40;
const SLOTS = 40;
const CLIENTS = 8;

jest.setTimeout(240_000);

let pg: FaultPostgres;
let api: ApiProcess;
let traffic: BookingTraffic;
const figures: Record<string, unknown>[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  const t0 = Date.now();
  pg = await FaultPostgres.start();
  api = new ApiProcess({
    NODE_ENV: 'test',
    DATABASE_URL: pg.url,
    AUTH_SECRET: SECRET,
    LOG_REQUESTS: 'true', // the ready line (and the request log, kept in memory for failure messages)
    DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    DB_CONNECT_TIMEOUT_MS: '1500',
    DB_START_RETRY_SECONDS: '60',
  });
  await api.start(); // applies the migrations to the empty database
  const slots = await makeSlots();
  traffic = new BookingTraffic(() => api.url, [...(await makePeople()), ...(await makePeopleWithoutBudget())], slots.priced, slots.free);
  figures.push({ step: 'set-up', ms: Date.now() - t0 });
});

afterAll(async () => {
  await traffic?.stop();
  await api?.stop();
  await pg?.stop();
  console.log(`fault suite figures:\n${figures.map((f) => `  ${JSON.stringify(f)}`).join('\n')}`);
});

async function makePeople() {
  const rows = await pg.query<{ person_id: string; plan_id: string; budget_id: string }>(
    `WITH u AS (
       INSERT INTO app_user (email, name, role, password_hash)
       SELECT 'fault-' || i || '@fault.invalid', 'Fault person ' || i, 'PERSON', 'no sign-in' FROM generate_series(1, $1) AS i RETURNING id),
     p AS (INSERT INTO support_plan (person_id, outcode, local_authority_code) SELECT id, 'M14', 'E08000003' FROM u RETURNING id, person_id),
     b AS (INSERT INTO budget (plan_id, funding_source, period_start_date, period_end_date)
           SELECT id, 'DIRECT_PAYMENT', current_date - 1, current_date + 365 FROM p RETURNING id, plan_id),
     l AS (INSERT INTO budget_ledger (budget_id, kind, amount_pence, note) SELECT id, 'ALLOCATION', 6000, 'fault suite' FROM b)
     SELECT p.person_id, p.id AS plan_id, b.id AS budget_id FROM p JOIN b ON b.plan_id = p.id`,
    [PEOPLE],
  );
  return rows.map((r) => ({ id: r.person_id, token: issueToken(SECRET, { id: r.person_id, role: Role.PERSON, localAuthorityCode: null }, 3600), planId: r.plan_id, budgetId: r.budget_id }));
}

/** People with a plan and no budget, who book free sessions with none (issue 15). */
async function makePeopleWithoutBudget() {
  const rows = await pg.query<{ person_id: string; plan_id: string }>(
    `WITH u AS (
       INSERT INTO app_user (email, name, role, password_hash)
       SELECT 'fault-free-' || i || '@fault.invalid', 'Fault person without a budget ' || i, 'PERSON', 'no sign-in' FROM generate_series(1, $1) AS i RETURNING id)
     INSERT INTO support_plan (person_id, outcode, local_authority_code) SELECT id, 'M14', 'E08000003' FROM u RETURNING id AS plan_id, person_id`,
    [PEOPLE / 4],
  );
  return rows.map((r) => ({ id: r.person_id, token: issueToken(SECRET, { id: r.person_id, role: Role.PERSON, localAuthorityCode: null }, 3600), planId: r.plan_id, budgetId: null }));
}

/**
 * One provider with an offering at £15 a session and a free one; SLOTS one-hour slots of 3 places, an hour apart from
 * tomorrow, for the priced one, and SLOTS / 4 for the free one.
 */
async function makeSlots(): Promise<{ priced: string[]; free: string[] }> {
  const [owner] = await pg.query<{ id: string }>(`INSERT INTO app_user (email, name, role, password_hash) VALUES ('owner@fault.invalid', 'Owner', 'PROVIDER', 'x') RETURNING id`);
  const [provider] = await pg.query<{ id: string }>(
    `INSERT INTO provider (owner_id, name, kind, description, base_outcode, peer_led, verified) VALUES ($1, 'Fault Provider', 'CHARITY', '', 'M14', false, true) RETURNING id`,
    [owner.id],
  );
  const [offering] = await pg.query<{ id: string }>(
    `INSERT INTO offering (provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages, price_pence, price_unit,
       session_minutes, base_outcode, latitude, longitude, service_radius_km, status, published_at)
     SELECT $1, c.id, 'Fault group', 'A group.', '', c.life_areas, ARRAY['IN_PERSON']::delivery_mode[], ARRAY['en'], 1500, 'SESSION', 60, 'M14', 53.45, -2.22, 10, 'PUBLISHED', now()
       FROM category c WHERE c.slug = 'peer-support' RETURNING id`,
    [provider.id],
  );
  const [free] = await pg.query<{ id: string }>(
    `INSERT INTO offering (provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages, price_pence, price_unit,
       session_minutes, base_outcode, latitude, longitude, service_radius_km, status, published_at)
     SELECT $1, c.id, 'Free fault group', 'A free group.', '', c.life_areas, ARRAY['IN_PERSON']::delivery_mode[], ARRAY['en'], 0, 'SESSION', 60, 'M14', 53.45, -2.22, 10, 'PUBLISHED', now()
       FROM category c WHERE c.slug = 'peer-support' RETURNING id`,
    [provider.id],
  );
  const slotsOf = (offeringId: string, n: number, offsetHours: number) =>
    pg.query<{ id: string }>(
      `INSERT INTO slot (offering_id, starts_at, ends_at, capacity, booked)
       SELECT $1, date_trunc('hour', now()) + ((i + $3) || ' hours')::interval + interval '1 day', date_trunc('hour', now()) + ((i + $3) || ' hours')::interval + interval '1 day 1 hour', 3, 0
         FROM generate_series(1, $2) AS i RETURNING id`,
      [offeringId, n, offsetHours],
    );
  const priced = await slotsOf(offering.id, SLOTS, 0);
  const freeSlots = await slotsOf(free.id, SLOTS / 4, SLOTS);
  return { priced: priced.map((s) => s.id), free: freeSlots.map((s) => s.id) };
}

/** Runs traffic around a fault, then settles every operation and checks everything. */
async function aroundFault(step: string, fault: () => Promise<Record<string, unknown>>, after = 2_000): Promise<void> {
  const before: Tally = traffic.tally;
  traffic.tally = { ...before, lost: {}, refused: {}, violations: [], sent: 0, answeredFirstTime: 0, replayedOperations: 0, replays: 0, retryable: 0, booked: 0, cancelled: 0, longestSettleMs: 0 };
  const t0 = Date.now();
  traffic.start(CLIENTS);
  await sleep(1_000);
  const detail = await fault();
  await sleep(after);
  await traffic.stop();
  const t = traffic.tally;
  figures.push({ step, ...detail, seconds: Math.round((Date.now() - t0) / 100) / 10, operations: t.sent, answeredFirstTime: t.answeredFirstTime, replayedOperations: t.replayedOperations, replays: t.replays, lost: t.lost, booked: t.booked, refused: t.refused, cancelled: t.cancelled, longestSettleMs: t.longestSettleMs, violations: t.violations.length });
  expect(t.violations).toEqual([]);
  expect(t.sent).toBeGreaterThan(0);
  expect(t.answeredFirstTime + t.replayedOperations).toBe(t.sent);
  await expectConsistent();
}

async function expectConsistent(): Promise<void> {
  // The invariant queries, through a fresh connection (the test's own: the API's pool may be mid-reconnect).
  const db = { query: (sql: string, params?: unknown[]) => pg.query(sql, params ?? []) } as unknown as EntityManager;
  expect(await findBookingInvariantViolations(db)).toEqual([]);
  const rows = await pg.query<{ id: string; person_id: string; idempotency_key: string; status: string }>(`SELECT id, person_id, idempotency_key, status FROM booking`);
  const byKey = new Map(rows.map((r) => [r.idempotency_key, r]));
  const booked = [...traffic.keys].filter(([, o]) => 'bookingId' in o) as [string, { personId: string; bookingId: string }][];
  // No booking lost: every booking answered is there, under its key, once, with the status the client last saw.
  const missing = booked.filter(([key, o]) => byKey.get(key)?.id !== o.bookingId || byKey.get(key)?.person_id !== o.personId);
  expect(missing).toEqual([]);
  const wrongStatus = booked.filter(([, o]) => (traffic.cancelledIds.has(o.bookingId) ? 'CANCELLED' : 'REQUESTED') !== byKey.get(booked.find(([, b]) => b === o)![0])?.status);
  expect(wrongStatus).toEqual([]);
  // None doubled, and none the clients were not told of: a refused key booked nothing, and no other booking exists.
  const refusedButBooked = [...traffic.keys].filter(([key, o]) => 'refused' in o && byKey.has(key));
  expect(refusedButBooked).toEqual([]);
  expect(rows.length).toBe(booked.length);
}

describe('booking under faults', () => {
  it('runs cleanly with no fault (the baseline)', async () => {
    await aroundFault('baseline', async () => ({}));
    // Free sessions were booked with no budget too, and the invariants above held for them.
    const [{ n }] = await pg.query<{ n: number }>(`SELECT count(*)::int AS n FROM booking WHERE budget_id IS NULL`);
    expect(n).toBeGreaterThan(0);
  });

  it('survives the API being SIGKILLed and restarted', async () => {
    await aroundFault('API SIGKILL + restart', async () => {
      api.kill();
      const restartMs = await api.start();
      return { restartMs };
    });
  });

  it('survives PostgreSQL restarting immediately (no checkpoint, crash recovery)', async () => {
    await aroundFault('PostgreSQL immediate restart', async () => {
      const t = Date.now();
      await pg.restartImmediately();
      return { downMs: Date.now() - t };
    }, 3_000);
  });

  it('answers SERVICE_UNAVAILABLE instead of hanging while PostgreSQL is frozen past the query timeout, then recovers', async () => {
    await aroundFault('PostgreSQL frozen (SIGSTOP) 5 s', async () => {
      const frozen = pg.freeze();
      try {
        await sleep(STATEMENT_TIMEOUT_MS);
        const t = Date.now();
        const health = await fetch(new URL('/health', api.url), { signal: AbortSignal.timeout(10_000) });
        const healthMs = Date.now() - t;
        expect(health.status).toBe(503);
        expect(healthMs).toBeLessThan(STATEMENT_TIMEOUT_MS + 2_500);
        await sleep(5_000 - STATEMENT_TIMEOUT_MS - healthMs);
        return { frozenProcesses: frozen.length, healthAnsweredMs: healthMs, healthStatus: health.status };
      } finally {
        pg.thaw(frozen);
      }
    }, 3_000);
  });

  it('starts the API while PostgreSQL is down and serves once it is back (start-up retry with backoff)', async () => {
    await aroundFault('API starts while PostgreSQL is down', async () => {
      api.kill();
      await pg.stopImmediately();
      const starting = api.start(60_000);
      // PostgreSQL comes back only once the API has found it down (on a busy machine the API takes seconds to load).
      await waitUntil(() => /"event":"database.waiting"/.test(api.output), 30_000, 'the API to wait for its database');
      const t = Date.now();
      await pg.startAgain();
      await starting;
      const readyAfterPgMs = Date.now() - t;
      await waitUntil(async () => (await fetch(new URL('/health', api.url)).catch(() => null))?.status === 200, 10_000, '/health');
      expect(api.output).toMatch(/"event":"database.waiting"/);
      return { readyAfterPostgresMs: readyAfterPgMs };
    });
  });
});
