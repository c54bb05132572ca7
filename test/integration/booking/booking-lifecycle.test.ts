import { startTestServer, type TestServer } from '../../support/test-server';
import { ledgerTotals } from '../../factories/people';
import {
  book,
  bookingPerson,
  budgetOf,
  PERSON_BOOKING_FIELDS,
  bookingProvider,
  changeBooking,
  codeOf,
  expectBookingInvariants,
  slotIn,
  startSession,
  type BookingPerson,
  type BookingProvider,
} from '../../factories/bookings';

let server: TestServer;
let provider: BookingProvider;
beforeAll(async () => {
  server = await startTestServer();
  provider = await bookingProvider(server, { pricePence: 2000 });
});
afterEach(() => expectBookingInvariants(server));
afterAll(() => server.stop());

const HISTORY = `query($id: ID!) { booking(id: $id) { id status history { fromStatus toStatus actorRole reason at } } }`;

async function fresh(hours = 48, capacity = 2): Promise<{ person: BookingPerson; booking: any; slotId: string }> {
  const person = await bookingPerson(server, 10_000);
  const slotId = await slotIn(server, provider.offeringId, hours + Math.random(), capacity);
  const booking = await book(server, person, slotId);
  return { person, booking, slotId };
}

describe('requesting a booking', () => {
  it('takes a place, holds the cost in the budget and records who asked', async () => {
    const { person, booking, slotId } = await fresh(48, 3);
    expect(booking).toMatchObject({ status: 'REQUESTED', totalPence: 2000, slot: { id: slotId, remaining: 2, capacity: 3 }, plan: { id: person.planId } });
    expect(booking.budget).toEqual({ id: person.budgetId, committedPence: 2000, spentPence: 0, availablePence: 8000 });
    const h = await server.gql(HISTORY, { id: booking.id }, { token: person.token });
    expect(h.data!.booking.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'REQUESTED', actorRole: 'PERSON', reason: null })]);
  });

  it('charges HOUR prices for the session length, rounded to the penny', async () => {
    const hourly = await bookingProvider(server, { pricePence: 1555 });
    await server.ds.query(`UPDATE offering SET price_unit = 'HOUR', session_minutes = 90 WHERE id = $1`, [hourly.offeringId]);
    const person = await bookingPerson(server, 10_000);
    const booking = await book(server, person, await slotIn(server, hourly.offeringId, 30));
    expect(booking.totalPence).toBe(2333);
    expect((await ledgerTotals(server.ds, person.budgetId)).budget).toEqual({ allocated: 10_000, committed: 2333, spent: 0 });
  });

  it('books a free session without touching the budget', async () => {
    const free = await bookingProvider(server, { pricePence: 0 });
    const person = await bookingPerson(server, 0);
    const booking = await book(server, person, await slotIn(server, free.offeringId, 30));
    expect(booking).toMatchObject({ status: 'REQUESTED', totalPence: 0 });
    expect(await server.ds.query(`SELECT kind FROM budget_ledger WHERE budget_id = $1`, [person.budgetId])).toEqual([]);
  });
});

describe('the booking lifecycle', () => {
  it('confirms, then completes after the start: the hold becomes spend', async () => {
    const { person, booking } = await fresh();
    const confirmed = await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token);
    expect(confirmed.data!.confirmBooking).toMatchObject({ status: 'CONFIRMED', personName: 'Test PERSON' });
    expect(await budgetOf(server, person, booking.id)).toMatchObject({ committedPence: 2000, spentPence: 0 });
    await startSession(server, booking.id);
    const completed = await changeBooking(server, 'completeBooking', booking.id, provider.owner.token);
    expect(completed.data!.completeBooking.status).toBe('COMPLETED');
    expect(await budgetOf(server, person, booking.id)).toMatchObject({ committedPence: 0, spentPence: 2000, availablePence: 8000 });
    const h = await server.gql(HISTORY, { id: booking.id }, { token: person.token });
    expect(h.data!.booking.history.map((e: any) => [e.fromStatus, e.toStatus, e.actorRole])).toEqual([
      [null, 'REQUESTED', 'PERSON'],
      ['REQUESTED', 'CONFIRMED', 'PROVIDER'],
      ['CONFIRMED', 'COMPLETED', 'PROVIDER'],
    ]);
    for (const e of h.data!.booking.history) expect(Math.abs(Date.parse(e.at) - Date.now())).toBeLessThan(60_000);
  });

  it('declines a request with a reason, giving back the place and the money', async () => {
    const { person, booking, slotId } = await fresh(48, 1);
    const r = await changeBooking(server, 'declineBooking', booking.id, provider.owner.token, 'We are closed that week.');
    expect(r.data!.declineBooking).toMatchObject({ status: 'DECLINED', slot: { id: slotId, remaining: 1 } });
    expect(await budgetOf(server, person, booking.id)).toMatchObject({ committedPence: 0, availablePence: 10_000 });
    const h = await server.gql(HISTORY, { id: booking.id }, { token: person.token });
    expect(h.data!.booking.history[1]).toMatchObject({ fromStatus: 'REQUESTED', toStatus: 'DECLINED', reason: 'We are closed that week.' });
  });

  it('lets the person cancel a requested or confirmed booking before the start, releasing the hold', async () => {
    const a = await fresh();
    const r1 = await changeBooking(server, 'cancelBooking', a.booking.id, a.person.token, 'Feeling unwell', PERSON_BOOKING_FIELDS);
    expect(r1.data!.cancelBooking).toMatchObject({ status: 'CANCELLED', budget: { committedPence: 0 }, slot: { remaining: 2 } });
    const b = await fresh();
    await changeBooking(server, 'confirmBooking', b.booking.id, provider.owner.token);
    const r2 = await changeBooking(server, 'cancelBooking', b.booking.id, b.person.token);
    expect(r2.data!.cancelBooking.status).toBe('CANCELLED');
  });

  it('lets the provider cancel a confirmed booking before the start', async () => {
    const { booking } = await fresh();
    await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token);
    const r = await changeBooking(server, 'cancelBooking', booking.id, provider.owner.token, 'The facilitator is ill');
    expect(r.data!.cancelBooking.status).toBe('CANCELLED');
  });

  it('charges a no-show in full', async () => {
    const { person, booking } = await fresh();
    await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token);
    await startSession(server, booking.id);
    const r = await changeBooking(server, 'markNoShow', booking.id, provider.owner.token, 'Did not arrive');
    expect(r.data!.markNoShow.status).toBe('NO_SHOW');
    expect(await budgetOf(server, person, booking.id)).toMatchObject({ committedPence: 0, spentPence: 2000 });
    expect((await ledgerTotals(server.ds, person.budgetId)).budget).toEqual({ allocated: 10_000, committed: 0, spent: 2000 });
  });

  it('lets an admin act for the provider', async () => {
    const { insertAccount } = await import('../../factories/accounts');
    const admin = await insertAccount(server, 'ADMIN' as never);
    const { booking } = await fresh();
    expect(codeOf(await changeBooking(server, 'confirmBooking', booking.id, admin.token))).toBe('OK');
  });
});

describe('refused transitions are CONFLICT with a clear message', () => {
  const refused = (r: any, pattern: RegExp) => {
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors[0].message).toMatch(pattern);
  };

  it('refuses to confirm twice, or to confirm a cancelled booking', async () => {
    const { person, booking } = await fresh();
    await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token);
    refused(await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token), /already confirmed/);
    refused(await changeBooking(server, 'declineBooking', booking.id, provider.owner.token), /is confirmed: only requested bookings can be declined/);
    await changeBooking(server, 'cancelBooking', booking.id, person.token);
    refused(await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token), /is cancelled: only requested bookings can be confirmed/);
    refused(await changeBooking(server, 'cancelBooking', booking.id, person.token), /already cancelled/);
  });

  it('refuses to complete or mark a no-show before the session starts, or a booking never confirmed', async () => {
    const { booking } = await fresh();
    refused(await changeBooking(server, 'completeBooking', booking.id, provider.owner.token), /only confirmed bookings can be completed/);
    await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token);
    refused(await changeBooking(server, 'completeBooking', booking.id, provider.owner.token), /has not started yet/);
    refused(await changeBooking(server, 'markNoShow', booking.id, provider.owner.token), /has not started yet/);
  });

  it('refuses to cancel once the session has started', async () => {
    const { person, booking } = await fresh();
    await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token);
    await startSession(server, booking.id, 0);
    refused(await changeBooking(server, 'cancelBooking', booking.id, person.token), /already started/);
    refused(await changeBooking(server, 'cancelBooking', booking.id, provider.owner.token), /already started/);
  });

  it('refuses to confirm after the session ended, but still lets the provider decline it', async () => {
    const { booking } = await fresh();
    await startSession(server, booking.id, 3);
    refused(await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token), /already ended/);
    expect(codeOf(await changeBooking(server, 'declineBooking', booking.id, provider.owner.token))).toBe('OK');
  });

  it('treats completed, no-show and declined bookings as final', async () => {
    const { person, booking } = await fresh();
    await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token);
    await startSession(server, booking.id);
    await changeBooking(server, 'completeBooking', booking.id, provider.owner.token);
    refused(await changeBooking(server, 'markNoShow', booking.id, provider.owner.token), /is completed: only confirmed bookings/);
    refused(await changeBooking(server, 'completeBooking', booking.id, provider.owner.token), /already completed/);
    refused(await changeBooking(server, 'cancelBooking', booking.id, person.token), /is completed/);
  });
});

describe('the invariant check used after every test', () => {
  it('notices places, money and history that disagree with the bookings', async () => {
    const { findBookingInvariantViolations } = await import('../../../server/src/bench/booking-invariants');
    const { booking, slotId, person } = await fresh();
    await server.ds.query(`UPDATE slot SET booked = booked + 1 WHERE id = $1`, [slotId]);
    await server.ds.query(`UPDATE booking SET total_pence = total_pence + 1 WHERE id = $1`, [booking.id]);
    const rules = (await findBookingInvariantViolations(server.ds.manager)).map((v) => v.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['slot places differ from the bookings', 'budget balances differ from the bookings', "a booking's ledger lines do not match its status"]),
    );
    await server.ds.query(`UPDATE slot SET booked = booked - 1 WHERE id = $1`, [slotId]);
    await server.ds.query(`UPDATE booking SET total_pence = total_pence - 1 WHERE id = $1`, [booking.id]);
    await changeBooking(server, 'cancelBooking', booking.id, person.token);
  });
});
