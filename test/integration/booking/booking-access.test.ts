import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount } from '../../factories/accounts';
import { Role } from '../../../server/src/modules/account/role';
import { sqlBudget } from '../../factories/people';
import {
  book,
  bookingPerson,
  bookingProvider,
  changeBooking,
  codeOf,
  expectBookingInvariants,
  hoursFromNow,
  requestBooking,
  slotIn,
  startSession,
  type BookingPerson,
  type BookingProvider,
} from '../../factories/bookings';
import { sqlSlot } from '../../factories/catalogue';

let server: TestServer;
let provider: BookingProvider;
let person: BookingPerson;
beforeAll(async () => {
  server = await startTestServer();
  provider = await bookingProvider(server, { pricePence: 1000 });
  person = await bookingPerson(server, 5_000);
});
afterEach(() => expectBookingInvariants(server));
afterAll(() => server.stop());

let hour = 24;
const nextSlot = (capacity = 5) => slotIn(server, provider.offeringId, (hour += 2), capacity);

describe('requestBooking refusals', () => {
  it('needs a signed-in person', async () => {
    const slotId = await nextSlot();
    expect(codeOf(await requestBooking(server, person, slotId, {}, ''))).toBe('UNAUTHENTICATED');
    expect(codeOf(await requestBooking(server, person, slotId, {}, provider.owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await requestBooking(server, person, slotId, {}, (await admin(server)).token))).toBe('FORBIDDEN');
  });

  it("refuses someone else's plan as NOT_FOUND and a budget of another plan as FORBIDDEN", async () => {
    const slotId = await nextSlot();
    const other = await bookingPerson(server);
    expect(codeOf(await requestBooking(server, person, slotId, { planId: other.planId, budgetId: other.budgetId }))).toBe('NOT_FOUND');
    expect(codeOf(await requestBooking(server, person, slotId, { budgetId: other.budgetId }))).toBe('FORBIDDEN');
    expect(codeOf(await requestBooking(server, person, slotId, { budgetId: randomUUID() }))).toBe('NOT_FOUND');
    expect(codeOf(await requestBooking(server, person, randomUUID()))).toBe('NOT_FOUND');
  });

  it('refuses bad input with the field at fault', async () => {
    const slotId = await nextSlot();
    const bad = async (overrides: Record<string, unknown>, field: string) => {
      const r = await server.gql(
        `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`,
        { input: { slotId, planId: person.planId, budgetId: person.budgetId, idempotencyKey: `key-${randomUUID()}`, ...overrides } },
        { token: person.token },
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors![0].extensions)).toContain(field);
    };
    await bad({ slotId: 'not-a-uuid' }, 'slotId');
    await bad({ planId: "1' OR '1'='1" }, 'planId');
    await bad({ idempotencyKey: 'short' }, 'idempotencyKey');
    await bad({ idempotencyKey: 'x'.repeat(101) }, 'idempotencyKey');
    await bad({ idempotencyKey: 'has spaces in it' }, 'idempotencyKey');
    await bad({ goalIds: ['nope'] }, 'goalIds');
  });

  it('refuses goals that are not goals of the plan, and links those that are', async () => {
    const [goal] = await server.ds.query(`INSERT INTO goal (plan_id, life_area, description, baseline_score, latest_score) VALUES ($1, 'SOCIAL_CONNECTION', 'Meet people', 3, 3) RETURNING id`, [person.planId]);
    const stranger = await bookingPerson(server);
    const [foreign] = await server.ds.query(`INSERT INTO goal (plan_id, life_area, description, baseline_score, latest_score) VALUES ($1, 'SOCIAL_CONNECTION', 'Not yours', 3, 3) RETURNING id`, [stranger.planId]);
    const r = await requestBooking(server, person, await nextSlot(), { goalIds: [goal.id, foreign.id] });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    const ok = await book(server, person, await nextSlot(), { goalIds: [goal.id] });
    expect(await server.ds.query(`SELECT goal_id FROM booking_goal WHERE booking_id = $1`, [ok.id])).toEqual([{ goal_id: goal.id }]);
    await changeBooking(server, 'cancelBooking', ok.id, person.token);
  });

  it('refuses a slot that has started, a full slot, an overlap and an overspend with their codes', async () => {
    const past = await sqlSlot(server.ds, provider.offeringId, hoursFromNow(-1), 5);
    expect(codeOf(await requestBooking(server, person, past))).toBe('SLOT_IN_PAST');
    const full = await nextSlot(1);
    const someone = await bookingPerson(server);
    await book(server, someone, full);
    expect(codeOf(await requestBooking(server, person, full))).toBe('SLOT_FULL');
    const first = await book(server, person, await slotIn(server, provider.offeringId, 1000, 5));
    const other = await bookingProvider(server, { pricePence: 1000 });
    const clash = await requestBooking(server, person, await slotIn(server, other.offeringId, 1000.5, 5));
    expect(codeOf(clash)).toBe('BOOKING_OVERLAP');
    // Back to back is not an overlap.
    const next = await book(server, person, await slotIn(server, other.offeringId, 1001, 5));
    const pricey = await bookingProvider(server, { pricePence: 3001 });
    const over = await requestBooking(server, person, await slotIn(server, pricey.offeringId, 1100, 5));
    expect(codeOf(over)).toBe('BUDGET_EXCEEDED');
    expect(over.errors![0].message).toMatch(/£30\.01.*£30\.00/);
    for (const b of [first, next]) await changeBooking(server, 'cancelBooking', b.id, person.token);
  });

  it('refuses an unpublished offering, a closed plan, and a session outside the budget period', async () => {
    const paused = await bookingProvider(server, { status: 'PAUSED' });
    expect(codeOf(await requestBooking(server, person, await slotIn(server, paused.offeringId, 30)))).toBe('CONFLICT');
    const closed = await bookingPerson(server);
    await server.ds.query(`UPDATE support_plan SET active = false WHERE id = $1`, [closed.planId]);
    expect(codeOf(await requestBooking(server, closed, await nextSlot()))).toBe('CONFLICT');
    const shortBudget = await sqlBudget(server.ds, person.planId, 5_000);
    await server.ds.query(`UPDATE budget SET period_end_date = current_date + 1 WHERE id = $1`, [shortBudget]);
    const r = await requestBooking(server, person, await slotIn(server, provider.offeringId, 24 * 10), { budgetId: shortBudget });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/This budget covers/);
  });

  it('refuses an idempotency key reused for a different booking', async () => {
    const key = `reuse-${randomUUID()}`;
    const b = await book(server, person, await nextSlot(), { idempotencyKey: key });
    const r = await requestBooking(server, person, await nextSlot(), { idempotencyKey: key });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/idempotency key/);
    // The same key belongs to each person separately.
    const someoneElse = await bookingPerson(server);
    expect(codeOf(await requestBooking(server, someoneElse, await nextSlot(), { idempotencyKey: key }))).toBe('OK');
    await changeBooking(server, 'cancelBooking', b.id, person.token);
  });
});

describe('who may change a booking', () => {
  it('lets only the provider (or an admin) confirm, decline, complete or mark a no-show', async () => {
    const b = await book(server, person, await nextSlot());
    const otherProvider = await bookingProvider(server);
    const stranger = await bookingPerson(server);
    for (const op of ['confirmBooking', 'declineBooking', 'completeBooking', 'markNoShow'] as const) {
      expect(codeOf(await changeBooking(server, op, b.id, person.token))).toBe('FORBIDDEN');
      expect(codeOf(await changeBooking(server, op, b.id, stranger.token))).toBe('FORBIDDEN');
      expect(codeOf(await changeBooking(server, op, b.id, otherProvider.owner.token))).toBe('NOT_FOUND');
      expect(codeOf(await changeBooking(server, op, b.id, (await commissioner(server)).token))).toBe('FORBIDDEN');
      expect(codeOf(await changeBooking(server, op, b.id, ''))).toBe('UNAUTHENTICATED');
      expect(codeOf(await changeBooking(server, op, randomUUID(), provider.owner.token))).toBe('NOT_FOUND');
      expect(codeOf(await changeBooking(server, op, 'nope', provider.owner.token))).toBe('BAD_USER_INPUT');
    }
    await changeBooking(server, 'cancelBooking', b.id, person.token);
  });

  it('lets only the person, the provider or an admin cancel', async () => {
    const b = await book(server, person, await nextSlot());
    const stranger = await bookingPerson(server);
    const otherProvider = await bookingProvider(server);
    expect(codeOf(await changeBooking(server, 'cancelBooking', b.id, stranger.token))).toBe('NOT_FOUND');
    expect(codeOf(await changeBooking(server, 'cancelBooking', b.id, otherProvider.owner.token))).toBe('NOT_FOUND');
    expect(codeOf(await changeBooking(server, 'cancelBooking', b.id, (await commissioner(server)).token))).toBe('FORBIDDEN');
    expect(codeOf(await changeBooking(server, 'cancelBooking', b.id, (await admin(server)).token))).toBe('OK');
  });

  it('refuses a reason longer than 500 characters', async () => {
    const b = await book(server, person, await nextSlot());
    expect(codeOf(await changeBooking(server, 'cancelBooking', b.id, person.token, 'x'.repeat(501)))).toBe('BAD_USER_INPUT');
    await changeBooking(server, 'cancelBooking', b.id, person.token);
  });
});

describe('who may see a booking', () => {
  const BOOKING = `query($id: ID!) { booking(id: $id) { id status } }`;

  it('shows it to its person, its provider and admins; to nobody else', async () => {
    const b = await book(server, person, await nextSlot());
    for (const token of [person.token, provider.owner.token, (await admin(server)).token]) {
      expect((await server.gql(BOOKING, { id: b.id }, { token })).data!.booking).toEqual({ id: b.id, status: 'REQUESTED' });
    }
    for (const token of [(await bookingPerson(server)).token, (await bookingProvider(server)).owner.token, (await insertAccount(server, Role.COMMISSIONER, 'E08000003')).token]) {
      expect((await server.gql(BOOKING, { id: b.id }, { token })).data!.booking).toBeNull();
    }
    expect(codeOf(await server.gql(BOOKING, { id: b.id }))).toBe('UNAUTHENTICATED');
    await changeBooking(server, 'cancelBooking', b.id, person.token);
  });

  it("keeps the person's plan, budget and other bookings from the provider, who sees the booking and the person's name", async () => {
    const b = await book(server, person, await nextSlot());
    const ask = (fields: string, token: string) => server.gql(`query($id: ID!) { booking(id: $id) { id ${fields} } }`, { id: b.id }, { token });
    expect(codeOf(await ask('plan { id }', provider.owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await ask('budget { availablePence }', provider.owner.token))).toBe('FORBIDDEN');
    expect(codeOf(await ask('plan { bookings { edges { node { id } } } }', provider.owner.token))).toBe('FORBIDDEN');
    expect((await ask('personName', provider.owner.token)).data!.booking.personName).toBe('Test PERSON');
    const mine = await ask('plan { bookings { edges { node { id } } } } budget { id }', person.token);
    expect(mine.data!.booking.plan.bookings.edges.map((e: any) => e.node.id)).toContain(b.id);
    expect(mine.data!.booking.budget.id).toBe(person.budgetId);
    expect(codeOf(await ask('plan { id } budget { id }', (await admin(server)).token))).toBe('OK');
    await changeBooking(server, 'cancelBooking', b.id, person.token);
  });

  it('refuses providerBookings to people and commissioners, and for an organisation the viewer does not run', async () => {
    const Q = `query($providerId: ID) { providerBookings(providerId: $providerId) { edges { node { id } } } }`;
    expect(codeOf(await server.gql(Q, {}, { token: person.token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(Q, {}, { token: (await commissioner(server)).token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(Q, {}))).toBe('UNAUTHENTICATED');
    const other = await bookingProvider(server);
    expect(codeOf(await server.gql(Q, { providerId: provider.providerId }, { token: other.owner.token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(Q, { providerId: provider.providerId }, { token: (await admin(server)).token }))).toBe('OK');
  });
});

describe('the session clock', () => {
  it('is the database clock: a session that started a moment ago cannot be booked or cancelled', async () => {
    const b = await book(server, person, await nextSlot());
    await startSession(server, b.id, 0);
    expect(codeOf(await changeBooking(server, 'cancelBooking', b.id, person.token))).toBe('CONFLICT');
    await changeBooking(server, 'declineBooking', b.id, provider.owner.token);
  });
});
