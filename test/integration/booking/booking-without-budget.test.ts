import { randomUUID } from 'node:crypto';
import { Role } from '../../../server/src/modules/account/role';
import { insertAccount } from '../../factories/accounts';
import { ledgerTotals, sqlBudget, sqlPlan } from '../../factories/people';
import {
  BOOKING_FIELDS,
  bookingProvider,
  changeBooking,
  codeOf,
  expectBookingInvariants,
  slotIn,
  startSession,
  type BookingPerson,
  type BookingProvider,
} from '../../factories/bookings';
import { startTestServer, type TestServer } from '../../support/test-server';

// Issue 15, "no dead ends": a person without a council budget books a free session with no budget at all. Nothing
// is held or spent, no ledger line is written, and every other booking rule (places, overlaps, idempotency) holds.
let server: TestServer;
let free: BookingProvider;
let priced: BookingProvider;
beforeAll(async () => {
  server = await startTestServer();
  free = await bookingProvider(server, { pricePence: 0 });
  priced = await bookingProvider(server, { pricePence: 1200 });
});
afterEach(() => expectBookingInvariants(server));
afterAll(() => server.stop());

/** A person with a plan and no budget. */
async function personWithoutBudget(): Promise<BookingPerson> {
  const account = await insertAccount(server, Role.PERSON);
  const plan = await sqlPlan(server.ds, { personId: account.id });
  return { account, token: account.token, planId: plan.id, budgetId: null as unknown as string };
}

const FIELDS = `${BOOKING_FIELDS} plan { id } paidFrom { id }`;
const request = (p: BookingPerson, slotId: string, extra: Record<string, unknown> = {}, fields = FIELDS) =>
  server.gql(
    `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { ${fields} } }`,
    { input: { slotId, planId: p.planId, idempotencyKey: `key-${randomUUID()}`, ...extra } },
    { token: p.token },
  );
const ledgerLinesOf = async (bookingId: string) =>
  (await server.ds.query(`SELECT count(*)::int AS n FROM budget_ledger WHERE booking_id = $1`, [bookingId]))[0].n as number;

describe('booking without a budget', () => {
  it('books a free session with no budget: a place taken, nothing held, no ledger line', async () => {
    const person = await personWithoutBudget();
    const slotId = await slotIn(server, free.offeringId, 30, 3);
    const r = await request(person, slotId);
    expect(r.errors).toBeUndefined();
    const booking = r.data!.requestBooking;
    expect(booking).toMatchObject({ status: 'REQUESTED', totalPence: 0, paidFrom: null, plan: { id: person.planId }, slot: { remaining: 2 } });
    expect(await ledgerLinesOf(booking.id)).toBe(0);
    const [row] = await server.ds.query(`SELECT budget_id, total_pence FROM booking WHERE id = $1`, [booking.id]);
    expect(row).toEqual({ budget_id: null, total_pence: 0 });
    // Also when budgetId is sent as null explicitly.
    const again = await request(person, await slotIn(server, free.offeringId, 40, 1), { budgetId: null });
    expect(again.data!.requestBooking.paidFrom).toBeNull();
  });

  it('refuses a priced session without a budget with BAD_USER_INPUT in plain words, writing nothing', async () => {
    const person = await personWithoutBudget();
    const slotId = await slotIn(server, priced.offeringId, 30, 3);
    const r = await request(person, slotId);
    expect(r.data).toBeNull();
    expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'budgetId' });
    expect(r.errors![0].message).toMatch(/costs £12\.00, so it needs a budget.*self-funded budget.*needs assessment/);
    expect(await server.ds.query(`SELECT count(*)::int AS n FROM booking WHERE person_id = $1`, [person.account.id])).toEqual([{ n: 0 }]);
    expect(await server.ds.query(`SELECT booked FROM slot WHERE id = $1`, [slotId])).toEqual([{ booked: 0 }]);
  });

  it("refuses, before booking, an answer that asks for the budget a budget-less booking has not got", async () => {
    const person = await personWithoutBudget();
    const slotId = await slotIn(server, free.offeringId, 32, 3);
    const r = await request(person, slotId, {}, `id budget { id }`);
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].message).toMatch(/Nothing was booked.*paidFrom/);
    expect(await server.ds.query(`SELECT count(*)::int AS n FROM booking WHERE person_id = $1`, [person.account.id])).toEqual([{ n: 0 }]);
    // Read later, Booking.budget says why it has none; paidFrom answers null.
    const ok = await request(person, slotId);
    const read = await server.gql(`query($id: ID!) { booking(id: $id) { id paidFrom { id } } }`, { id: ok.data!.requestBooking.id }, { token: person.token });
    expect(read.data!.booking).toEqual({ id: ok.data!.requestBooking.id, paidFrom: null });
    const budget = await server.gql(`query($id: ID!) { booking(id: $id) { budget { id } } }`, { id: ok.data!.requestBooking.id }, { token: person.token });
    expect(codeOf(budget)).toBe('NOT_FOUND');
    expect(budget.errors![0].message).toMatch(/free session booked without one/);
  });

  it('still pays a free session from a budget when one is named, and still holds nothing', async () => {
    const person = await personWithoutBudget();
    const budgetId = await sqlBudget(server.ds, person.planId, 5_000);
    const r = await request(person, await slotIn(server, free.offeringId, 34, 3), { budgetId });
    expect(r.data!.requestBooking.paidFrom).toEqual({ id: budgetId });
    expect((await ledgerTotals(server.ds, budgetId)).budget).toEqual({ allocated: 5_000, committed: 0, spent: 0 });
  });

  it('cancels, declines and completes budget-less bookings, giving places back and never touching a ledger', async () => {
    const person = await personWithoutBudget();
    const [a, b, c] = await Promise.all([50, 60, 70].map((h) => slotIn(server, free.offeringId, h, 2)));
    const [ba, bb, bc] = [(await request(person, a)).data!.requestBooking, (await request(person, b)).data!.requestBooking, (await request(person, c)).data!.requestBooking];

    const cancelled = await changeBooking(server, 'cancelBooking', ba.id, person.token, 'Cannot come', `${FIELDS}`);
    expect(cancelled.data!.cancelBooking).toMatchObject({ status: 'CANCELLED', paidFrom: null, slot: { remaining: 2 } });

    const declined = await changeBooking(server, 'declineBooking', bb.id, free.owner.token, 'Closed that day');
    expect(declined.data!.declineBooking).toMatchObject({ status: 'DECLINED', slot: { remaining: 2 } });

    expect(codeOf(await changeBooking(server, 'confirmBooking', bc.id, free.owner.token))).toBe('OK');
    await startSession(server, bc.id);
    const completed = await changeBooking(server, 'completeBooking', bc.id, free.owner.token);
    expect(completed.data!.completeBooking.status).toBe('COMPLETED');
    for (const id of [ba.id, bb.id, bc.id]) expect(await ledgerLinesOf(id)).toBe(0);
    // The person is told the booking was declined, and nothing about money that was never held.
    const [declinedNews] = await server.ds.query(`SELECT body FROM notification WHERE user_id = $1 AND kind = 'BOOKING_DECLINED'`, [person.account.id]);
    expect(declinedNews.body).toContain('Closed that day');
    expect(declinedNews.body).not.toContain('budget');
  });

  it('replays a budget-less request by its key, and refuses the key for a request with a budget', async () => {
    const person = await personWithoutBudget();
    const budgetId = await sqlBudget(server.ds, person.planId, 5_000);
    const slotId = await slotIn(server, free.offeringId, 80, 3);
    const key = `free-${randomUUID()}`;
    const first = await request(person, slotId, { idempotencyKey: key });
    const replay = await request(person, slotId, { idempotencyKey: key });
    expect(replay.data!.requestBooking.id).toBe(first.data!.requestBooking.id);
    const other = await request(person, slotId, { idempotencyKey: key, budgetId });
    expect(codeOf(other)).toBe('CONFLICT');
  });

  it('the database refuses a booking without a budget that costs money', async () => {
    const person = await personWithoutBudget();
    const slotId = await slotIn(server, free.offeringId, 90, 3);
    const booking = (await request(person, slotId)).data!.requestBooking;
    await expect(server.ds.query(`UPDATE booking SET total_pence = 100 WHERE id = $1`, [booking.id])).rejects.toThrow(/booking_budget_or_free/);
  });
});

describe('concurrent booking without a budget', () => {
  it('gives the last places of a free slot to exactly as many budget-less people as there are places', async () => {
    const slotId = await slotIn(server, free.offeringId, 200, 4);
    const racers = await Promise.all(Array.from({ length: 30 }, () => personWithoutBudget()));
    const results = await Promise.all(racers.map((p) => request(p, slotId)));
    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === 'OK')).toHaveLength(4);
    expect(codes.filter((c) => c === 'SLOT_FULL')).toHaveLength(26);
    expect(await server.ds.query(`SELECT booked, capacity FROM slot WHERE id = $1`, [slotId])).toEqual([{ booked: 4, capacity: 4 }]);
  });

  it('books once for many concurrent budget-less retries with one idempotency key', async () => {
    const person = await personWithoutBudget();
    const slotId = await slotIn(server, free.offeringId, 220, 10);
    const key = `free-retry-${randomUUID()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => request(person, slotId, { idempotencyKey: key })));
    expect(results.map(codeOf)).toEqual(Array(20).fill('OK'));
    expect(new Set(results.map((r) => r.data!.requestBooking.id)).size).toBe(1);
    expect(await server.ds.query(`SELECT count(*)::int AS n FROM booking WHERE person_id = $1`, [person.account.id])).toEqual([{ n: 1 }]);
    expect(await server.ds.query(`SELECT booked FROM slot WHERE id = $1`, [slotId])).toEqual([{ booked: 1 }]);
  });
});
