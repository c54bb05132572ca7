import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import { Role } from '../../server/src/modules/account/role';
import { issueToken } from '../../server/src/modules/account/token';
import { findBookingInvariantViolations } from '../../server/src/bench/booking-invariants';
import { countByMessageId, startMailbox, waitFor, type TestMailbox } from '../support/mail';

// The production shape on one machine (issue 19): `npm run cluster` (scripts/cluster.cjs) starts a primary and a
// streaming replica from the embedded PostgreSQL binaries, a primary address that follows failover, three API
// processes, two notification workers and a round-robin proxy. These tests drive it as clients would, spread over the
// three processes, and read the databases directly to check what happened where.
const CLUSTER = resolve(__dirname, '../../scripts/cluster.cjs');
const SECRET = 'cluster-suite-auth-secret-0123456789abcdefghij';
const MAX_LAG_SECONDS = 2;

// Generous: on a busy shared machine the cluster's start (initdb, migrations, five Node processes) can take minutes.
jest.setTimeout(600_000);

interface ClusterInfo {
  url: string;
  apis: { name: string; url: string }[];
  primary: { port: number; dir: string; url: string };
  replica: { port: number; dir: string; url: string };
  primaryAddress: { url: string };
  dir: string;
}
type Answer = { status: number; body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: { servedBy?: string } } };

let launcher: ChildProcess;
let info: ClusterInfo;
let box: TestMailbox;
let output = '';
let primaryStopped = false;

async function sql<T = any>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await c.connect();
  try {
    return (await c.query(text, params)).rows as T[];
  } finally {
    await c.end();
  }
}
/** The current primary: the original until it is stopped, then the promoted replica (through the primary address). */
const primarySql = <T = any>(text: string, params: unknown[] = []) => sql<T>(info.primaryAddress.url, text, params);
const replicaSql = <T = any>(text: string, params: unknown[] = []) => sql<T>(info.replica.url, text, params);

async function gql(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(20_000),
  });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const codeOf = (a: Answer) => a.body.errors?.[0]?.extensions?.code ?? null;

const BOOK = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status } }`;
const SEARCH = `query($first: Int) { offerings(first: $first) { edges { node { id title provider { name } } } } }`;
const MY_BOOKING = `query($id: ID!) { booking(id: $id) { id status } }`;

interface Person {
  id: string;
  token: string;
  planId: string;
  budgetId: string;
}

/** People with a plan and a budget of `pence`, made on the primary as the fault suite makes them. */
async function makePeople(n: number, pence: number, tag: string): Promise<Person[]> {
  const rows = await primarySql<{ person_id: string; plan_id: string; budget_id: string }>(
    `WITH u AS (
       INSERT INTO app_user (email, name, role, password_hash)
       SELECT 'cluster-' || $3 || '-' || i || '@cluster.invalid', 'Cluster person ' || i, 'PERSON', 'no sign-in' FROM generate_series(1, $1) AS i RETURNING id),
     p AS (INSERT INTO support_plan (person_id, outcode, local_authority_code) SELECT id, 'M14', 'E08000003' FROM u RETURNING id, person_id),
     b AS (INSERT INTO budget (plan_id, funding_source, period_start_date, period_end_date)
           SELECT id, 'DIRECT_PAYMENT', current_date - 1, current_date + 365 FROM p RETURNING id, plan_id),
     l AS (INSERT INTO budget_ledger (budget_id, kind, amount_pence, note) SELECT id, 'ALLOCATION', $2, 'cluster suite' FROM b)
     SELECT p.person_id, p.id AS plan_id, b.id AS budget_id FROM p JOIN b ON b.plan_id = p.id`,
    [n, pence, tag],
  );
  return rows.map((r) => ({ id: r.person_id, token: issueToken(SECRET, { id: r.person_id, role: Role.PERSON, localAuthorityCode: null }, 3600), planId: r.plan_id, budgetId: r.budget_id }));
}

/** An offering at £15 a session with `n` one-hour slots of `capacity` places, a day apart from tomorrow. */
async function makeSlots(n: number, capacity: number): Promise<string[]> {
  const tag = randomUUID().slice(0, 8);
  const [owner] = await primarySql(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Owner', 'PROVIDER', 'x') RETURNING id`, [`owner-${tag}@cluster.invalid`]);
  const [provider] = await primarySql(
    `INSERT INTO provider (owner_id, name, kind, description, base_outcode, peer_led, verified) VALUES ($1, 'Cluster Provider', 'CHARITY', '', 'M14', false, true) RETURNING id`,
    [owner.id],
  );
  const [offering] = await primarySql(
    `INSERT INTO offering (provider_id, category_id, title, summary, description, life_areas, delivery_modes, languages, price_pence, price_unit,
       session_minutes, base_outcode, latitude, longitude, service_radius_km, status, published_at)
     SELECT $1, c.id, 'Cluster group', 'A group.', '', c.life_areas, ARRAY['IN_PERSON']::delivery_mode[], ARRAY['en'], 1500, 'SESSION', 60, 'M14', 53.45, -2.22, 10, 'PUBLISHED', now()
       FROM category c WHERE c.slug = 'peer-support' RETURNING id`,
    [provider.id],
  );
  const slots = await primarySql(
    `INSERT INTO slot (offering_id, starts_at, ends_at, capacity, booked)
     SELECT $1, date_trunc('hour', now()) + (i * 25 || ' hours')::interval + interval '1 day', date_trunc('hour', now()) + (i * 25 || ' hours')::interval + interval '1 day 1 hour', $3, 0
       FROM generate_series(1, $2) AS i RETURNING id`,
    [offering.id, n, capacity],
  );
  return slots.map((s) => s.id);
}

const book = (api: string, p: Person, slotId: string, key = `cluster-${randomUUID()}`) =>
  gql(api, BOOK, { input: { slotId, planId: p.planId, budgetId: p.budgetId, idempotencyKey: key } }, p.token);
const apiUrl = (i: number) => info.apis[i % info.apis.length].url;

/**
 * As a careful client books: an answer of SERVICE_UNAVAILABLE (the machine is shared and busy; a statement or a wait
 * for a connection ran out of time) is sent again with the same idempotency key until it is definite.
 */
async function bookSettled(api: string, p: Person, slotId: string, key = `cluster-${randomUUID()}`): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    const a = await book(api, p, slotId, key);
    if (codeOf(a) !== 'SERVICE_UNAVAILABLE' || attempt >= 20) return a;
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function expectConsistent(): Promise<void> {
  const db = { query: (text: string, params?: unknown[]) => primarySql(text, params ?? []) } as unknown as EntityManager;
  expect(await findBookingInvariantViolations(db)).toEqual([]);
}

beforeAll(async () => {
  if (!existsSync(resolve(__dirname, '../../server/dist/main.js'))) throw new Error('server/dist is missing: run npm run build:server first (npm test does)');
  box = await startMailbox();
  launcher = spawn(process.execPath, [CLUSTER, '--json', '--no-seed', '--apis=3', '--workers=2'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      AUTH_SECRET: SECRET,
      EXPOSE_SQL_COUNT: '1',
      LOG_REQUESTS: '0',
      SMTP_URL: box.url,
      REPLICA_MAX_LAG_SECONDS: String(MAX_LAG_SECONDS),
      MARKET_CACHE_SECONDS: '0',
      CLUSTER_QUIET: '1',
      DB_START_RETRY_SECONDS: '300',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  launcher.stdout!.on('data', (d) => (output += d));
  launcher.stderr!.on('data', (d) => (output += d));
  const line = await waitFor(
    'the cluster to start',
    async () => {
      if (launcher.exitCode !== null) throw new Error(`the cluster did not start:\n${output.slice(-4000)}`);
      return output.match(/^CLUSTER (.+)$/m)?.[1] ?? null;
    },
    480_000,
  ).catch((e: Error) => {
    throw new Error(`${e.message}; its output so far:\n${output.slice(-4000)}`);
  });
  info = JSON.parse(line) as ClusterInfo;
});

afterAll(async () => {
  if (launcher && launcher.exitCode === null) {
    launcher.kill('SIGINT');
    await new Promise((r) => launcher.once('exit', r));
  }
  if (info?.dir) rmSync(info.dir, { recursive: true, force: true });
  await box?.down();
});

describe('a cluster of three API processes, a primary and a streaming replica', () => {
  it('gives racing bookings spread over the three processes exactly the slot’s places', async () => {
    const [slot] = await makeSlots(1, 5);
    const people = await makePeople(24, 6_000, 'race');
    const answers = await Promise.all(people.map((p, i) => bookSettled(apiUrl(i), p, slot)));
    const codes = answers.map((a) => codeOf(a) ?? 'BOOKED');
    expect(codes.filter((c) => c === 'BOOKED')).toHaveLength(5);
    expect(codes.filter((c) => c !== 'BOOKED')).toEqual(Array(people.length - 5).fill('SLOT_FULL'));
    const [s] = await primarySql(`SELECT booked, (SELECT count(*)::int FROM booking WHERE slot_id = $1 AND status <> 'CANCELLED') AS rows FROM slot WHERE id = $1`, [slot]);
    expect(s).toEqual({ booked: 5, rows: 5 });
    await expectConsistent();
  });

  it('never overspends a budget raced from the three processes', async () => {
    const slots = await makeSlots(9, 3);
    const [person] = await makePeople(1, 3_000, `budget-${Date.now()}`); // two sessions at £15
    const answers = await Promise.all(slots.map((slot, i) => bookSettled(apiUrl(i), person, slot)));
    const codes = answers.map((a) => codeOf(a) ?? 'BOOKED');
    expect(codes.filter((c) => c === 'BOOKED')).toHaveLength(2);
    expect(codes.filter((c) => c !== 'BOOKED')).toEqual(Array(slots.length - 2).fill('BUDGET_EXCEEDED'));
    await expectConsistent();
  });

  it('books once when an idempotency key is replayed on another process', async () => {
    const [slot] = await makeSlots(1, 10);
    const [person] = await makePeople(1, 6_000, `key-${Date.now()}`);
    const key = `cluster-replay-${randomUUID()}`;
    const together = await Promise.all([0, 1, 2].map((i) => bookSettled(apiUrl(i), person, slot, key)));
    const later = await Promise.all([2, 1, 0].map((i) => bookSettled(apiUrl(i), person, slot, key)));
    const ids = new Set([...together, ...later].map((a) => a.body.data?.requestBooking?.id));
    expect([...together, ...later].map(codeOf)).toEqual([null, null, null, null, null, null]);
    expect(ids.size).toBe(1);
    const rows = await primarySql(`SELECT count(*)::int AS n FROM booking WHERE idempotency_key = $1`, [key]);
    expect(rows[0].n).toBe(1);
    await expectConsistent();
  });

  it('serves searches from the replica and bookings from the primary (pg_stat_activity.application_name)', async () => {
    const [slot] = await makeSlots(1, 3);
    const [person] = await makePeople(1, 6_000, `route-${Date.now()}`);
    await waitFor('the replica to have the offering', async () => (await replicaSql(`SELECT count(*)::int AS n FROM slot WHERE id = $1`, [slot]))[0].n === 1, 10_000);
    const searches = await Promise.all(Array.from({ length: 12 }, () => gql(info.url, SEARCH, { first: 5 })));
    for (const s of searches) {
      expect(s.body.errors).toBeUndefined();
      expect(s.body.data!.offerings.edges.length).toBeGreaterThan(0);
      expect(s.body.extensions?.servedBy).toBe('replica');
    }
    const onReplica = await replicaSql<{ application_name: string; query: string }>(`SELECT application_name, query FROM pg_stat_activity WHERE application_name LIKE 'api%'`);
    // Each of the three processes has replica connections, some last used for the search; none for the primary's work.
    expect(new Set(onReplica.map((r) => r.application_name))).toEqual(new Set(['api1:replica', 'api2:replica', 'api3:replica']));
    // The search's statement (offerings with their providers, one statement); the health check is the other one seen.
    expect(onReplica.filter((r) => /FROM \(SELECT o\.id, o\.provider_id/.test(r.query)).length).toBeGreaterThan(0);

    const booked = await bookSettled(apiUrl(0), person, slot);
    expect(codeOf(booked)).toBeNull();
    expect(booked.body.extensions?.servedBy).toBe('primary');
    const onPrimary = await primarySql<{ application_name: string; query: string }>(`SELECT application_name, query FROM pg_stat_activity WHERE application_name LIKE 'api%'`);
    expect(onPrimary.every((r) => r.application_name.endsWith(':primary'))).toBe(true);
    expect(onPrimary.some((r) => r.application_name === 'api1:primary' && /request_booking/.test(r.query))).toBe(true);
  });

  it('still answers reads, and shows a person their own new booking, while the replica’s replay is paused', async () => {
    const [slot] = await makeSlots(1, 3);
    const [person] = await makePeople(1, 6_000, `paused-${Date.now()}`);
    await replicaSql(`SELECT pg_wal_replay_pause()`);
    try {
      const booked = await bookSettled(apiUrl(1), person, slot);
      expect(codeOf(booked)).toBeNull();
      const id = booked.body.data!.requestBooking.id as string;
      // The replica has not replayed it; the person, signed in, reads from the primary on every process.
      expect(await replicaSql(`SELECT id FROM booking WHERE id = $1`, [id])).toEqual([]);
      for (let i = 0; i < 3; i++) {
        const mine = await gql(apiUrl(i), MY_BOOKING, { id }, person.token);
        expect(mine.body.data?.booking).toEqual({ id, status: 'REQUESTED' });
      }
      // Anonymous searches answer throughout: from the replica while it is fresh enough, from the primary once it is
      // more than REPLICA_MAX_LAG_SECONDS behind (the booking above is WAL it received and has not replayed).
      const served = new Set<string>();
      await waitFor(
        'searches to fall back to the primary',
        async () => {
          const s = await gql(apiUrl(2), SEARCH, { first: 3 });
          expect(s.body.data!.offerings.edges.length).toBeGreaterThan(0);
          served.add(s.body.extensions!.servedBy!);
          return s.body.extensions?.servedBy === 'primary';
        },
        20_000,
      );
      expect(served.has('primary')).toBe(true);
    } finally {
      await replicaSql(`SELECT pg_wal_replay_resume()`);
    }
    await waitFor('searches to go back to the replica', async () => (await gql(apiUrl(2), SEARCH, { first: 3 })).body.extensions?.servedBy === 'replica', 20_000);
  });

  it('counts a search repeated on every process as one demand signal (the limits are shared in PostgreSQL)', async () => {
    const filter = { nearOutcode: 'M14', categorySlugs: ['peer-support'], peerLed: true };
    const query = `query($filter: OfferingFilter) { offerings(first: 5, filter: $filter) { edges { node { id } } } }`;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 3; i++) expect((await gql(apiUrl(i), query, { filter })).body.errors).toBeUndefined();
    }
    // Each process buffers its signals and writes them within a second.
    const recorded = async () =>
      (await primarySql(`SELECT count(*)::int AS n FROM search_event e JOIN category c ON c.id = ANY(e.category_ids) WHERE c.slug = 'peer-support' AND 'peerLed' = ANY(e.filters)`))[0].n as number;
    await waitFor('the signals to be written', async () => (await recorded()) > 0, 10_000);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await recorded()).toBe(1);
  });

  it('runs each job once with workers on two processes', async () => {
    const [person] = await primarySql(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Mail person', 'PERSON', 'x') RETURNING id`, [`mail-${Date.now()}@cluster.invalid`]);
    const ids = (await primarySql<{ id: string }>(`SELECT notify($1, 'BOOKING_REMINDER', 'Cluster ' || i, 'Body ' || i, NULL, 'cluster:' || $2 || ':' || i) AS id FROM generate_series(1, 40) AS i`, [person.id, Date.now()])).map((r) => r.id);
    await waitFor('every email to be sent', async () => (await primarySql(`SELECT count(*)::int AS n FROM notification WHERE id = ANY($1) AND email_status = 'SENT'`, [ids]))[0].n === ids.length, 60_000);
    const counts = countByMessageId(box.mail);
    expect(ids.map((id) => counts.get(`<${id}@notifications.supportmarket.example>`))).toEqual(ids.map(() => 1));
  });

  it('answers bookings with a coded SERVICE_UNAVAILABLE while the primary is down, and resumes on the promoted replica', async () => {
    const [slot] = await makeSlots(1, 4);
    const people = await makePeople(6, 6_000, `failover-${Date.now()}`);
    await waitFor('the replica to catch up', async () => (await replicaSql(`SELECT count(*)::int AS n FROM slot WHERE id = $1`, [slot]))[0].n === 1, 10_000);
    const before = (await primarySql(`SELECT count(*)::int AS n FROM booking`))[0].n as number;

    // Stop the primary (fast shutdown, as a crash or a lost machine looks to the API).
    const pid = Number(readFileSync(resolve(info.primary.dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGINT');
    primaryStopped = true;
    await waitFor('the primary to stop', async () => {
      try {
        process.kill(pid, 0);
        return false;
      } catch {
        return true;
      }
    });
    const keys = people.map(() => `cluster-failover-${randomUUID()}`);
    const down = await Promise.all(people.map((p, i) => book(apiUrl(i), p, slot, keys[i])));
    for (const a of down) {
      expect(codeOf(a)).toBe('SERVICE_UNAVAILABLE');
      expect(a.status).toBe(503);
      expect(JSON.stringify(a.body)).not.toMatch(/stack|ECONN|at \//);
    }
    // Reads still answer from the replica.
    const search = await gql(info.url, SEARCH, { first: 3 });
    expect(search.body.data!.offerings.edges.length).toBeGreaterThan(0);

    // Promote the replica: the primary address follows it; the APIs reconnect and the same requests now book.
    await replicaSql(`SELECT pg_promote(true, 30)`);
    const again = await waitFor(
      'bookings to succeed on the promoted replica',
      async () => {
        const answers = await Promise.all(people.map((p, i) => book(apiUrl(i), p, slot, keys[i])));
        return answers.every((a) => codeOf(a) !== 'SERVICE_UNAVAILABLE') ? answers : null;
      },
      60_000,
    );
    const codes = again.map((a) => codeOf(a) ?? 'BOOKED');
    expect(codes.filter((c) => c === 'BOOKED')).toHaveLength(4);
    expect(codes.filter((c) => c !== 'BOOKED').every((c) => c === 'SLOT_FULL')).toBe(true);
    // Nothing was written while the primary was down, nothing twice after: one booking per key that booked.
    const rows = await primarySql(`SELECT idempotency_key, count(*)::int AS n FROM booking WHERE idempotency_key = ANY($1) GROUP BY 1`, [keys]);
    expect(rows.map((r) => r.n)).toEqual([1, 1, 1, 1]);
    expect((await primarySql(`SELECT count(*)::int AS n FROM booking`))[0].n).toBe(before + 4);
    expect((await primarySql(`SELECT pg_is_in_recovery() AS standby`))[0].standby).toBe(false);
    await expectConsistent();
  });
});

void primaryStopped;
