import { startTestServer, type TestServer } from '../../support/test-server';
import { admin, commissioner, insertAccount, type TestAccount } from '../../factories/accounts';
import { book, bookingPerson, bookingProvider, slotIn, type BookingPerson, type BookingProvider } from '../../factories/bookings';
import { Role } from '../../../server/src/modules/account/role';
import { RATE } from '../../../server/src/modules/message/message.service';

let server: TestServer;
let provider: BookingProvider;
let person: BookingPerson;
let otherPerson: BookingPerson;
let otherProvider: TestAccount;
let anAdmin: TestAccount;
let aCommissioner: TestAccount;

beforeAll(async () => {
  server = await startTestServer();
  provider = await bookingProvider(server);
  person = await bookingPerson(server);
  otherPerson = await bookingPerson(server);
  otherProvider = await insertAccount(server, Role.PROVIDER);
  anAdmin = await admin(server);
  aCommissioner = await commissioner(server);
});
afterAll(() => server.stop());

const code = (r: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => (r.errors ? r.errors[0].extensions?.code : 'OK');
const count = async (table: string) => (await server.ds.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
const START = `mutation($input: StartConversationInput!) { startConversation(input: $input) { id personName unreadCount offering { id } booking { id } provider { id } } }`;
const SEND = `mutation($id: ID!, $body: String!) { sendMessage(conversationId: $id, body: $body) { id body fromProvider senderName } }`;
const OPEN = `query($id: ID!) { conversation(id: $id) { id personName unreadCount messages { edges { node { body fromProvider senderName } } } } }`;
const MINE = `{ myConversations { edges { node { id unreadCount personName } } } }`;

async function ask(who: BookingPerson, body = 'Is there step-free access?', offeringId = provider.offeringId): Promise<string> {
  const r = await server.gql(START, { input: { offeringId, planId: who.planId, body } }, { token: who.token });
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data.startConversation.id;
}

describe('messages', () => {
  it('lets a person ask a question and the provider answer, with unread counts on both sides', async () => {
    const id = await ask(person);
    const ownerView = await server.gql(MINE, {}, { token: provider.owner.token });
    expect(ownerView.data!.myConversations.edges.map((e: any) => e.node)).toContainEqual({ id, unreadCount: 1, personName: 'Test PERSON' });
    const answer = await server.gql(SEND, { id, body: 'Yes, there is a ramp at the side door.' }, { token: provider.owner.token });
    expect(answer.data!.sendMessage).toMatchObject({ fromProvider: true, senderName: 'Booking Test Provider' });
    // Opening it reads it for that side.
    const opened = await server.gql(OPEN, { id }, { token: person.token });
    expect(opened.data!.conversation.unreadCount).toBe(0);
    expect(opened.data!.conversation.messages.edges.map((e: any) => e.node.body)).toEqual(['Yes, there is a ramp at the side door.', 'Is there step-free access?']);
    const again = await server.gql(MINE, {}, { token: person.token });
    expect(again.data!.myConversations.edges.find((e: any) => e.node.id === id).node.unreadCount).toBe(0);
    const owner = await server.gql(MINE, {}, { token: provider.owner.token });
    expect(owner.data!.myConversations.edges.find((e: any) => e.node.id === id).node.unreadCount).toBe(0);
  });

  it('adds a second question about the same offering to the same conversation', async () => {
    const first = await ask(otherPerson, 'One');
    const second = await ask(otherPerson, 'Two');
    expect(second).toBe(first);
  });

  it("opens a conversation about the person's own booking, and refuses someone else's booking as NOT_FOUND", async () => {
    const booking = await book(server, person, await slotIn(server, provider.offeringId, 72));
    const r = await server.gql(START, { input: { bookingId: booking.id, planId: person.planId, body: 'I may be 10 minutes late.' } }, { token: person.token });
    expect(r.data!.startConversation).toMatchObject({ booking: { id: booking.id }, offering: { id: provider.offeringId } });
    const before = await count('message');
    const theirs = await server.gql(START, { input: { bookingId: booking.id, planId: otherPerson.planId, body: 'Hello' } }, { token: otherPerson.token });
    expect(code(theirs)).toBe('NOT_FOUND');
    expect(await count('message')).toBe(before);
  });

  it('keeps a conversation private to its two sides and admins (every new operation)', async () => {
    const id = await ask(person, 'Private question');
    const who = { person, owner: provider.owner, otherPerson, otherProvider, anAdmin, aCommissioner } as Record<string, { token: string }>;
    const seen: Record<string, unknown> = {};
    for (const [name, a] of Object.entries(who)) {
      const open = await server.gql(OPEN, { id }, { token: a.token });
      const mine = await server.gql(MINE, {}, { token: a.token });
      const send = await server.gql(SEND, { id, body: `From ${name}` }, { token: a.token });
      seen[name] = {
        open: open.data?.conversation ? 'READ' : code(open) === 'OK' ? 'null' : code(open),
        listed: !!mine.data?.myConversations.edges.some((e: any) => e.node.id === id),
        send: code(send),
      };
    }
    expect(seen).toEqual({
      person: { open: 'READ', listed: true, send: 'OK' },
      owner: { open: 'READ', listed: true, send: 'OK' },
      otherPerson: { open: 'null', listed: false, send: 'NOT_FOUND' },
      otherProvider: { open: 'null', listed: false, send: 'NOT_FOUND' },
      anAdmin: { open: 'READ', listed: false, send: 'FORBIDDEN' },
      aCommissioner: { open: 'null', listed: false, send: 'FORBIDDEN' },
    });
    const anonymous = await server.gql(OPEN, { id });
    expect(code(anonymous)).toBe('UNAUTHENTICATED');
    // Starting: only the plan's person or an admin; another person's plan is NOT_FOUND; providers cannot start one.
    const input = { offeringId: provider.offeringId, planId: person.planId, body: 'Hi' };
    expect(code(await server.gql(START, { input }, { token: otherPerson.token }))).toBe('NOT_FOUND');
    expect(code(await server.gql(START, { input }, { token: provider.owner.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(START, { input }, { token: aCommissioner.token }))).toBe('FORBIDDEN');
    expect(code(await server.gql(START, { input }))).toBe('UNAUTHENTICATED');
    expect(code(await server.gql(START, { input }, { token: anAdmin.token }))).toBe('OK');
  });

  it("never shows either side's email or phone", async () => {
    const id = await ask(person, 'Contact check');
    const r = await server.gql(`query($id: ID!) { conversation(id: $id) { personName messages { edges { node { senderName body } } } } }`, { id }, { token: provider.owner.token });
    // The provider does see the conversation, so what follows is checked on a real answer, not on an empty one.
    expect(r.data!.conversation.personName).not.toBe('');
    expect(r.data!.conversation.messages.edges.map((e: { node: { body: string } }) => e.node.body)).toContain('Contact check');
    expect(JSON.stringify(r.data)).not.toContain(person.account.email);
    expect(JSON.stringify(r.data)).not.toContain('@');
  });

  it.each([
    ['an empty message', { body: '   ' }],
    ['a message over 5,000 characters', { body: 'x'.repeat(5001) }],
    ['HTML', { body: 'Hello <a href="https://evil.example">click</a>' }],
    ['both an offering and a booking', { bookingId: '6a1f8b4e-0000-4000-8000-000000000000' }],
    ['neither an offering nor a booking', { offeringId: null }],
    ['a malformed id', { offeringId: 'not-an-id' }],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_, overrides) => {
    const before = [await count('conversation'), await count('message')];
    const r = await server.gql(START, { input: { offeringId: provider.offeringId, planId: person.planId, body: 'Hello', ...overrides } }, { token: person.token });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect([await count('conversation'), await count('message')]).toEqual(before);
  });

  it('limits how fast one sender writes', async () => {
    const fast = await bookingPerson(server);
    const id = await ask(fast, 'first');
    for (let i = 1; i < RATE.burst; i++) expect(code(await server.gql(SEND, { id, body: `message ${i}` }, { token: fast.token }))).toBe('OK');
    const r = await server.gql(SEND, { id, body: 'one too many' }, { token: fast.token });
    expect(code(r)).toBe('RATE_LIMITED');
    expect((await server.ds.query(`SELECT count(*)::int AS n FROM message WHERE conversation_id = $1`, [id]))[0].n).toBe(RATE.burst);
  });

  it('pages conversations and messages by keyset, in a constant number of statements', async () => {
    const busy = await bookingPerson(server);
    const offerings = [provider.offeringId];
    for (let i = 0; i < 4; i++) offerings.push((await bookingProvider(server)).offeringId);
    for (const o of offerings) await ask(busy, `About ${o}`, o);
    const Q = (first: number) => `{ myConversations(first: ${first}) { edges { cursor node { id personName unreadCount provider { name } offering { title } messages(first: 2) { edges { node { body } } } } } pageInfo { hasNextPage endCursor } } }`;
    const one = await server.gql(Q(1), {}, { token: busy.token });
    const five = await server.gql(Q(5), {}, { token: busy.token });
    expect(five.data!.myConversations.edges).toHaveLength(5);
    expect(five.extensions!.sqlStatements).toBe(one.extensions!.sqlStatements);
    const next = await server.gql(`query($after: String) { myConversations(first: 3, after: $after) { edges { node { id } } } }`, { after: one.data!.myConversations.pageInfo.endCursor }, { token: busy.token });
    expect(next.data!.myConversations.edges.map((e: any) => e.node.id)).toEqual(five.data!.myConversations.edges.slice(1, 4).map((e: any) => e.node.id));
  });
});
