import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount, type TestAccount } from '../../factories/accounts';
import { Role } from '../../../server/src/modules/account/role';
import { bookingPerson, bookingProvider, book, changeBooking, codeOf, slotIn, startSession, type BookingPerson, type BookingProvider } from '../../factories/bookings';

let server: TestServer;
let provider: BookingProvider;
let boss: TestAccount;
beforeAll(async () => {
  server = await startTestServer();
  provider = await bookingProvider(server, { pricePence: 1200 });
  boss = await admin(server);
});
afterAll(() => server.stop());

const REVIEW = `mutation($input: ReviewInput!) { reviewBooking(input: $input) { id authorName } }`;
const PAGE_FIELDS = `edges { cursor node { id rating comment authorName offeringTitle createdAt } } pageInfo { hasNextPage endCursor }`;
const OFFERING_REVIEWS = `query($id: ID!, $first: Int, $after: String) { offering(id: $id) { rating { average count } reviews(first: $first, after: $after) { ${PAGE_FIELDS} } } }`;
const PROVIDER_REVIEWS = `query($id: ID!, $first: Int) { provider(id: $id) { rating { average count } reviews(first: $first) { ${PAGE_FIELDS} } } }`;
const REPORT = `mutation($input: ReportReviewInput!) { reportReview(input: $input) { id } }`;
const HIDE = `mutation($input: HideReviewInput!) { hideReview(input: $input) { id hiddenAt hiddenReason } }`;
const UNHIDE = `mutation($id: ID!) { unhideReview(id: $id) { id hiddenAt } }`;
const REPORTED = `query($first: Int, $after: String) { reportedReviews(first: $first, after: $after) { edges { node { id comment reports { reason reportedAt } } } pageInfo { hasNextPage endCursor } } }`;
const HIDDEN = `query { hiddenReviews { edges { node { id hiddenReason } } } }`;

let h = 24;
async function reviewed(rating: number, comment: string, showName?: boolean, name = 'Test Person'): Promise<{ person: BookingPerson; bookingId: string; reviewId: string }> {
  const person = await bookingPerson(server, 10_000);
  await server.ds.query(`UPDATE app_user SET name = $2 WHERE id = $1`, [person.account.id, name]);
  const b = await book(server, person, await slotIn(server, provider.offeringId, (h += 2)));
  await changeBooking(server, 'confirmBooking', b.id, provider.owner.token);
  await startSession(server, b.id);
  await changeBooking(server, 'completeBooking', b.id, provider.owner.token);
  const r = await server.gql(REVIEW, { input: { bookingId: b.id, rating, comment, showName } }, { token: person.token });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return { person, bookingId: b.id, reviewId: r.data.reviewBooking.id };
}

const reviewIds = async (first = 100) => (await server.gql(OFFERING_REVIEWS, { id: provider.offeringId, first })).data!.offering.reviews.edges.map((e: any) => e.node.id);
const ratings = async () => {
  const o = await server.gql(OFFERING_REVIEWS, { id: provider.offeringId, first: 1 });
  const p = await server.gql(PROVIDER_REVIEWS, { id: provider.providerId, first: 1 });
  return { offering: o.data!.offering.rating, provider: p.data!.provider.rating };
};

describe('reviews in the open', () => {
  let a: Awaited<ReturnType<typeof reviewed>>;
  let b: Awaited<ReturnType<typeof reviewed>>;
  let c: Awaited<ReturnType<typeof reviewed>>;
  beforeAll(async () => {
    a = await reviewed(5, 'Warm and welcoming.', true, 'Amara Okafor');
    b = await reviewed(2, 'Started late twice.', false, 'Ben Smith');
    c = await reviewed(4, 'Good walks.', undefined, 'Cara Jones');
  });

  it("shows the text and rating, newest first, with the first name only when the reviewer chose it", async () => {
    const r = await server.gql(OFFERING_REVIEWS, { id: provider.offeringId });
    const nodes = r.data!.offering.reviews.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => [n.rating, n.comment, n.authorName])).toEqual([
      [4, 'Good walks.', 'A person who used it'],
      [2, 'Started late twice.', 'A person who used it'],
      [5, 'Warm and welcoming.', 'Amara'],
    ]);
    expect(nodes[0].offeringTitle).toBeTruthy();
    const p = await server.gql(PROVIDER_REVIEWS, { id: provider.providerId });
    expect(p.data!.provider.reviews.edges.map((e: any) => e.node.id)).toEqual([c.reviewId, b.reviewId, a.reviewId]);
  });

  it('pages with a cursor, and reads each page in the same number of statements whatever its size', async () => {
    const first = await server.gql(OFFERING_REVIEWS, { id: provider.offeringId, first: 2 });
    const page1 = first.data!.offering.reviews;
    expect(page1.edges.map((e: any) => e.node.id)).toEqual([c.reviewId, b.reviewId]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await server.gql(OFFERING_REVIEWS, { id: provider.offeringId, first: 2, after: page1.pageInfo.endCursor });
    expect(second.data!.offering.reviews.edges.map((e: any) => e.node.id)).toEqual([a.reviewId]);
    expect(second.data!.offering.reviews.pageInfo.hasNextPage).toBe(false);
    const one = await server.gql(OFFERING_REVIEWS, { id: provider.offeringId, first: 1 });
    const all = await server.gql(OFFERING_REVIEWS, { id: provider.offeringId, first: 100 });
    expect(one.extensions!.sqlStatements).toBe(all.extensions!.sqlStatements);
    // The offering, then its page of reviews (names and titles joined in): two statements.
    expect(all.extensions!.sqlStatements).toBe(2);
    expect(codeOf(await server.gql(OFFERING_REVIEWS, { id: provider.offeringId, first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.gql(OFFERING_REVIEWS, { id: provider.offeringId, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('lets anyone signed in report a review once, with a reason, and only admins see reports', async () => {
    const reporter = await insertAccount(server, Role.PROVIDER);
    expect(codeOf(await server.gql(REPORT, { input: { reviewId: b.reviewId, reason: 'Rude.' } }))).toBe('UNAUTHENTICATED');
    const blank = await server.gql(REPORT, { input: { reviewId: b.reviewId, reason: '   ' } }, { token: reporter.token });
    expect(codeOf(blank)).toBe('BAD_USER_INPUT');
    expect(codeOf(await server.gql(REPORT, { input: { reviewId: 'nope', reason: 'x' } }, { token: reporter.token }))).toBe('BAD_USER_INPUT');
    expect((await server.ds.query(`SELECT count(*)::int AS n FROM review_report`))[0].n).toBe(0);
    expect(codeOf(await server.gql(REPORT, { input: { reviewId: b.reviewId, reason: 'It names a member of staff.' } }, { token: reporter.token }))).toBe('OK');
    expect(codeOf(await server.gql(REPORT, { input: { reviewId: b.reviewId, reason: 'Again.' } }, { token: reporter.token }))).toBe('OK');
    expect(codeOf(await server.gql(REPORT, { input: { reviewId: b.reviewId, reason: 'Unfair.' } }, { token: a.person.token }))).toBe('OK');
    const listed = await server.gql(REPORTED, {}, { token: boss.token });
    expect(listed.data!.reportedReviews.edges).toHaveLength(1);
    expect(listed.data!.reportedReviews.edges[0].node.reports.map((r: any) => r.reason).sort()).toEqual(['It names a member of staff.', 'Unfair.']);
    for (const who of [reporter, a.person.account, await commissioner(server)]) {
      expect(codeOf(await server.gql(REPORTED, {}, { token: who.token }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await server.gql(REPORTED, {}))).toBe('UNAUTHENTICATED');
  });

  it('lets an admin hide a review with a reason: it leaves every page, rating and list, and comes back when shown again', async () => {
    const before = await ratings();
    expect(before).toEqual({ offering: { average: 3.67, count: 3 }, provider: { average: 3.67, count: 3 } });
    const someone = await insertAccount(server, Role.PERSON);
    expect(codeOf(await server.gql(HIDE, { input: { reviewId: b.reviewId, reason: 'Names staff.' } }, { token: someone.token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(HIDE, { input: { reviewId: b.reviewId, reason: ' ' } }, { token: boss.token }))).toBe('BAD_USER_INPUT');
    expect(await ratings()).toEqual(before);

    const hidden = await server.gql(HIDE, { input: { reviewId: b.reviewId, reason: 'It names a member of staff.' } }, { token: boss.token });
    expect(hidden.data!.hideReview).toMatchObject({ id: b.reviewId, hiddenReason: 'It names a member of staff.' });
    expect(codeOf(await server.gql(HIDE, { input: { reviewId: b.reviewId, reason: 'Again' } }, { token: boss.token }))).toBe('CONFLICT');

    expect(await reviewIds()).toEqual([c.reviewId, a.reviewId]);
    const p = await server.gql(PROVIDER_REVIEWS, { id: provider.providerId, first: 100 });
    expect(p.data!.provider.reviews.edges.map((e: any) => e.node.id)).toEqual([c.reviewId, a.reviewId]);
    expect(await ratings()).toEqual({ offering: { average: 4.5, count: 2 }, provider: { average: 4.5, count: 2 } });
    // The search's rating sort and the matches read the same roll-up (rating_score is generated from it).
    const [row] = await server.ds.query(`SELECT rating_count, rating_sum, rating_score FROM offering WHERE id = $1`, [provider.offeringId]);
    expect(row).toEqual({ rating_count: 2, rating_sum: 9, rating_score: 4.5 });
    const matches = await server.gql(
      `query($planId: ID!) { matches(planId: $planId, first: 100) { offering { id } reasons { factor explanation } } }`,
      { planId: c.person.planId },
      { token: c.person.token },
    );
    const mine = matches.data?.matches.find((m: any) => m.offering.id === provider.offeringId);
    expect(mine).toBeDefined();
    expect(mine.reasons.find((r: any) => r.factor === 'RATING').explanation).toBe('Rated 4.5 out of 5 by 2 people.');
    // The booking's review: the provider no longer sees it; its author does, with the reason.
    const REVIEW_OF = `query($id: ID!) { booking(id: $id) { review { id hiddenReason } } }`;
    expect((await server.gql(REVIEW_OF, { id: b.bookingId }, { token: provider.owner.token })).data!.booking.review).toBeNull();
    expect((await server.gql(REVIEW_OF, { id: b.bookingId }, { token: b.person.token })).data!.booking.review).toEqual({ id: b.reviewId, hiddenReason: 'It names a member of staff.' });
    // Reports are dealt with; nobody else can report it now.
    expect((await server.gql(REPORTED, {}, { token: boss.token })).data!.reportedReviews.edges).toEqual([]);
    expect(codeOf(await server.gql(REPORT, { input: { reviewId: b.reviewId, reason: 'x' } }, { token: someone.token }))).toBe('NOT_FOUND');
    expect((await server.gql(HIDDEN, {}, { token: boss.token })).data!.hiddenReviews.edges.map((e: any) => e.node)).toEqual([{ id: b.reviewId, hiddenReason: 'It names a member of staff.' }]);

    expect(codeOf(await server.gql(UNHIDE, { id: b.reviewId }, { token: someone.token }))).toBe('FORBIDDEN');
    expect((await server.gql(UNHIDE, { id: b.reviewId }, { token: boss.token })).data!.unhideReview.hiddenAt).toBeNull();
    expect(codeOf(await server.gql(UNHIDE, { id: b.reviewId }, { token: boss.token }))).toBe('CONFLICT');
    expect(await reviewIds()).toEqual([c.reviewId, b.reviewId, a.reviewId]);
    expect(await ratings()).toEqual(before);
  });

  it('counts one hiding when an admin hides the same review many times at once', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => server.gql(HIDE, { input: { reviewId: c.reviewId, reason: 'Test' } }, { token: boss.token })));
    expect(results.map(codeOf).sort()).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect(await ratings()).toEqual({ offering: { average: 3.5, count: 2 }, provider: { average: 3.5, count: 2 } });
    await server.gql(UNHIDE, { id: c.reviewId }, { token: boss.token });
  });
});
