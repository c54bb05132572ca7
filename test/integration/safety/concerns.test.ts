import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount, type TestAccount } from '../../factories/accounts';
import { sqlOffering, sqlProvider } from '../../factories/catalogue';
import { book, bookingPerson, requestBooking, slotIn } from '../../factories/bookings';
import { signClientAddress } from '../../../server/src/http/client-address';
import { Role } from '../../../server/src/modules/account/role';

// Issue 16, part 2: concerns that reach someone, and suspension. Manchester (M1, E08000003) is the area served.
let server: TestServer;
let root: TestAccount;
let manchester: TestAccount;
let leeds: TestAccount;
beforeAll(async () => {
  server = await startTestServer();
  root = await admin(server);
  manchester = await commissioner(server, 'E08000003');
  leeds = await commissioner(server, 'E08000035');
});
afterAll(() => server.stop());

const RAISE = `mutation($input: RaiseConcernInput!) { raiseConcern(input: $input) { id status raisedAt acknowledgeBy overdue provider { id } offering { id } } }`;
const UPDATE = `mutation($id: ID!, $status: ConcernStatus!, $note: String) { updateConcern(id: $id, status: $status, note: $note) { id status acknowledgedAt closedAt outcome history { status actorName note } } }`;
const LIST = `query($status: ConcernStatus, $first: Int, $after: String) { concerns(status: $status, first: $first, after: $after) {
  edges { node { id status description overdue raisedBy { name email contact } history { status actorName } provider { id } } } pageInfo { hasNextPage endCursor } } }`;
const code = (r: { errors?: Array<{ extensions?: { code?: string } }> }) => r.errors?.[0]?.extensions?.code;
let addressCount = 0;
/** Each signed-out caller its own client address (signed as the web server would relay it), so the per-address limit is tested on purpose only. */
const fromAddress = (address = `198.51.100.${++addressCount}`) => ({ 'x-sm-client': signClientAddress(server.runtime.config.clientAddressSecret, address) });

async function servedProvider() {
  const owner = await insertAccount(server, Role.PROVIDER);
  const p = await sqlProvider(server.ds, { ownerId: owner.id, name: 'Ardwick Befrienders', baseOutcode: 'M1' });
  const offeringId = await sqlOffering(server.ds, p.id, { baseOutcode: 'M1', title: 'Tuesday befriending' });
  return { owner, id: p.id, offeringId };
}

const notifications = async (userId: string, kind: string) =>
  (await server.ds.query(`SELECT title, body, link FROM notification WHERE user_id = $1 AND kind = $2 ORDER BY created_at`, [userId, kind])) as Array<{ title: string; body: string; link: string }>;

describe('raising a concern', () => {
  it('works signed out, and tells the admins and the commissioners of the areas served at once (not others)', async () => {
    const p = await servedProvider();
    const r = await server.gql(RAISE, { input: { providerId: p.id, offeringId: p.offeringId, description: 'The befriender shouted at my neighbour.', contact: '0161 000 0000' } }, { headers: fromAddress() });
    expect(r.errors).toBeUndefined();
    const concern = r.data!.raiseConcern;
    expect(concern).toMatchObject({ status: 'RECEIVED', overdue: false, provider: { id: p.id }, offering: { id: p.offeringId } });
    expect(new Date(concern.acknowledgeBy).getTime()).toBeGreaterThan(new Date(concern.raisedAt).getTime());
    expect(await notifications(root.id, 'CONCERN_RAISED')).toContainEqual(expect.objectContaining({ title: 'New concern about Ardwick Befrienders', link: `/admin/concerns/${concern.id}` }));
    expect(await notifications(manchester.id, 'CONCERN_RAISED')).toContainEqual(expect.objectContaining({ link: `/admin/concerns/${concern.id}` }));
    expect((await notifications(leeds.id, 'CONCERN_RAISED')).filter((n) => n.link.endsWith(concern.id))).toEqual([]);
    expect(await notifications(p.owner.id, 'CONCERN_RAISED')).toEqual([]);
  });

  it('limits signed-out concerns per client address, and refuses bad input with a code, writing nothing', async () => {
    const p = await servedProvider();
    const count = async () => (await server.ds.query(`SELECT count(*)::int AS n FROM concern`))[0].n;
    const before = await count();
    const other = await servedProvider();
    for (const input of [
      { providerId: p.id, description: '   ' },
      { providerId: 'nope', description: 'x' },
      { providerId: p.id, description: 'x'.repeat(5001) },
      { providerId: p.id, offeringId: other.offeringId, description: 'Wrong provider for this offering' },
    ]) {
      expect(code(await server.gql(RAISE, { input }, { headers: fromAddress() }))).toBe('BAD_USER_INPUT');
    }
    expect(code(await server.gql(RAISE, { input: { providerId: '6a1f8b4e-0000-4000-8000-000000000000', description: 'x' } }, { headers: fromAddress() }))).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
    const same = fromAddress('203.0.113.77');
    for (let i = 0; i < 5; i++) expect((await server.gql(RAISE, { input: { providerId: p.id, description: `Report ${i}` } }, { headers: same })).errors).toBeUndefined();
    expect(code(await server.gql(RAISE, { input: { providerId: p.id, description: 'One too many' } }, { headers: same }))).toBe('RATE_LIMITED');
    expect((await server.gql(RAISE, { input: { providerId: p.id, description: 'From elsewhere' } }, { headers: fromAddress() })).errors).toBeUndefined();
  });

  it('accepts a booking only from someone who may read its plan, and records its offering', async () => {
    const p = await servedProvider();
    const person = await bookingPerson(server);
    const booking = await book(server, person, await slotIn(server, p.offeringId, 48));
    const stranger = await insertAccount(server, Role.PERSON);
    expect(code(await server.gql(RAISE, { input: { providerId: p.id, bookingId: booking.id, description: 'Not mine' } }, { token: stranger.token }))).toBe('NOT_FOUND');
    expect(code(await server.gql(RAISE, { input: { providerId: p.id, bookingId: booking.id, description: 'Signed out' } }, { headers: fromAddress() }))).toBe('UNAUTHENTICATED');
    const mine = await server.gql(RAISE, { input: { providerId: p.id, bookingId: booking.id, description: 'They did not turn up and laughed about it.' } }, { token: person.token });
    expect(mine.data!.raiseConcern.offering).toEqual({ id: p.offeringId });
  });
});

describe('handling a concern', () => {
  it('moves received -> acknowledged -> investigating -> closed, recording each step; the raiser hears of each', async () => {
    const p = await servedProvider();
    const person = await insertAccount(server, Role.PERSON);
    const { id } = (await server.gql(RAISE, { input: { providerId: p.id, description: 'Money went missing.' } }, { token: person.token })).data!.raiseConcern;
    // Invalid moves are coded and change nothing.
    const skip = await server.gql(UPDATE, { id, status: 'CLOSED', note: 'Done' }, { token: manchester.token });
    expect(code(skip)).toBe('CONFLICT');
    expect(skip.errors![0].extensions).toMatchObject({ from: 'RECEIVED', to: 'CLOSED', allowed: ['ACKNOWLEDGED'] });
    const ack = await server.gql(UPDATE, { id, status: 'ACKNOWLEDGED' }, { token: manchester.token });
    expect(ack.data!.updateConcern.acknowledgedAt).toEqual(expect.any(String));
    expect(code(await server.gql(UPDATE, { id, status: 'ACKNOWLEDGED' }, { token: manchester.token }))).toBe('CONFLICT');
    await server.gql(UPDATE, { id, status: 'INVESTIGATING', note: 'Asked the provider for its records.' }, { token: root.token });
    expect(code(await server.gql(UPDATE, { id, status: 'CLOSED' }, { token: manchester.token }))).toBe('BAD_USER_INPUT');
    const closed = await server.gql(UPDATE, { id, status: 'CLOSED', note: 'Refunded; the worker no longer works with people.' }, { token: manchester.token });
    expect(closed.data!.updateConcern).toMatchObject({ status: 'CLOSED', outcome: 'Refunded; the worker no longer works with people.' });
    expect(closed.data!.updateConcern.history).toEqual([
      { status: 'RECEIVED', actorName: 'The person who raised it', note: null },
      { status: 'ACKNOWLEDGED', actorName: 'Test COMMISSIONER', note: null },
      { status: 'INVESTIGATING', actorName: 'Test ADMIN', note: 'Asked the provider for its records.' },
      { status: 'CLOSED', actorName: 'Test COMMISSIONER', note: 'Refunded; the worker no longer works with people.' },
    ]);
    const told = await notifications(person.id, 'CONCERN_UPDATED');
    expect(told.map((n) => n.title)).toEqual([
      'Your concern about Ardwick Befrienders: acknowledged',
      'Your concern about Ardwick Befrienders: investigating',
      'Your concern about Ardwick Befrienders: closed',
    ]);
    expect(told[2].body).toContain('Refunded; the worker no longer works with people.');
    // The raiser sees the status and the steps, not who made them.
    const own = await server.gql(LIST, {}, { token: person.token });
    expect(own.data!.concerns.edges[0].node).toMatchObject({ id, status: 'CLOSED', raisedBy: null });
    expect(own.data!.concerns.edges[0].node.history.every((s: { actorName: string | null }) => s.actorName === null)).toBe(true);
  });

  it('lets a commissioner see and handle only concerns about providers serving their area', async () => {
    const p = await servedProvider();
    const { id } = (await server.gql(RAISE, { input: { providerId: p.id, description: 'Unsafe venue.' } }, { headers: fromAddress() })).data!.raiseConcern;
    const ids = async (token: string) => (await server.gql(LIST, { first: 100 }, { token })).data!.concerns.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids(manchester.token)).toContain(id);
    expect(await ids(root.token)).toContain(id);
    expect(await ids(leeds.token)).not.toContain(id);
    expect(code(await server.gql(UPDATE, { id, status: 'ACKNOWLEDGED' }, { token: leeds.token }))).toBe('FORBIDDEN');
    const person = await insertAccount(server, Role.PERSON);
    expect(code(await server.gql(UPDATE, { id, status: 'ACKNOWLEDGED' }, { token: person.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(UPDATE, { id, status: 'ACKNOWLEDGED' }, { token: p.owner.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(UPDATE, { id, status: 'ACKNOWLEDGED' }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(LIST, {}))).toBe('UNAUTHENTICATED');
    expect((await server.ds.query(`SELECT count(*)::int AS n FROM concern_event WHERE concern_id = $1`, [id]))[0].n).toBe(1);
  });

  it('never shows the provider who raised a concern about it', async () => {
    const p = await servedProvider();
    const person = await insertAccount(server, Role.PERSON);
    const { id } = (await server.gql(RAISE, { input: { providerId: p.id, description: 'Please do not tell them it was me.', contact: 'me@example.org' } }, { token: person.token })).data!.raiseConcern;
    // The provider's list holds only what it raised itself; its own pages and notifications do not mention it.
    expect((await server.gql(LIST, {}, { token: p.owner.token })).data!.concerns.edges).toEqual([]);
    const own = await server.gql(`query($id: ID!) { provider(id: $id) { verifications { id } suspensionReason } myProviders { id } notifications { edges { node { title body } } } }`, { id: p.id }, { token: p.owner.token });
    expect(JSON.stringify(own.data)).not.toMatch(/do not tell|me@example|Test PERSON/);
    // Handlers see who raised it.
    const handled = (await server.gql(LIST, { first: 100 }, { token: manchester.token })).data!.concerns.edges.find((e: { node: { id: string } }) => e.node.id === id).node;
    expect(handled.raisedBy).toEqual({ name: 'Test PERSON', email: person.email, contact: 'me@example.org' });
  });

  it('is overdue when not acknowledged within a working day', async () => {
    const p = await servedProvider();
    const { id } = (await server.gql(RAISE, { input: { providerId: p.id, description: 'No one called back.' } }, { headers: fromAddress() })).data!.raiseConcern;
    await server.ds.query(`UPDATE concern SET raised_at = now() - interval '5 days', acknowledge_by = now() - interval '1 hour' WHERE id = $1`, [id]);
    const node = async () => (await server.gql(LIST, { first: 100, status: 'RECEIVED' }, { token: root.token })).data!.concerns.edges.find((e: { node: { id: string } }) => e.node.id === id)?.node;
    expect((await node()).overdue).toBe(true);
    await server.gql(UPDATE, { id, status: 'ACKNOWLEDGED' }, { token: root.token });
    expect(await node()).toBeUndefined();
  });

  it('answers a page of concerns, with providers, offerings, history and raisers, in the same few statements however long', async () => {
    const p = await servedProvider();
    const person = await insertAccount(server, Role.PERSON);
    const FULL = `query($first: Int) { concerns(first: $first) { edges { node { id overdue provider { name verifications { kind } } offering { title } history { status actorName } raisedBy { name } } } } }`;
    await server.gql(RAISE, { input: { providerId: p.id, description: 'One' } }, { token: person.token });
    const one = await server.gql(FULL, { first: 1 }, { token: root.token });
    for (let i = 0; i < 5; i++) await server.gql(RAISE, { input: { providerId: (await servedProvider()).id, description: `More ${i}` } }, { token: person.token });
    const six = await server.gql(FULL, { first: 6 }, { token: root.token });
    expect(six.data!.concerns.edges).toHaveLength(6);
    expect(six.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
    expect(six.extensions!.sqlStatements).toBeLessThanOrEqual(6);
  });

  it('pages concerns newest first with a cursor', async () => {
    const p = await servedProvider();
    const person = await insertAccount(server, Role.PERSON);
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.unshift((await server.gql(RAISE, { input: { providerId: p.id, description: `Concern ${i}` } }, { token: person.token })).data!.raiseConcern.id);
    const first = await server.gql(LIST, { first: 2 }, { token: person.token });
    expect(first.data!.concerns.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(made.slice(0, 2));
    const next = await server.gql(LIST, { first: 2, after: first.data!.concerns.pageInfo.endCursor }, { token: person.token });
    expect(next.data!.concerns.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(made.slice(2));
    expect(next.data!.concerns.pageInfo.hasNextPage).toBe(false);
  });
});

describe('suspending a provider', () => {
  const SEARCH = `{ offerings(filter: { nearOutcode: "M1" }, first: 100) { edges { node { id } } } }`;
  it('takes its offerings out of search, matches, the Open Referral feed and booking at once, tells people with upcoming bookings, keeps their holds; lifting restores', async () => {
    const p = await servedProvider();
    const person = await bookingPerson(server);
    const slot = await slotIn(server, p.offeringId, 72, 5);
    const held = await book(server, person, slot);
    // Matches leave out what a plan has already booked (issue 15), so they are watched through someone else's plan.
    const watcher = await bookingPerson(server);
    const searched = async () => (await server.gql(SEARCH)).data!.offerings.edges.some((e: { node: { id: string } }) => e.node.id === p.offeringId);
    const matched = async () =>
      (await server.gql(`query($id: ID!) { matches(planId: $id, first: 50) { offering { id } } }`, { id: watcher.planId }, { token: watcher.token })).data!.matches.some(
        (m: { offering: { id: string } }) => m.offering.id === p.offeringId,
      );
    const inFeed = async () => (await fetch(new URL(`/oruk/services/${p.offeringId}`, server.url))).status === 200;
    const inSearch = async () => (await searched()) && (await matched()) && (await inFeed());
    expect([await searched(), await matched(), await inFeed()]).toEqual([true, true, true]);

    const SUSPEND = `mutation($id: ID!, $reason: String!) { suspendProvider(id: $id, reason: $reason) { id suspendedAt suspensionReason } }`;
    for (const token of [p.owner.token, manchester.token, person.token]) expect(code(await server.gql(SUSPEND, { id: p.id, reason: 'x' }, { token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(SUSPEND, { id: p.id, reason: '  ' }, { token: root.token }))).toBe('BAD_USER_INPUT');
    const s = await server.gql(SUSPEND, { id: p.id, reason: 'Safeguarding concern under investigation.' }, { token: root.token });
    expect(s.data!.suspendProvider).toMatchObject({ suspendedAt: expect.any(String), suspensionReason: 'Safeguarding concern under investigation.' });
    expect(code(await server.gql(SUSPEND, { id: p.id, reason: 'again' }, { token: root.token }))).toBe('CONFLICT');

    expect([await searched(), await matched(), await inFeed()]).toEqual([false, false, false]);
    expect((await server.gql(`query($id: ID!) { offering(id: $id) { id } }`, { id: p.offeringId })).data!.offering).toBeNull();
    const other = await bookingPerson(server);
    const refused = await requestBooking(server, other, slot);
    expect(code(refused)).toBe('PROVIDER_SUSPENDED');
    // The provider cannot publish its way back.
    expect(code(await server.gql(`mutation($id: ID!) { publishOffering(id: $id) { id } }`, { id: p.offeringId }, { token: p.owner.token }))).toBe('PROVIDER_SUSPENDED');
    // The person's hold stays; they were told.
    expect((await server.ds.query(`SELECT status FROM booking WHERE id = $1`, [held.id]))[0].status).toBe('REQUESTED');
    expect(await notifications(person.account.id, 'CONCERN_UPDATED')).toEqual([expect.objectContaining({ title: 'Ardwick Befrienders is suspended', link: '/plan#bookings' })]);
    // The public sees that it is suspended, not why.
    expect((await server.gql(`query($id: ID!) { provider(id: $id) { suspendedAt suspensionReason } }`, { id: p.id })).data!.provider).toMatchObject({ suspensionReason: null });

    const lifted = await server.gql(`mutation($id: ID!) { liftProviderSuspension(id: $id) { suspendedAt } }`, { id: p.id }, { token: root.token });
    expect(lifted.data!.liftProviderSuspension.suspendedAt).toBeNull();
    expect(await inSearch()).toBe(true);
    expect((await requestBooking(server, other, slot)).errors).toBeUndefined();
  });
});
