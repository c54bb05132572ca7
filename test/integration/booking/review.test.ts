import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../../support/test-server';
import { admin } from '../../factories/accounts';
import { sqlOffering } from '../../factories/catalogue';
import {
  book,
  bookingPerson,
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
  provider = await bookingProvider(server, { pricePence: 1200 });
});
afterEach(() => expectBookingInvariants(server));
afterAll(() => server.stop());

const REVIEW = `mutation($input: ReviewInput!) { reviewBooking(input: $input) { id rating comment createdAt } }`;
const RATINGS = `query($o: ID!, $p: ID!) { offering(id: $o) { rating { average count } } provider(id: $p) { rating { average count } } }`;
const review = (token: string, bookingId: string, rating: number, comment?: string | null) =>
  server.gql(REVIEW, { input: { bookingId, rating, comment } }, { token });

let h = 24;
async function completed(offeringId = provider.offeringId): Promise<{ person: BookingPerson; id: string }> {
  const person = await bookingPerson(server, 10_000);
  const b = await book(server, person, await slotIn(server, offeringId, (h += 2)));
  await changeBooking(server, 'confirmBooking', b.id, provider.owner.token);
  await startSession(server, b.id);
  await changeBooking(server, 'completeBooking', b.id, provider.owner.token);
  return { person, id: b.id };
}

describe('reviews', () => {
  it('lets the person review a completed booking once, and rolls the rating up to the offering and the provider', async () => {
    const second = await sqlOffering(server.ds, provider.providerId, { pricePence: 900, title: 'Another group' });
    const a = await completed();
    const b = await completed();
    const c = await completed(second);
    const r = await review(a.person.token, a.id, 5, '  Warm and welcoming.  ');
    expect(r.data!.reviewBooking).toMatchObject({ rating: 5, comment: 'Warm and welcoming.' });
    await review(b.person.token, b.id, 2);
    await review(c.person.token, c.id, 4, '');
    const ratings = await server.gql(RATINGS, { o: provider.offeringId, p: provider.providerId });
    expect(ratings.data).toEqual({ offering: { rating: { average: 3.5, count: 2 } }, provider: { rating: { average: 3.67, count: 3 } } });
    const again = await review(a.person.token, a.id, 1);
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toMatch(/already reviewed/);
    const shown = await server.gql(`query($id: ID!) { booking(id: $id) { review { rating comment } } }`, { id: c.id }, { token: provider.owner.token });
    expect(shown.data!.booking.review).toEqual({ rating: 4, comment: null });
  });

  it('counts one review when the same review is sent many times at once', async () => {
    const a = await completed();
    const before = (await server.ds.query(`SELECT rating_count FROM offering WHERE id = $1`, [provider.offeringId]))[0].rating_count;
    const results = await Promise.all(Array.from({ length: 10 }, () => review(a.person.token, a.id, 4)));
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect((await server.ds.query(`SELECT rating_count FROM offering WHERE id = $1`, [provider.offeringId]))[0].rating_count).toBe(before + 1);
  });

  it('refuses a booking that is not completed', async () => {
    const person = await bookingPerson(server, 10_000);
    const b = await book(server, person, await slotIn(server, provider.offeringId, (h += 2)));
    expect(codeOf(await review(person.token, b.id, 5))).toBe('CONFLICT');
    await changeBooking(server, 'confirmBooking', b.id, provider.owner.token);
    await startSession(server, b.id);
    await changeBooking(server, 'markNoShow', b.id, provider.owner.token);
    const r = await review(person.token, b.id, 1);
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toMatch(/Only a completed booking/);
  });

  it("refuses anyone but the booking's person", async () => {
    const a = await completed();
    const stranger = await bookingPerson(server);
    expect(codeOf(await review(stranger.token, a.id, 5))).toBe('NOT_FOUND');
    expect(codeOf(await review(provider.owner.token, a.id, 5))).toBe('FORBIDDEN');
    expect(codeOf(await review((await admin(server)).token, a.id, 5))).toBe('FORBIDDEN');
    expect(codeOf(await review('', a.id, 5))).toBe('UNAUTHENTICATED');
    expect(codeOf(await review(a.person.token, randomUUID(), 5))).toBe('NOT_FOUND');
  });

  it('refuses ratings outside 1-5 and comments over 2,000 characters', async () => {
    const a = await completed();
    for (const rating of [0, 6, -1]) expect(codeOf(await review(a.person.token, a.id, rating))).toBe('BAD_USER_INPUT');
    expect(codeOf(await review(a.person.token, a.id, 3, 'x'.repeat(2001)))).toBe('BAD_USER_INPUT');
    expect(codeOf(await review(a.person.token, 'not-an-id', 3))).toBe('BAD_USER_INPUT');
    expect(codeOf(await review(a.person.token, a.id, 3, 'x'.repeat(2000)))).toBe('OK');
  });
});
