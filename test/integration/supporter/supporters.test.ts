import { randomUUID } from 'node:crypto';
import { startTestServer, type GqlResult, type TestServer } from '../../support/test-server';
import { startMailbox, startTestWorker, waitFor, type TestMailbox } from '../../support/mail';
import { admin, commissioner, insertAccount, signUp, type TestAccount } from '../../factories/accounts';
import { Role } from '../../../server/src/modules/account/role';
import { sqlBudget, sqlPlan } from '../../factories/people';
import { bookingPerson, bookingProvider, codeOf, expectBookingInvariants, slotIn, type BookingPerson, type BookingProvider } from '../../factories/bookings';
import type { NotificationWorker } from '../../../server/src/modules/notification/delivery/worker';

// Issue 15 part 1: a person's circle of support. Every plan operation against every kind of supporter (table
// below), revocation holding from the next request, money only from the person's own budgets, actions recorded as
// the supporter's for the person, authorised persons appointed only by the plan's area's commissioners, and the
// read log.

let server: TestServer;
let box: TestMailbox;
let worker: NotificationWorker;
let provider: BookingProvider;
let sam: BookingPerson;
let goalId: string;
let conversationId: string;
let hour = 30;

const nextSlot = () => slotIn(server, provider.offeringId, (hour += 2), 5);
const setName = (id: string, name: string) => server.ds.query(`UPDATE app_user SET name = $2 WHERE id = $1`, [id, name]);

const INVITE = `mutation($input: InviteSupporterInput!) { inviteSupporter(input: $input) { id name email relationship access status personName } }`;
const ACCEPT = `mutation($id: ID!) { acceptSupporterInvitation(id: $id) { id status access } }`;
const REVOKE = `mutation($id: ID!) { revokeSupporter(id: $id) { id status } }`;

async function invite(token: string, planId: string, email: string, access: string, relationship = 'daughter'): Promise<GqlResult> {
  return server.gql(INVITE, { input: { planId, email, relationship, access } }, { token });
}

type Kind = 'NONE' | 'VIEW' | 'BOOK' | 'MANAGE' | 'REVOKED' | 'INVITED';

/** A person's account standing in the given relation to Sam's plan. */
async function supporterOfSam(kind: Kind, name = `Jo ${kind}`): Promise<TestAccount> {
  const account = await insertAccount(server, Role.PERSON);
  await setName(account.id, name);
  if (kind === 'NONE') return account;
  const access = kind === 'VIEW' || kind === 'BOOK' ? kind : 'MANAGE';
  const r = await invite(sam.token, sam.planId, account.email, access);
  expect(codeOf(r)).toBe('OK');
  const id = r.data!.inviteSupporter.id;
  if (kind === 'INVITED') return account;
  expect(codeOf(await server.gql(ACCEPT, { id }, { token: account.token }))).toBe('OK');
  if (kind === 'REVOKED') expect(codeOf(await server.gql(REVOKE, { id }, { token: sam.token }))).toBe('OK');
  return account;
}

/** Sam books a session (for the cancel case), on a slot of its own. */
async function samBooking(): Promise<string> {
  const r = await server.gql(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`, {
    input: { slotId: await nextSlot(), planId: sam.planId, budgetId: sam.budgetId, idempotencyKey: `key-${randomUUID()}` },
  }, { token: sam.token });
  expect(codeOf(r)).toBe('OK');
  return r.data!.requestBooking.id;
}

type Level = 'VIEW' | 'BOOK' | 'MANAGE' | 'OWNER';
interface Operation {
  name: string;
  level: Level;
  run(token: string): Promise<GqlResult>;
  /** For queries answering null rather than an error to those who may not see. */
  nullMeansDenied?: (r: GqlResult) => boolean;
}

const OPERATIONS: Operation[] = [
  { name: 'supportPlan (plan, goals, needs, budgets)', level: 'VIEW', run: (t) => server.gql(`query($id: ID!) { supportPlan(id: $id) { id outcode goals { id } needs { id } budgets { id availablePence } } }`, { id: sam.planId }, { token: t }) },
  { name: 'SupportPlan.bookings', level: 'VIEW', run: (t) => server.gql(`query($id: ID!) { supportPlan(id: $id) { bookings { edges { node { id requestedBy } } } } }`, { id: sam.planId }, { token: t }) },
  { name: 'Budget.statement', level: 'VIEW', run: (t) => server.gql(`query($id: ID!) { supportPlan(id: $id) { budgets { statement { edges { node { id actedFor } } } } } }`, { id: sam.planId }, { token: t }) },
  { name: 'Budget.statementCsv (the CSV download)', level: 'VIEW', run: (t) => server.gql(`query($id: ID!) { supportPlan(id: $id) { budgets { statementCsv } } }`, { id: sam.planId }, { token: t }) },
  { name: 'matches', level: 'VIEW', run: (t) => server.gql(`query($id: ID!) { matches(planId: $id) { score } }`, { id: sam.planId }, { token: t }) },
  {
    name: 'booking(id) with its plan and budget',
    level: 'VIEW',
    run: async (t) => server.gql(`query($id: ID!) { booking(id: $id) { id plan { id } budget { id } } }`, { id: await samBooking() }, { token: t }),
    nullMeansDenied: (r) => r.data?.booking === null,
  },
  {
    name: 'conversation(id)',
    level: 'VIEW',
    run: (t) => server.gql(`query($id: ID!) { conversation(id: $id) { id messages { edges { node { body } } } } }`, { id: conversationId }, { token: t }),
    nullMeansDenied: (r) => r.data?.conversation === null,
  },
  {
    name: 'requestBooking',
    level: 'BOOK',
    run: async (t) =>
      server.gql(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`, {
        input: { slotId: await nextSlot(), planId: sam.planId, budgetId: sam.budgetId, idempotencyKey: `key-${randomUUID()}` },
      }, { token: t }),
  },
  { name: 'cancelBooking', level: 'BOOK', run: async (t) => server.gql(`mutation($id: ID!) { cancelBooking(id: $id) { id status } }`, { id: await samBooking() }, { token: t }) },
  {
    name: 'startConversation',
    level: 'BOOK',
    run: (t) => server.gql(`mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }`, { input: { planId: sam.planId, offeringId: provider.offeringId, body: 'Is there step-free access?' } }, { token: t }),
  },
  { name: 'sendMessage', level: 'BOOK', run: (t) => server.gql(`mutation($id: ID!) { sendMessage(conversationId: $id, body: "Thank you") { id } }`, { id: conversationId }, { token: t }) },
  { name: 'updateSupportPlan', level: 'MANAGE', run: (t) => server.gql(`mutation($id: ID!) { updateSupportPlan(id: $id, input: { age: 71 }) { id age } }`, { id: sam.planId }, { token: t }) },
  { name: 'addGoal', level: 'MANAGE', run: (t) => server.gql(`mutation($id: ID!) { addGoal(planId: $id, input: { lifeArea: SOCIAL_CONNECTION, description: "See friends", baselineScore: 4 }) { id } }`, { id: sam.planId }, { token: t }) },
  { name: 'updateGoal', level: 'MANAGE', run: (t) => server.gql(`mutation($id: ID!) { updateGoal(id: $id, input: { description: "Walk to the park" }) { id } }`, { id: goalId }, { token: t }) },
  { name: 'recordOutcome', level: 'MANAGE', run: (t) => server.gql(`mutation($id: ID!) { recordOutcome(input: { goalId: $id, score: 6 }) { id latestScore } }`, { id: goalId }, { token: t }) },
  { name: 'recordWellbeingCheck', level: 'MANAGE', run: (t) => server.gql(`mutation($id: ID!) { recordWellbeingCheck(input: { planId: $id, items: [3,3,3,3,3,3,3] }) { id } }`, { id: sam.planId }, { token: t }) },
  { name: 'SupportPlan.supporters', level: 'OWNER', run: (t) => server.gql(`query($id: ID!) { supportPlan(id: $id) { supporters { id } } }`, { id: sam.planId }, { token: t }) },
  { name: 'SupportPlan.readLog', level: 'OWNER', run: (t) => server.gql(`query($id: ID!) { supportPlan(id: $id) { readLog { readerName } } }`, { id: sam.planId }, { token: t }) },
  { name: 'inviteSupporter', level: 'OWNER', run: (t) => invite(t, sam.planId, `someone-${randomUUID()}@test.example`, 'VIEW', 'friend') },
];

const RANK: Record<Level, number> = { VIEW: 1, BOOK: 2, MANAGE: 3, OWNER: 4 };
const HELD: Record<Kind, number> = { NONE: 0, INVITED: 0, REVOKED: 0, VIEW: 1, BOOK: 2, MANAGE: 3 };

beforeAll(async () => {
  box = await startMailbox();
  server = await startTestServer();
  worker = await startTestWorker(server, box);
  provider = await bookingProvider(server, { pricePence: 1000 });
  sam = await bookingPerson(server, 50_000);
  await setName(sam.account.id, 'Sam');
  const g = await server.gql(`mutation($id: ID!) { addGoal(planId: $id, input: { lifeArea: SOCIAL_CONNECTION, description: "Get out more", baselineScore: 3 }) { id } }`, { id: sam.planId }, { token: sam.token });
  goalId = g.data!.addGoal.id;
  const c = await server.gql(`mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }`, { input: { planId: sam.planId, offeringId: provider.offeringId, body: 'Hello' } }, { token: sam.token });
  conversationId = c.data!.startConversation.id;
});
afterEach(() => expectBookingInvariants(server));
afterAll(async () => {
  await worker?.stop();
  await server?.stop();
  await box?.down();
});

describe('every plan operation against every kind of supporter', () => {
  const kinds: Kind[] = ['NONE', 'VIEW', 'BOOK', 'MANAGE', 'REVOKED', 'INVITED'];
  const accounts = new Map<Kind, TestAccount>();
  beforeAll(async () => {
    for (const k of kinds) accounts.set(k, await supporterOfSam(k));
  });

  const cases = kinds.flatMap((kind) => OPERATIONS.map((op) => [kind, op.name, op.level, RANK[op.level] <= HELD[kind]] as const));
  it.each(cases)('%s supporter: %s (needs %s) allowed=%s', async (kind, name, _level, allowed) => {
    const op = OPERATIONS.find((o) => o.name === name)!;
    const budgetBefore = await server.ds.query(`SELECT committed_pence FROM budget WHERE id = $1`, [sam.budgetId]);
    const r = await op.run(accounts.get(kind)!.token);
    const denied = !!r.errors || (op.nullMeansDenied?.(r) ?? false);
    if (allowed) {
      expect(r.errors).toBeUndefined();
      expect(denied).toBe(false);
    } else {
      expect(denied).toBe(true);
      if (r.errors) expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(r));
      if (name === 'requestBooking') expect(await server.ds.query(`SELECT committed_pence FROM budget WHERE id = $1`, [sam.budgetId])).toEqual(budgetBefore);
    }
  });

  it('shows the person and admins the whole circle, and a supporter only their own role', async () => {
    const plan = await server.gql(`query($id: ID!) { supportPlan(id: $id) { supporters { name status access } } }`, { id: sam.planId }, { token: sam.token });
    const statuses = plan.data!.supportPlan.supporters.map((s: { name: string; status: string }) => `${s.name}:${s.status}`);
    expect(statuses).toEqual(expect.arrayContaining(['Jo VIEW:ACTIVE', 'Jo BOOK:ACTIVE', 'Jo MANAGE:ACTIVE', 'Jo REVOKED:REVOKED', 'Jo INVITED:INVITED']));
    const asAdmin = await server.gql(`query($id: ID!) { supportPlan(id: $id) { supporters { id } } }`, { id: sam.planId }, { token: (await admin(server)).token });
    expect(asAdmin.data!.supportPlan.supporters.length).toBe(plan.data!.supportPlan.supporters.length);
    const roles = await server.gql(`{ mySupporterRoles { status access personName plan { id } } }`, {}, { token: accounts.get('BOOK')!.token });
    expect(roles.data!.mySupporterRoles).toEqual([{ status: 'ACTIVE', access: 'BOOK', personName: 'Sam', plan: { id: sam.planId } }]);
    const invited = await server.gql(`{ mySupporterRoles { status personName } }`, {}, { token: accounts.get('INVITED')!.token });
    expect(invited.data!.mySupporterRoles).toEqual([{ status: 'INVITED', personName: 'Sam' }]);
    expect(await server.gql(`{ mySupporterRoles { id } }`, {}, { token: accounts.get('REVOKED')!.token })).toMatchObject({ data: { mySupporterRoles: [] } });
  });
});

describe('revoking', () => {
  it('refuses a revoked supporter on the very next request, whoever revoked', async () => {
    for (const by of ['person', 'supporter'] as const) {
      const jo = await insertAccount(server, Role.PERSON);
      const id = (await invite(sam.token, sam.planId, jo.email, 'BOOK')).data!.inviteSupporter.id;
      await server.gql(ACCEPT, { id }, { token: jo.token });
      const read = () => server.gql(`query($id: ID!) { supportPlan(id: $id) { id } }`, { id: sam.planId }, { token: jo.token });
      expect(codeOf(await read())).toBe('OK');
      const r = await server.gql(REVOKE, { id }, { token: by === 'person' ? sam.token : jo.token });
      expect(r.data!.revokeSupporter.status).toBe('REVOKED');
      expect(codeOf(await read())).toBe('NOT_FOUND');
      const slotId = await nextSlot();
      const book = await server.gql(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`, {
        input: { slotId, planId: sam.planId, budgetId: sam.budgetId, idempotencyKey: `key-${randomUUID()}` },
      }, { token: jo.token });
      expect(codeOf(book)).toBe('NOT_FOUND');
      // Accepting again does not bring it back.
      expect(codeOf(await server.gql(ACCEPT, { id }, { token: jo.token }))).toBe('CONFLICT');
    }
  });

  it('lets only the person or the supporter revoke', async () => {
    const jo = await insertAccount(server, Role.PERSON);
    const id = (await invite(sam.token, sam.planId, jo.email, 'VIEW')).data!.inviteSupporter.id;
    const stranger = await insertAccount(server, Role.PERSON);
    expect(codeOf(await server.gql(REVOKE, { id }, { token: stranger.token }))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(REVOKE, { id }, { token: provider.owner.token }))).toBe('NOT_FOUND');
    // The invitee may decline before accepting.
    expect((await server.gql(REVOKE, { id }, { token: jo.token })).data!.revokeSupporter.status).toBe('REVOKED');
  });
});

describe('invitations', () => {
  it('are accepted only by the signed-in person with the invited email', async () => {
    const jo = await insertAccount(server, Role.PERSON);
    const id = (await invite(sam.token, sam.planId, jo.email.toUpperCase(), 'VIEW')).data!.inviteSupporter.id;
    const other = await insertAccount(server, Role.PERSON);
    expect(codeOf(await server.gql(ACCEPT, { id }, { token: other.token }))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(ACCEPT, { id }, { token: sam.token }))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(ACCEPT, { id }, {}))).toBe('UNAUTHENTICATED');
    expect(codeOf(await server.gql(ACCEPT, { id: randomUUID() }, { token: jo.token }))).toBe('NOT_FOUND');
    expect((await server.gql(ACCEPT, { id }, { token: jo.token })).data!.acceptSupporterInvitation).toEqual({ id, status: 'ACTIVE', access: 'VIEW' });
  });

  it('refuses bad input, a duplicate and the person themself, writing nothing', async () => {
    const before = await server.ds.query(`SELECT count(*)::int AS n FROM supporter`);
    expect(codeOf(await invite(sam.token, sam.planId, 'not-an-email', 'VIEW'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await invite(sam.token, sam.planId, 'a@b.example', 'VIEW', ''))).toBe('BAD_USER_INPUT');
    expect(codeOf(await invite(sam.token, sam.planId, sam.account.email, 'VIEW'))).toBe('BAD_USER_INPUT');
    expect(codeOf(await invite(sam.token, randomUUID(), 'a@b.example', 'VIEW'))).toBe('NOT_FOUND');
    const stranger = await bookingPerson(server);
    expect(codeOf(await invite(stranger.token, sam.planId, 'a@b.example', 'VIEW'))).toBe('NOT_FOUND');
    expect(await server.ds.query(`SELECT count(*)::int AS n FROM supporter`)).toEqual(before);
    const email = `dup-${randomUUID()}@test.example`;
    expect(codeOf(await invite(sam.token, sam.planId, email, 'VIEW'))).toBe('OK');
    expect(codeOf(await invite(sam.token, sam.planId, email, 'BOOK'))).toBe('CONFLICT');
  });

  it('notifies an invitee with an account in the app and by email, and emails an address with no account', async () => {
    const jo = await signUp(server, 'PERSON', 'Jo Existing');
    const withAccount = (await invite(sam.token, sam.planId, jo.email, 'BOOK')).data!.inviteSupporter.id;
    const [n] = await server.ds.query(`SELECT kind, title, link FROM notification WHERE user_id = $1 AND kind = 'SUPPORTER_INVITED'`, [jo.id]);
    expect(n).toEqual({ kind: 'SUPPORTER_INVITED', title: 'Sam invited you to support them', link: `/supporting/invitations/${withAccount}` });
    const newcomer = `newcomer-${randomUUID()}@test.example`;
    const noAccount = (await invite(sam.token, sam.planId, newcomer, 'VIEW')).data!.inviteSupporter;
    expect(noAccount.name).toBe(newcomer);
    const mailTo = (to: string) => waitFor(`an email to ${to}`, async () => box.mail.find((m) => m.to.includes(to)));
    expect((await mailTo(jo.email)).subject).toBe('Sam invited you to support them');
    const invitation = await mailTo(newcomer);
    expect(invitation.subject).toBe('Sam invited you to support them');
    expect(invitation.text).toContain(`/supporting/invitations/${noAccount.id}`);
    // They sign up with that email, and accept.
    const r = await server.gql(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email: newcomer, password: 'correct horse battery', name: 'New Helper', accountType: 'PERSON' } });
    const accepted = await server.gql(ACCEPT, { id: noAccount.id }, { token: r.data!.signUp.token });
    expect(accepted.data!.acceptSupporterInvitation.status).toBe('ACTIVE');
  });

  it('are refused to accounts other than people', async () => {
    const prov = await insertAccount(server, Role.PROVIDER);
    const id = (await invite(sam.token, sam.planId, prov.email, 'VIEW')).data!.inviteSupporter.id;
    expect(codeOf(await server.gql(ACCEPT, { id }, { token: prov.token }))).toBe('FORBIDDEN');
  });
});

describe('money and actions', () => {
  it("lets a supporter move money only from the person's own budgets to the person's bookings", async () => {
    const jo = await supporterOfSam('BOOK', 'Jo');
    await setName(jo.id, 'Jo');
    // Jo has a plan and budget of her own, and there is a stranger's plan.
    const joPlan = await sqlPlan(server.ds, { personId: jo.id });
    const joBudget = await sqlBudget(server.ds, joPlan.id, 10_000);
    const stranger = await bookingPerson(server);
    const attempt = async (planId: string, budgetId: string) =>
      server.gql(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`, {
        input: { slotId: await nextSlot(), planId, budgetId, idempotencyKey: `key-${randomUUID()}` },
      }, { token: jo.token });
    expect(codeOf(await attempt(sam.planId, joBudget))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(sam.planId, stranger.budgetId))).toBe('FORBIDDEN');
    expect(codeOf(await attempt(stranger.planId, stranger.budgetId))).toBe('NOT_FOUND');
    expect(codeOf(await attempt(stranger.planId, sam.budgetId))).toBe('NOT_FOUND');
    expect(await server.ds.query(`SELECT committed_pence FROM budget WHERE id = ANY($1) ORDER BY committed_pence`, [[joBudget, stranger.budgetId]])).toEqual([
      { committed_pence: 0 },
      { committed_pence: 0 },
    ]);
    // And supporters never add or take money.
    const adjust = await server.gql(`mutation($input: AdjustBudgetInput!) { adjustBudget(input: $input) { id } }`, { input: { budgetId: sam.budgetId, amountPence: -100, note: 'x', idempotencyKey: `key-${randomUUID()}` } }, { token: jo.token });
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(codeOf(adjust));
  });

  it('records what a supporter does as done by them for the person', async () => {
    const jo = await supporterOfSam('BOOK');
    await setName(jo.id, 'Jo');
    const r = await server.gql(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id requestedBy history { actedFor actorRole } } }`, {
      input: { slotId: await nextSlot(), planId: sam.planId, budgetId: sam.budgetId, idempotencyKey: `key-${randomUUID()}` },
    }, { token: jo.token });
    expect(r.errors).toBeUndefined();
    const booking = r.data!.requestBooking;
    expect(booking.requestedBy).toBe('Jo (for Sam)');
    expect(booking.history).toEqual([{ actedFor: 'Jo (for Sam)', actorRole: 'PERSON' }]);
    // In the database: the booking is Sam's, the history line and the hold are Jo's.
    expect(await server.ds.query(`SELECT person_id, plan_id, budget_id FROM booking WHERE id = $1`, [booking.id])).toEqual([{ person_id: sam.account.id, plan_id: sam.planId, budget_id: sam.budgetId }]);
    expect(await server.ds.query(`SELECT actor_id FROM booking_event WHERE booking_id = $1`, [booking.id])).toEqual([{ actor_id: jo.id }]);
    expect(await server.ds.query(`SELECT kind, actor_id FROM budget_ledger WHERE booking_id = $1`, [booking.id])).toEqual([{ kind: 'HOLD', actor_id: jo.id }]);

    // Sam sees it in his plan with Jo's name on it, and on his statement.
    const seen = await server.gql(`query($id: ID!) { supportPlan(id: $id) { bookings { edges { node { id requestedBy } } } budgets { statement(first: 100) { edges { node { bookingId actedFor } } } } } }`, { id: sam.planId }, { token: sam.token });
    expect(seen.data!.supportPlan.bookings.edges.map((e: any) => e.node)).toContainEqual({ id: booking.id, requestedBy: 'Jo (for Sam)' });
    expect(seen.data!.supportPlan.budgets[0].statement.edges.map((e: any) => e.node)).toContainEqual({ bookingId: booking.id, actedFor: 'Jo (for Sam)' });

    // Jo cancels it for Sam: the provider is told Sam's side cancelled.
    const cancelled = await server.gql(`mutation($id: ID!) { cancelBooking(id: $id) { status history { actedFor } } }`, { id: booking.id }, { token: jo.token });
    expect(cancelled.data!.cancelBooking).toEqual({ status: 'CANCELLED', history: [{ actedFor: 'Jo (for Sam)' }, { actedFor: 'Jo (for Sam)' }] });
    const [told] = await server.ds.query(`SELECT user_id FROM notification WHERE event_key = $1`, [`booking:${booking.id}:CANCELLED`]);
    expect(told.user_id).toBe(provider.owner.id);

    // A message Jo sends is signed as Jo for Sam, and kept as sent by Jo.
    const m = await server.gql(`mutation($id: ID!) { sendMessage(conversationId: $id, body: "Sam would like the morning session") { id senderName } }`, { id: conversationId }, { token: jo.token });
    expect(m.data!.sendMessage.senderName).toBe('Jo (for Sam)');
    expect(await server.ds.query(`SELECT sender_id FROM message WHERE id = $1`, [m.data!.sendMessage.id])).toEqual([{ sender_id: jo.id }]);
  });

  it('replays a supporter\'s repeated request with the same key as the first booking', async () => {
    const jo = await supporterOfSam('BOOK');
    const input = { slotId: await nextSlot(), planId: sam.planId, budgetId: sam.budgetId, idempotencyKey: `key-${randomUUID()}` };
    const a = await server.gql(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`, { input }, { token: jo.token });
    const b = await server.gql(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`, { input }, { token: jo.token });
    expect(b.data!.requestBooking.id).toBe(a.data!.requestBooking.id);
  });
});

describe('authorised persons', () => {
  const APPOINT = `mutation($input: AppointAuthorisedPersonInput!) { appointAuthorisedPerson(input: $input) { id access status relationship authorisedReason } }`;
  const reason = 'Capacity assessment on 1 December 2026 found Sam cannot manage the direct payment.';

  it('are appointed only by a commissioner of the plan\'s area, with the reason recorded', async () => {
    const ap = await insertAccount(server, Role.PERSON);
    const input = { planId: sam.planId, email: ap.email, reason };
    expect(codeOf(await server.gql(APPOINT, { input }, { token: (await commissioner(server, 'E09000033')).token }))).toBe('NOT_FOUND');
    expect(codeOf(await server.gql(APPOINT, { input }, { token: sam.token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(APPOINT, { input }, { token: (await admin(server)).token }))).toBe('FORBIDDEN');
    expect(codeOf(await server.gql(APPOINT, { input: { ...input, reason: 'short' } }, { token: (await commissioner(server)).token }))).toBe('BAD_USER_INPUT');
    expect(await server.ds.query(`SELECT count(*)::int AS n FROM supporter WHERE email = $1`, [ap.email])).toEqual([{ n: 0 }]);

    const r = await server.gql(APPOINT, { input }, { token: (await commissioner(server)).token });
    expect(r.data!.appointAuthorisedPerson).toMatchObject({ access: 'MANAGE', status: 'INVITED', relationship: 'Authorised person (Care Act s.32)', authorisedReason: reason });
    await server.gql(ACCEPT, { id: r.data!.appointAuthorisedPerson.id }, { token: ap.token });
    const edit = await server.gql(`mutation($id: ID!) { updateSupportPlan(id: $id, input: { age: 72 }) { age } }`, { id: sam.planId }, { token: ap.token });
    expect(edit.data!.updateSupportPlan.age).toBe(72);
  });
});

describe('the read log', () => {
  it('shows the person who read the plan and when, one entry per reader an hour, and never the person', async () => {
    const p = await bookingPerson(server);
    await setName(p.account.id, 'Pat');
    const jo = await insertAccount(server, Role.PERSON);
    await setName(jo.id, 'Jo Reader');
    const id = (await invite(p.token, p.planId, jo.email, 'VIEW', 'son')).data!.inviteSupporter.id;
    await server.gql(ACCEPT, { id }, { token: jo.token });
    const read = (token: string) => server.gql(`query($id: ID!) { supportPlan(id: $id) { id } }`, { id: p.planId }, { token });
    await read(p.token);
    await read(jo.token);
    await read(jo.token);
    const a = await admin(server);
    await read(a.token);
    const log = await server.gql(`query($id: ID!) { supportPlan(id: $id) { readLog { readerName readerRole relationship readAt } } }`, { id: p.planId }, { token: p.token });
    const entries = log.data!.supportPlan.readLog;
    expect(entries.map((e: any) => [e.readerName, e.readerRole, e.relationship])).toEqual([
      ['Test ADMIN', 'ADMIN', null],
      ['Jo Reader', 'PERSON', 'son'],
    ]);
    expect(Date.now() - Date.parse(entries[0].readAt)).toBeLessThan(60_000);
  });
});

describe('SQL per request', () => {
  it('costs a supporter the same number of statements to read a plan however many budgets and bookings it has', async () => {
    const q = `query($id: ID!) { supportPlan(id: $id) { id budgets { id statement { edges { node { id actedFor } } } } bookings { edges { node { id requestedBy plan { id } budget { id } } } } } }`;
    const statements = async (extra: number) => {
      const p = await bookingPerson(server);
      for (let i = 0; i < extra; i++) await sqlBudget(server.ds, p.planId, 1000, 'PERSONAL_HEALTH_BUDGET');
      const jo = await insertAccount(server, Role.PERSON);
      const id = (await invite(p.token, p.planId, jo.email, 'BOOK')).data!.inviteSupporter.id;
      await server.gql(ACCEPT, { id }, { token: jo.token });
      for (let i = 0; i <= extra; i++) {
        const r = await server.gql(`mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id } }`, {
          input: { slotId: await nextSlot(), planId: p.planId, budgetId: p.budgetId, idempotencyKey: `key-${randomUUID()}` },
        }, { token: jo.token });
        expect(r.errors).toBeUndefined();
      }
      const r = await server.gql(q, { id: p.planId }, { token: jo.token });
      expect(r.errors).toBeUndefined();
      expect(r.data!.supportPlan.bookings.edges).toHaveLength(extra + 1);
      return r.extensions!.sqlStatements!;
    };
    const one = await statements(0);
    expect(await statements(3)).toBe(one);
    expect(one).toBeLessThanOrEqual(12);
  });
});
