import { randomUUID } from 'node:crypto';
import { Role } from '../../server/src/modules/account/role';
import { findBookingInvariantViolations } from '../../server/src/bench/booking-invariants';
import type { GqlResult, TestServer } from '../support/test-server';
import { insertAccount, type TestAccount } from './accounts';
import { sqlOffering, sqlProvider, sqlSlot, type SqlOffering } from './catalogue';
import { sqlBudget, sqlPlan } from './people';

// A provider with one offering, and people with a plan and a budget, ready to book. Accounts are inserted with
// tokens issued as the server would (sign-up's password hashing would only slow the concurrency tests down).

export interface BookingProvider {
  owner: TestAccount;
  providerId: string;
  offeringId: string;
}

export async function bookingProvider(server: TestServer, offering: SqlOffering = {}): Promise<BookingProvider> {
  const owner = await insertAccount(server, Role.PROVIDER);
  const provider = await sqlProvider(server.ds, { ownerId: owner.id, name: 'Booking Test Provider' });
  const offeringId = await sqlOffering(server.ds, provider.id, { pricePence: 1500, ...offering });
  return { owner, providerId: provider.id, offeringId };
}

export interface BookingPerson {
  account: TestAccount;
  token: string;
  planId: string;
  budgetId: string;
}

export async function bookingPerson(server: TestServer, allocatedPence = 100_000): Promise<BookingPerson> {
  const account = await insertAccount(server, Role.PERSON);
  const plan = await sqlPlan(server.ds, { personId: account.id });
  const budgetId = await sqlBudget(server.ds, plan.id, allocatedPence);
  return { account, token: account.token, planId: plan.id, budgetId };
}

export const hoursFromNow = (hours: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 + hours * 3600_000);

/** A slot of the offering `hours` from now (one hour long). */
export const slotIn = (server: TestServer, offeringId: string, hours: number, capacity = 1) => sqlSlot(server.ds, offeringId, hoursFromNow(hours), capacity);

/** What everyone who may see a booking may ask for. */
export const BOOKING_FIELDS = `id status totalPence createdAt startsAt personName offering { id title } slot { id remaining capacity }`;
/** The person's (and admins') view adds the plan and the budget, which the provider may not see. */
export const PERSON_BOOKING_FIELDS = `${BOOKING_FIELDS} plan { id } budget { id committedPence spentPence availablePence }`;

export const REQUEST_BOOKING = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { ${PERSON_BOOKING_FIELDS} } }`;

export function requestBooking(
  server: TestServer,
  person: BookingPerson,
  slotId: string,
  overrides: Partial<{ idempotencyKey: string; planId: string; budgetId: string | null; goalIds: string[] }> = {},
  token = person.token,
  /** What to ask for; a booking made without a budget cannot be asked its `budget` (see paidFrom). */
  fields?: string,
): Promise<GqlResult> {
  return server.gql(
    fields ? `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { ${fields} } }` : REQUEST_BOOKING,
    { input: { slotId, planId: person.planId, budgetId: person.budgetId, idempotencyKey: `key-${randomUUID()}`, ...overrides } },
    { token },
  );
}

/** Books or fails the test. */
export async function book(server: TestServer, person: BookingPerson, slotId: string, overrides: Parameters<typeof requestBooking>[3] = {}): Promise<any> {
  const r = await requestBooking(server, person, slotId, overrides);
  if (!r.data) throw new Error(`requestBooking failed: ${JSON.stringify(r.errors)}`);
  return r.data.requestBooking;
}

export function changeBooking(
  server: TestServer,
  op: 'confirmBooking' | 'declineBooking' | 'cancelBooking' | 'completeBooking' | 'markNoShow',
  id: string,
  token: string,
  reason?: string,
  fields = BOOKING_FIELDS,
) {
  const withReason = op === 'declineBooking' || op === 'cancelBooking' || op === 'markNoShow';
  return server.gql(
    `mutation($id: ID!${withReason ? ', $reason: String' : ''}) { ${op}(id: $id${withReason ? ', reason: $reason' : ''}) { ${fields} } }`,
    { id, ...(withReason ? { reason } : {}) },
    { token },
  );
}

/** The booking's budget as its person sees it now. */
export async function budgetOf(server: TestServer, person: BookingPerson, bookingId: string) {
  const r = await server.gql(`query($id: ID!) { booking(id: $id) { budget { id committedPence spentPence availablePence } } }`, { id: bookingId }, { token: person.token });
  if (!r.data?.booking) throw new Error(`booking(id) failed: ${JSON.stringify(r.errors)}`);
  return r.data.booking.budget as { id: string; committedPence: number; spentPence: number; availablePence: number };
}

/** Moves a booking's session (and its slot) into the past, as if time had passed. */
export async function startSession(server: TestServer, bookingId: string, hoursAgo = 2): Promise<void> {
  await server.ds.query(
    `WITH k AS (UPDATE booking SET starts_at = now() - make_interval(hours => $2), ends_at = now() - make_interval(hours => $2) + interval '1 hour'
                WHERE id = $1 RETURNING slot_id)
     UPDATE slot SET starts_at = now() - make_interval(hours => $2), ends_at = now() - make_interval(hours => $2) + interval '1 hour'
      WHERE id = (SELECT slot_id FROM k)`,
    [bookingId, hoursAgo],
  );
}

export const codeOf = (r: GqlResult) => (r.errors ? r.errors[0].extensions?.code : 'OK');

/** The ledger equals the bookings, places equal bookings, history ends at the status (see server/src/bench/booking-invariants.ts). */
export async function expectBookingInvariants(server: TestServer): Promise<void> {
  const violations = await findBookingInvariantViolations(server.ds.manager);
  if (violations.length) throw new Error(`Booking invariants violated:\n${JSON.stringify(violations, null, 2)}`);
}
