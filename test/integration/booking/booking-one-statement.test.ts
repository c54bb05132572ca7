import { randomUUID } from 'node:crypto';
import { BookingInOneStatement1764600000000 } from '../../../server/src/db/migrations/1764600000000-booking-in-one-statement';
import { PriceUnit } from '../../../server/src/modules/catalogue/catalogue.enums';
import { sessionCostPence } from '../../../server/src/modules/catalogue/session-cost';
import { startTestServer, type TestServer } from '../../support/test-server';
import {
  book,
  bookingPerson,
  bookingProvider,
  changeBooking,
  codeOf,
  expectBookingInvariants,
  PERSON_BOOKING_FIELDS,
  requestBooking,
  slotIn,
  startSession,
  type BookingPerson,
  type BookingProvider,
} from '../../factories/bookings';

// requestBooking and every status change are one call of a database function each (request_booking, move_booking:
// server/src/db/functions/, first created by migration 1764600000000). These tests hold them to that: one SQL statement per operation whatever the answer,
// nothing written by a refusal, the SQL price rule equal to catalogue/session-cost.ts, and a migration that comes down cleanly.
let server: TestServer;
let provider: BookingProvider;
beforeAll(async () => {
  server = await startTestServer();
  provider = await bookingProvider(server, { pricePence: 1000 });
});
afterEach(() => expectBookingInvariants(server));
afterAll(() => server.stop());

let hour = 24;
const nextSlot = (capacity = 5, offeringId = provider.offeringId) => slotIn(server, offeringId, (hour += 2), capacity);

const LEAN_REQUEST = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status totalPence } }`;
const lean = (person: BookingPerson, slotId: string, overrides: Record<string, unknown> = {}) =>
  server.gql(
    LEAN_REQUEST,
    { input: { slotId, planId: person.planId, budgetId: person.budgetId, idempotencyKey: `key-${randomUUID()}`, ...overrides } },
    { token: person.token },
  );

/** Everything a request could write, for one person and one slot. */
async function footprint(person: BookingPerson, slotId: string) {
  const [r] = await server.ds.query(
    `SELECT (SELECT count(*)::int FROM booking WHERE person_id = $1) AS bookings,
            (SELECT count(*)::int FROM booking_event e JOIN booking k ON k.id = e.booking_id WHERE k.person_id = $1) AS events,
            (SELECT count(*)::int FROM booking_goal g JOIN booking k ON k.id = g.booking_id WHERE k.person_id = $1) AS goals,
            (SELECT count(*)::int FROM budget_ledger WHERE budget_id = $2) AS ledger_lines,
            (SELECT committed_pence FROM budget WHERE id = $2) AS committed,
            (SELECT booked FROM slot WHERE id = $3) AS booked`,
    [person.account.id, person.budgetId, slotId],
  );
  return r;
}

describe('a refused request', () => {
  it('writes nothing: no booking, no history, no goal links, no ledger line, no place taken', async () => {
    const person = await bookingPerson(server, 1_500);
    const [goal] = await server.ds.query(
      `INSERT INTO goal (plan_id, life_area, description, baseline_score, latest_score) VALUES ($1, 'SOCIAL_CONNECTION', 'Meet people', 3, 3) RETURNING id`,
      [person.planId],
    );
    const heldAt = (hour += 2);
    const held = await book(server, person, await slotIn(server, provider.offeringId, heldAt, 5));
    // Each refusal below is decided after the slot was locked and found free, where the old transaction had
    // already taken the place and inserted the booking before it rolled back.
    const pricey = await bookingProvider(server, { pricePence: 600 });
    const cases: [string, string, Record<string, unknown>][] = [
      ['BUDGET_EXCEEDED', await nextSlot(5, pricey.offeringId), { goalIds: [goal.id] }],
      ['BAD_USER_INPUT', await nextSlot(), { goalIds: [goal.id, randomUUID()] }],
      ['BOOKING_OVERLAP', await slotIn(server, pricey.offeringId, heldAt + 0.5, 5), {}],
    ];
    for (const [code, slotId, overrides] of cases) {
      const before = await footprint(person, slotId);
      const r = await lean(person, slotId, overrides);
      expect(codeOf(r)).toBe(code);
      expect(await footprint(person, slotId)).toEqual(before);
    }
    await changeBooking(server, 'cancelBooking', held.id, person.token);
  });

  it('keeps its message and details', async () => {
    const person = await bookingPerson(server, 999);
    const r = await lean(person, await nextSlot());
    expect(r.errors![0]).toMatchObject({
      message: 'This costs £10.00 but only £9.99 is left in this budget.',
      extensions: { code: 'BUDGET_EXCEEDED', availablePence: 999, requiredPence: 1000 },
    });
    const rich = await bookingPerson(server, 10_000);
    const first = await book(server, rich, await slotIn(server, provider.offeringId, 5000, 5));
    const clash = await lean(rich, await slotIn(server, (await bookingProvider(server)).offeringId, 5000.25, 5));
    expect(clash.errors![0]).toMatchObject({ message: 'You already have a booking at this time.', extensions: { code: 'BOOKING_OVERLAP', bookingId: first.id } });
    await changeBooking(server, 'cancelBooking', first.id, rich.token);
  });
});

// Each signed-in request also costs one statement before its operation: the token's revocation check (http/app.ts).
const SIGN_IN_CHECK = 1;

describe('SQL statements', () => {
  it('requests a booking in one statement, whatever the answer', async () => {
    const person = await bookingPerson(server, 10_000);
    const key = `key-${randomUUID()}`;
    const slotId = await nextSlot();
    const booked = await lean(person, slotId, { idempotencyKey: key });
    const replayed = await lean(person, slotId, { idempotencyKey: key });
    expect(replayed.data!.requestBooking.id).toBe(booked.data!.requestBooking.id);
    const full = await nextSlot(1);
    await book(server, await bookingPerson(server), full);
    const refusals = [
      await lean(person, full),
      await lean(person, await nextSlot(), { planId: (await bookingPerson(server)).planId }),
      await lean(person, await slotIn(server, (await bookingProvider(server, { pricePence: 20_000 })).offeringId, 3000, 5)),
    ];
    expect(refusals.map(codeOf)).toEqual(['SLOT_FULL', 'NOT_FOUND', 'BUDGET_EXCEEDED']);
    for (const r of [booked, replayed, refusals[0], refusals[2]]) expect(r.extensions!.sqlStatements).toBe(SIGN_IN_CHECK + 1);
    // Someone else's plan: then whose plan it is and whether the viewer supports them (issue 15), two more.
    expect(refusals[1].extensions!.sqlStatements).toBe(SIGN_IN_CHECK + 3);
    await changeBooking(server, 'cancelBooking', booked.data!.requestBooking.id, person.token);
  });

  it("answers the person's full view of a new booking in a constant number of statements", async () => {
    const person = await bookingPerson(server, 10_000);
    const r = await requestBooking(server, person, await nextSlot());
    expect(codeOf(r)).toBe('OK');
    // request_booking, then one each for the offering, slot, plan, budget and person's name the payload asks for.
    expect(r.extensions!.sqlStatements).toBeLessThanOrEqual(6);
    expect(r.data!.requestBooking).toMatchObject({ slot: { remaining: 4 }, budget: { committedPence: 1000, availablePence: 9000 } });
    await changeBooking(server, 'cancelBooking', r.data!.requestBooking.id, person.token, undefined, PERSON_BOOKING_FIELDS);
  });

  it('changes a booking in one statement, whatever the answer', async () => {
    const person = await bookingPerson(server, 10_000);
    const booking = await book(server, person, await nextSlot());
    const FIELDS = 'id status';
    const answers = [
      await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token, undefined, FIELDS),
      await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token, undefined, FIELDS),
      await changeBooking(server, 'completeBooking', booking.id, provider.owner.token, undefined, FIELDS),
      await changeBooking(server, 'completeBooking', booking.id, (await bookingProvider(server)).owner.token, undefined, FIELDS),
      await changeBooking(server, 'confirmBooking', booking.id, (await bookingProvider(server)).owner.token, undefined, FIELDS),
    ];
    await startSession(server, booking.id);
    answers.push(await changeBooking(server, 'completeBooking', booking.id, provider.owner.token, undefined, FIELDS));
    expect(answers.map(codeOf)).toEqual(['OK', 'CONFLICT', 'CONFLICT', 'NOT_FOUND', 'NOT_FOUND', 'OK']);
    for (const r of answers) expect(r.extensions!.sqlStatements).toBe(SIGN_IN_CHECK + 1);
    const cancel = await book(server, person, await nextSlot());
    const cancelled = await changeBooking(server, 'cancelBooking', cancel.id, person.token, 'No longer needed', FIELDS);
    expect(cancelled.data!.cancelBooking.status).toBe('CANCELLED');
    expect(cancelled.extensions!.sqlStatements).toBe(SIGN_IN_CHECK + 1);
  });
});

describe('the price of a session', () => {
  it('is the same in SQL (session_cost_pence) as in catalogue/session-cost.ts, for every unit and many prices and lengths', async () => {
    // Edges of the allowed ranges (offering's CHECKs: 0 to 10,000,000 pence, 5 to 1,440 minutes), half-penny ties,
    // and a spread of random values.
    const prices = [0, 1, 29, 30, 31, 59, 60, 99, 100, 1001, 1555, 1800, 9999, 10_000_000];
    const minutes = [5, 7, 15, 20, 30, 45, 59, 60, 61, 90, 119, 120, 480, 1439, 1440];
    let seed = 42;
    const random = (max: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % (max + 1);
    const pairs: [number, number][] = prices.flatMap((p) => minutes.map((m): [number, number] => [p, m]));
    for (let i = 0; i < 3000; i++) pairs.push([random(i % 2 ? 10_000_000 : 5_000), 5 + random(1435)]);
    const units = Object.values(PriceUnit);
    const inputs = units.flatMap((u) => pairs.map(([p, m]) => ({ p, u, m })));
    const found: { cost: number }[] = await server.ds.query(
      `SELECT session_cost_pence(i.p, i.u, i.m) AS cost
         FROM unnest($1::int[], $2::price_unit[], $3::int[]) WITH ORDINALITY AS i(p, u, m, n) ORDER BY i.n`,
      [inputs.map((i) => i.p), inputs.map((i) => i.u), inputs.map((i) => i.m)],
    );
    const disagreements = inputs.filter((i, n) => found[n].cost !== sessionCostPence(i.p, i.u, i.m));
    expect(inputs.length).toBeGreaterThan(10_000);
    expect(disagreements).toEqual([]);
  });

  it('is what a booking holds', async () => {
    const hourly = await bookingProvider(server, { pricePence: 1001 });
    await server.ds.query(`UPDATE offering SET price_unit = 'HOUR', session_minutes = 20 WHERE id = $1`, [hourly.offeringId]);
    const person = await bookingPerson(server, 10_000);
    const booking = await book(server, person, await nextSlot(5, hourly.offeringId));
    expect(booking.totalPence).toBe(sessionCostPence(1001, PriceUnit.HOUR, 20));
    await changeBooking(server, 'cancelBooking', booking.id, person.token);
  });
});

describe('the migration', () => {
  it('removes the functions on the way down and brings them back on the way up', async () => {
    const functions = async () =>
      (await server.ds.query(`SELECT proname FROM pg_proc WHERE proname IN ('request_booking', 'move_booking', 'session_cost_pence') ORDER BY proname`)).map(
        (r: { proname: string }) => r.proname,
      );
    expect(await functions()).toEqual(['move_booking', 'request_booking', 'session_cost_pence']);
    const migration = new BookingInOneStatement1764600000000();
    const q = server.ds.createQueryRunner();
    try {
      await migration.down(q);
      expect(await functions()).toEqual([]);
      await migration.up(q);
    } finally {
      await q.release();
    }
    expect(await functions()).toEqual(['move_booking', 'request_booking', 'session_cost_pence']);
    const person = await bookingPerson(server, 10_000);
    const booking = await book(server, person, await nextSlot());
    expect(codeOf(await changeBooking(server, 'cancelBooking', booking.id, person.token))).toBe('OK');
  });
});
