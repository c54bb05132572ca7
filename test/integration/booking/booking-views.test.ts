import { startTestServer, type TestServer } from '../../support/test-server';
import { admin } from '../../factories/accounts';
import { sqlProvider } from '../../factories/catalogue';
import { sqlOffering } from '../../factories/catalogue';
import {
  book,
  bookingPerson,
  bookingProvider,
  changeBooking,
  codeOf,
  expectBookingInvariants,
  slotIn,
  type BookingPerson,
  type BookingProvider,
} from '../../factories/bookings';

// A provider with two organisations and 30 bookings from 10 people, for paging and statement counts.
let server: TestServer;
let provider: BookingProvider;
let secondOffering: string;
let crowd: BookingPerson[];
const ids: string[] = [];
beforeAll(async () => {
  server = await startTestServer();
  provider = await bookingProvider(server, { pricePence: 500 });
  const second = await sqlProvider(server.ds, { ownerId: provider.owner.id, name: 'Second organisation' });
  secondOffering = await sqlOffering(server.ds, second.id, { pricePence: 800 });
  crowd = await Promise.all(Array.from({ length: 10 }, () => bookingPerson(server, 50_000)));
  for (let i = 0; i < 30; i++) {
    const offeringId = i % 3 === 2 ? secondOffering : provider.offeringId;
    const b = await book(server, crowd[i % 10], await slotIn(server, offeringId, 24 + i * 2, 3));
    ids.push(b.id);
  }
  // Newest first: the list order is the reverse of booking order.
  ids.reverse();
  for (const id of ids.slice(0, 5)) await changeBooking(server, 'confirmBooking', id, provider.owner.token);
});
afterEach(() => expectBookingInvariants(server));
afterAll(() => server.stop());

const PROVIDER_BOOKINGS = `query($first: Int, $after: String, $status: BookingStatus) {
  providerBookings(first: $first, after: $after, status: $status) {
    edges { cursor node { id status totalPence personName offering { id title provider { id name } } slot { id startsAt remaining }
      history { toStatus } review { id } } }
    pageInfo { hasNextPage endCursor } } }`;

describe('providerBookings', () => {
  it("pages through every booking of all the viewer's organisations, newest first, with no gaps or repeats", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const r: any = await server.gql(PROVIDER_BOOKINGS, { first: 7, after }, { token: provider.owner.token });
      expect(r.errors).toBeUndefined();
      seen.push(...r.data.providerBookings.edges.map((e: any) => e.node.id));
      if (!r.data.providerBookings.pageInfo.hasNextPage) break;
      after = r.data.providerBookings.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
  });

  it('filters by status', async () => {
    const r = await server.gql(PROVIDER_BOOKINGS, { status: 'CONFIRMED', first: 100 }, { token: provider.owner.token });
    expect(r.data!.providerBookings.edges.map((e: any) => e.node.id)).toEqual(ids.slice(0, 5));
    expect(r.data!.providerBookings.edges.every((e: any) => e.node.status === 'CONFIRMED')).toBe(true);
  });

  it('filters by one organisation', async () => {
    const [{ provider_id }] = await server.ds.query(`SELECT provider_id FROM offering WHERE id = $1`, [secondOffering]);
    const r = await server.gql(`query($p: ID) { providerBookings(providerId: $p, first: 100) { edges { node { offering { id } } } } }`, { p: provider_id }, { token: provider.owner.token });
    expect(r.data!.providerBookings.edges).toHaveLength(10);
    expect(new Set(r.data!.providerBookings.edges.map((e: any) => e.node.offering.id))).toEqual(new Set([secondOffering]));
  });

  it('is empty for a provider account with no bookings', async () => {
    const other = await bookingProvider(server);
    const r = await server.gql(PROVIDER_BOOKINGS, {}, { token: other.owner.token });
    expect(r.data!.providerBookings).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('runs the same number of SQL statements for 2 bookings as for 30 (no N+1)', async () => {
    const two = await server.gql(PROVIDER_BOOKINGS, { first: 2 }, { token: provider.owner.token });
    const thirty = await server.gql(PROVIDER_BOOKINGS, { first: 30 }, { token: provider.owner.token });
    expect(thirty.data!.providerBookings.edges).toHaveLength(30);
    expect(thirty.extensions!.sqlStatements).toBe(two.extensions!.sqlStatements);
    // the sign-in check (token revocation), my providers, the page, offerings, slots, people's names, histories,
    // reviews (providers come primed)
    expect(thirty.extensions!.sqlStatements).toBeLessThanOrEqual(8);
  });

  it('refuses bad page sizes and cursors from another list', async () => {
    expect(codeOf(await server.gql(PROVIDER_BOOKINGS, { first: 101 }, { token: provider.owner.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.gql(PROVIDER_BOOKINGS, { first: 0 }, { token: provider.owner.token }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.gql(PROVIDER_BOOKINGS, { after: 'garbage' }, { token: provider.owner.token }))).toBe('BAD_USER_INPUT');
  });
});

describe('SupportPlan.bookings', () => {
  const PLAN_BOOKINGS = `query($id: ID!, $first: Int, $after: String) { booking(id: $id) { plan { id bookings(first: $first, after: $after) {
    edges { node { id status offering { title } slot { startsAt } } } pageInfo { hasNextPage endCursor } } } } }`;

  it("pages through the person's bookings, newest first", async () => {
    const person = crowd[0];
    const mine = (await server.ds.query(`SELECT id FROM booking WHERE plan_id = $1 ORDER BY created_at DESC, id DESC`, [person.planId])).map((r: any) => r.id);
    expect(mine).toHaveLength(3);
    const p1 = await server.gql(PLAN_BOOKINGS, { id: mine[0], first: 2 }, { token: person.token });
    const c = p1.data!.booking.plan.bookings;
    expect(c.edges.map((e: any) => e.node.id)).toEqual(mine.slice(0, 2));
    expect(c.pageInfo.hasNextPage).toBe(true);
    const p2 = await server.gql(PLAN_BOOKINGS, { id: mine[0], first: 2, after: c.pageInfo.endCursor }, { token: person.token });
    expect(p2.data!.booking.plan.bookings.edges.map((e: any) => e.node.id)).toEqual(mine.slice(2));
    expect(p2.data!.booking.plan.bookings.pageInfo.hasNextPage).toBe(false);
  });

  it("loads many plans' pages in one statement (no N+1)", async () => {
    const token = (await admin(server)).token;
    const Q = `query($p: ID, $first: Int) { providerBookings(providerId: $p, first: $first) {
      edges { node { plan { id bookings(first: 2) { edges { node { id slot { id } budget { id } } } } } } } } }`;
    const two = await server.gql(Q, { p: provider.providerId, first: 2 }, { token });
    const twenty = await server.gql(Q, { p: provider.providerId, first: 20 }, { token });
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data!.providerBookings.edges).toHaveLength(20);
    expect(twenty.extensions!.sqlStatements).toBe(two.extensions!.sqlStatements);
  });

  it('refuses another person, and a provider who can see one of the bookings', async () => {
    const person = crowd[1];
    const [{ id }] = await server.ds.query(`SELECT id FROM booking WHERE plan_id = $1 LIMIT 1`, [person.planId]);
    expect(codeOf(await server.gql(PLAN_BOOKINGS, { id }, { token: provider.owner.token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(PLAN_BOOKINGS, { id }, { token: crowd[2].token }))).toBe('OK'); // booking(id) is null for them
    expect((await server.gql(PLAN_BOOKINGS, { id }, { token: crowd[2].token })).data!.booking).toBeNull();
    expect(codeOf(await server.gql(PLAN_BOOKINGS, { id }, { token: (await admin(server)).token }))).toBe('OK');
  });
});
