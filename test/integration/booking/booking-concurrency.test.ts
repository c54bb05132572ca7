import { startTestServer, type TestServer } from '../../support/test-server';
import { ledgerTotals } from '../../factories/people';
import {
  bookingPerson,
  bookingProvider,
  changeBooking,
  codeOf,
  expectBookingInvariants,
  requestBooking,
  slotIn,
  type BookingPerson,
  type BookingProvider,
} from '../../factories/bookings';

// Races through the real HTTP API against PostgreSQL: every request below is in flight at the same time.
let server: TestServer;
let provider: BookingProvider;
beforeAll(async () => {
  server = await startTestServer();
  provider = await bookingProvider(server, { pricePence: 700 });
});
afterEach(() => expectBookingInvariants(server));
afterAll(() => server.stop());

const people = (n: number, allocatedPence = 100_000) => Promise.all(Array.from({ length: n }, () => bookingPerson(server, allocatedPence)));
const tally = (codes: string[]) => codes.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});

describe('concurrent booking', () => {
  it('gives the last places of a slot to exactly as many people as there are places', async () => {
    const slotId = await slotIn(server, provider.offeringId, 24, 5);
    const racers = await people(40);
    const results = await Promise.all(racers.map((p) => requestBooking(server, p, slotId)));
    expect(tally(results.map(codeOf))).toEqual({ OK: 5, SLOT_FULL: 35 });
    const [slot] = await server.ds.query(`SELECT booked, capacity FROM slot WHERE id = $1`, [slotId]);
    expect(slot).toEqual({ booked: 5, capacity: 5 });
    // The winners' budgets hold the cost; the losers' hold nothing.
    for (const [i, r] of results.entries()) {
      expect((await ledgerTotals(server.ds, racers[i].budgetId)).budget.committed).toBe(r.data ? 700 : 0);
    }
  });

  it('never overspends one budget under many concurrent requests', async () => {
    const person = await bookingPerson(server, 10_000); // £100 buys 14 sessions at £7
    const slots = await Promise.all(Array.from({ length: 30 }, (_, i) => slotIn(server, provider.offeringId, 100 + i * 2, 3)));
    const results = await Promise.all(slots.map((slotId) => requestBooking(server, person, slotId)));
    expect(tally(results.map(codeOf))).toEqual({ OK: 14, BUDGET_EXCEEDED: 16 });
    expect((await ledgerTotals(server.ds, person.budgetId)).budget).toEqual({ allocated: 10_000, committed: 9_800, spent: 0 });
    // Refused requests took no place (request_booking checks the budget before it writes anything).
    const [{ booked }] = await server.ds.query(`SELECT sum(booked)::int AS booked FROM slot WHERE id = ANY($1::uuid[])`, [slots]);
    expect(booked).toBe(14);
  });

  it('books once for any number of concurrent retries with one idempotency key', async () => {
    const person = await bookingPerson(server, 10_000);
    const slotId = await slotIn(server, provider.offeringId, 300, 10);
    const key = `retry-${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 20 }, () => requestBooking(server, person, slotId, { idempotencyKey: key })));
    expect(results.map(codeOf)).toEqual(Array(20).fill('OK'));
    expect(new Set(results.map((r) => r.data!.requestBooking.id)).size).toBe(1);
    expect(await server.ds.query(`SELECT count(*)::int AS n FROM booking WHERE person_id = $1`, [person.account.id])).toEqual([{ n: 1 }]);
    expect(await server.ds.query(`SELECT kind, amount_pence FROM budget_ledger WHERE budget_id = $1 AND kind <> 'ALLOCATION'`, [person.budgetId])).toEqual([
      { kind: 'HOLD', amount_pence: 700 },
    ]);
    // A retry later still returns the first booking (and holds nothing more), even once the slot is full.
    await server.ds.query(`UPDATE slot SET capacity = booked WHERE id = $1`, [slotId]);
    const later = await requestBooking(server, person, slotId, { idempotencyKey: key });
    expect(later.data!.requestBooking.id).toBe(results[0].data!.requestBooking.id);
    expect((await ledgerTotals(server.ds, person.budgetId)).budget.committed).toBe(700);
  });

  it('lets one person hold only one of several overlapping sessions requested at once', async () => {
    const person = await bookingPerson(server, 100_000);
    const others = await Promise.all(Array.from({ length: 8 }, () => bookingProvider(server, { pricePence: 700 })));
    const slots = await Promise.all(others.map((o) => slotIn(server, o.offeringId, 400, 5)));
    const results = await Promise.all(slots.map((slotId) => requestBooking(server, person, slotId)));
    expect(tally(results.map(codeOf))).toEqual({ OK: 1, BOOKING_OVERLAP: 7 });
  });

  it('keeps the ledger equal to the bookings through a storm of requests, confirmations and cancellations', async () => {
    const slots = await Promise.all(Array.from({ length: 6 }, (_, i) => slotIn(server, provider.offeringId, 500 + i * 3, 4)));
    const crowd: BookingPerson[] = await people(24, 2_500);
    const first = await Promise.all(crowd.flatMap((p, i) => [requestBooking(server, p, slots[i % 6]), requestBooking(server, p, slots[(i + 3) % 6])]));
    const booked = first.filter((r) => r.data).map((r) => r.data!.requestBooking);
    expect(booked.length).toBeGreaterThan(0);
    // Cancel half, confirm the rest, and request again, all at once: freed places may be taken by the new requests.
    const storm = await Promise.all([
      ...booked.map((b: any, i: number) =>
        i % 2 ? changeBooking(server, 'confirmBooking', b.id, provider.owner.token) : changeBooking(server, 'cancelBooking', b.id, crowd.find((p) => p.planId === b.plan.id)!.token),
      ),
      ...crowd.map((p, i) => requestBooking(server, p, slots[(i + 1) % 6])),
    ]);
    const unexpected = storm.map(codeOf).filter((c) => !['OK', 'SLOT_FULL', 'BUDGET_EXCEEDED', 'BOOKING_OVERLAP'].includes(c));
    expect(unexpected).toEqual([]);
    const [{ n }] = await server.ds.query(`SELECT count(*)::int AS n FROM booking WHERE status IN ('REQUESTED','CONFIRMED') AND slot_id = ANY($1::uuid[])`, [slots]);
    expect(n).toBeLessThanOrEqual(6 * 4);
  });

  it('gives the places of a free slot to exactly as many people as there are places, with a budget or without', async () => {
    const free = await bookingProvider(server, { pricePence: 0 });
    const slotId = await slotIn(server, free.offeringId, 700, 6);
    const withBudget = await people(12);
    // People with a plan and no budget: they book the free session naming none.
    const without = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const p = await bookingPerson(server, 0);
        await server.ds.query(`DELETE FROM budget WHERE id = $1`, [p.budgetId]);
        return p;
      }),
    );
    const results = await Promise.all([...withBudget.map((p) => requestBooking(server, p, slotId)), ...without.map((p) => requestBooking(server, p, slotId, { budgetId: null }, p.token, 'id paidFrom { id }'))]);
    expect(tally(results.map(codeOf))).toEqual({ OK: 6, SLOT_FULL: 18 });
    expect(await server.ds.query(`SELECT booked FROM slot WHERE id = $1`, [slotId])).toEqual([{ booked: 6 }]);
    // Nobody's money moved: a free session holds nothing, from a budget or without one.
    expect(await server.ds.query(`SELECT count(*)::int AS n FROM budget_ledger l JOIN booking k ON k.id = l.booking_id WHERE k.slot_id = $1`, [slotId])).toEqual([{ n: 0 }]);
  });
});
