import { createHash } from 'node:crypto';
import { startTestServer, type TestServer } from '../../support/test-server';
import { startMailbox, startTestWorker, waitFor, type TestMailbox } from '../../support/mail';
import { signUp, type TestAccount } from '../../factories/accounts';
import { book, bookingPerson, bookingProvider, changeBooking, codeOf, expectBookingInvariants, slotIn, startSession, type BookingPerson } from '../../factories/bookings';
import { hashPassword } from '../../../server/src/modules/account/password';
import { RESET_LINK_INVALID } from '../../../server/src/modules/account/account.service';
import type { NotificationWorker } from '../../../server/src/modules/notification/delivery/worker';

// Account rights (issue 15, part 4) and sign-up without enumeration (issue 13, finding 13), through the real API,
// a real PostgreSQL, the real notification worker and a real SMTP catcher.

let server: TestServer;
let box: TestMailbox;
let worker: NotificationWorker;
beforeAll(async () => {
  server = await startTestServer();
  box = await startMailbox();
  worker = await startTestWorker(server, box);
});
afterAll(async () => {
  await worker.stop();
  await box.down();
  await server.stop();
});

const PASSWORD = 'correct horse battery'; // the signUp factory's
const NEW_PASSWORD = 'lantern orchard pebble';
const VIEWER = `{ viewer { id } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { id } } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email name role } } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($t: String!, $n: String!) { resetPassword(token: $t, newPassword: $n) { token user { id email } } }`;
const EXPORT = `mutation { exportMyData }`;
const DELETE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;

const q = (sql: string, params: unknown[] = []) => server.ds.query(sql, params);
const viewerId = async (token: string) => (await server.gql(VIEWER, {}, { token })).data?.viewer?.id ?? null;
const signIn = (email: string, password: string) => server.gql(SIGN_IN, { input: { email, password } });
const field = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions?.field;
const accountRow = async (id: string) => (await q(`SELECT email, name, password_hash, token_generation, deleted_at FROM app_user WHERE id = $1`, [id]))[0];
const mailTo = (email: string) => box.mail.filter((m) => m.to.includes(email));
const resetTokenIn = (text: string) => /\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;

async function resetLinkFor(email: string): Promise<string> {
  const before = mailTo(email).length;
  expect((await server.gql(REQUEST_RESET, { e: email })).data).toEqual({ requestPasswordReset: true });
  const mail = await waitFor('the reset email', async () => mailTo(email)[before]);
  return resetTokenIn(mail.text)!;
}

/** A person who books, with a real password (the booking factory's accounts have none). */
async function personWithPassword(): Promise<BookingPerson> {
  const p = await bookingPerson(server, 50_000);
  await q(`UPDATE app_user SET password_hash = $2, name = 'Robin Example' WHERE id = $1`, [p.account.id, await hashPassword(PASSWORD)]);
  return p;
}

describe('changePassword', () => {
  it('keeps the session that changed it and stops every other token, old and new password alike', async () => {
    const me = await signUp(server, 'PERSON');
    const other = (await signIn(me.email, PASSWORD)).data!.signIn.token as string;
    const cookie = (await signIn(me.email, PASSWORD)).headers.get('set-cookie')!.split(';')[0];
    expect(await viewerId(other)).toBe(me.id);

    expect((await server.gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD }, { token: me.token })).data).toEqual({ changePassword: true });
    expect(await viewerId(me.token)).toBe(me.id);
    expect(await viewerId(other)).toBeNull();
    expect((await server.gql(VIEWER, {}, { headers: { cookie } })).data!.viewer).toBeNull();
    expect(codeOf(await signIn(me.email, PASSWORD))).toBe('UNAUTHENTICATED');
    const fresh = (await signIn(me.email, NEW_PASSWORD)).data!.signIn.token as string;
    expect(await viewerId(fresh)).toBe(me.id);

    // The kept session may change it again; the session signed in between stops in its turn.
    expect((await server.gql(CHANGE, { c: NEW_PASSWORD, n: 'quiet harbour lamps' }, { token: me.token })).data).toEqual({ changePassword: true });
    expect(await viewerId(me.token)).toBe(me.id);
    expect(await viewerId(fresh)).toBeNull();
  });

  it('refuses a wrong current password or a weak new one, naming the field, and writes nothing', async () => {
    const me = await signUp(server, 'PERSON');
    const before = await accountRow(me.id);
    const wrong = await server.gql(CHANGE, { c: 'not my password at all', n: NEW_PASSWORD }, { token: me.token });
    expect([codeOf(wrong), field(wrong)]).toEqual(['BAD_USER_INPUT', 'currentPassword']);
    for (const weak of ['password123', '          x', me.email]) {
      const r = await server.gql(CHANGE, { c: PASSWORD, n: weak }, { token: me.token });
      expect([codeOf(r), field(r)]).toEqual(['BAD_USER_INPUT', 'newPassword']);
    }
    expect(await accountRow(me.id)).toEqual(before);
    expect(await viewerId(me.token)).toBe(me.id);
    expect(codeOf(await server.gql(CHANGE, { c: PASSWORD, n: NEW_PASSWORD }))).toBe('UNAUTHENTICATED');
  });

  it('checks the revocation in one statement, which the viewer query reuses', async () => {
    const me = await signUp(server, 'PERSON');
    const r = await server.gql(`{ viewer { id name email } }`, {}, { token: me.token });
    expect(r.data!.viewer.id).toBe(me.id);
    expect(r.extensions!.sqlStatements).toBe(1);
  });
});

describe('password reset', () => {
  it('emails a link that works once, signs in, and stops every older token; only its hash is stored', async () => {
    const me = await signUp(server, 'PERSON');
    const token = await resetLinkFor(me.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [stored] = await q(`SELECT token_hash, expires_at - created_at AS lifetime FROM password_reset WHERE user_id = $1 AND used_at IS NULL`, [me.id]);
    expect(Buffer.from(stored.token_hash).equals(createHash('sha256').update(token).digest())).toBe(true);
    expect(stored.lifetime).toMatchObject({ hours: 1 });
    // The token is in the email only: not in the notification the app shows, nor left in the job queue once sent.
    const leaks = () =>
      q(
        `SELECT (SELECT count(*) FROM notification WHERE body LIKE '%' || $1 || '%' OR link LIKE '%' || $1 || '%')::int AS notifications,
                (SELECT count(*) FROM graphile_worker._private_jobs WHERE payload::text LIKE '%' || $1 || '%')::int AS jobs`,
        [token],
      ).then((r) => r[0]);
    await waitFor('the sent job to go', async () => (await leaks()).jobs === 0);
    expect(await leaks()).toEqual({ notifications: 0, jobs: 0 });

    // A weak password is refused and the link still works.
    const weak = await server.gql(RESET, { t: token, n: 'password123' });
    expect([codeOf(weak), field(weak)]).toEqual(['BAD_USER_INPUT', 'newPassword']);
    const done = await server.gql(RESET, { t: token, n: NEW_PASSWORD });
    expect(done.data!.resetPassword.user).toEqual({ id: me.id, email: me.email });
    expect(await viewerId(done.data!.resetPassword.token)).toBe(me.id);
    expect(await viewerId(me.token)).toBeNull();
    expect(codeOf(await signIn(me.email, PASSWORD))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(me.email, NEW_PASSWORD))).toBe('OK');

    const again = await server.gql(RESET, { t: token, n: 'another fine passphrase' });
    expect(again.errors![0]).toMatchObject({ message: RESET_LINK_INVALID, extensions: { code: 'BAD_USER_INPUT', field: 'token' } });
  });

  it('expires after an hour, and a newer link replaces an older one', async () => {
    const me = await signUp(server, 'PERSON');
    const first = await resetLinkFor(me.email);
    const second = await resetLinkFor(me.email);
    expect(codeOf(await server.gql(RESET, { t: first, n: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
    await q(`UPDATE password_reset SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [me.id]);
    expect((await server.gql(RESET, { t: second, n: NEW_PASSWORD })).errors![0].message).toBe(RESET_LINK_INVALID);
    expect(codeOf(await signIn(me.email, PASSWORD))).toBe('OK');
  });

  it('answers an unknown email exactly as a known one, and sends it nothing', async () => {
    const me = await signUp(server, 'PERSON');
    const unknown = `nobody-${me.id}@test.example`;
    const a = await server.gql(REQUEST_RESET, { e: unknown });
    const b = await server.gql(REQUEST_RESET, { e: me.email });
    expect([a.status, a.data, a.errors]).toEqual([b.status, b.data, b.errors]);
    await waitFor('the known email', async () => mailTo(me.email).length === 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(mailTo(unknown)).toEqual([]);
    expect((await q(`SELECT count(*)::int AS n FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.email = $1`, [unknown]))[0].n).toBe(0);
  });

  it('limits requests per email, known or not, and refuses a malformed email', async () => {
    const me = await signUp(server, 'PERSON');
    for (const email of [me.email, `ghost-${me.id}@test.example`]) {
      const codes = [];
      for (let i = 0; i < 4; i++) codes.push(codeOf(await server.gql(REQUEST_RESET, { e: email })));
      expect(codes).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
    }
    const bad = await server.gql(REQUEST_RESET, { e: 'not an email' });
    expect([codeOf(bad), field(bad)]).toEqual(['BAD_USER_INPUT', 'email']);
    expect(codeOf(await server.gql(RESET, { t: 'short', n: NEW_PASSWORD }))).toBe('BAD_USER_INPUT');
  });
});

describe('sign-up with an email that is already registered', () => {
  it('answers as for a new account, signs nobody in, changes nothing, and emails the owner', async () => {
    const owner = await signUp(server, 'PERSON');
    const fresh = await server.gql(SIGN_UP, { input: { email: `new-${owner.id}@test.example`, password: 'a long new passphrase', name: 'Sam', accountType: 'PERSON' } });
    const taken = await server.gql(SIGN_UP, { input: { email: owner.email.toUpperCase(), password: 'a long new passphrase', name: 'Sam', accountType: 'PERSON' } });
    expect(taken.errors).toBeUndefined();
    expect(Object.keys(taken.data!.signUp.user)).toEqual(Object.keys(fresh.data!.signUp.user));
    expect(taken.data!.signUp.user).toMatchObject({ email: owner.email, name: 'Sam', role: 'PERSON' });
    expect(taken.data!.signUp.user.id).not.toBe(owner.id);
    expect(taken.data!.signUp.token.split('.').map((p: string) => p.length > 0)).toEqual([true, true, true]);
    expect(await viewerId(taken.data!.signUp.token)).toBeNull();
    expect(codeOf(await signIn(owner.email, 'a long new passphrase'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await signIn(owner.email, PASSWORD))).toBe('OK');
    const notice = await waitFor('the owner’s email', async () => mailTo(owner.email)[0]);
    expect(notice.subject).toBe('Someone tried to make an account with your email');
    expect(notice.text).toContain('/forgot-password');
  });
});

describe('exportMyData', () => {
  it("holds the person's account, plan, goals, budget and ledger, bookings, reviews, messages and notifications, and nobody else's", async () => {
    const provider = await bookingProvider(server);
    const me = await personWithPassword();
    const someoneElse = await bookingPerson(server, 70_000);
    const goal = await server.gql(`mutation($p: ID!, $i: GoalInput!) { addGoal(planId: $p, input: $i) { id } }`, { p: me.planId, i: { lifeArea: 'MENTAL_WELLBEING', description: 'Sleep better by spring', baselineScore: 3 } }, { token: me.token });
    expect(codeOf(goal)).toBe('OK');
    const mine = await book(server, me, await slotIn(server, provider.offeringId, 48, 3));
    await book(server, someoneElse, await slotIn(server, provider.offeringId, 72, 3));
    await changeBooking(server, 'confirmBooking', mine.id, provider.owner.token);
    const chat = await server.gql(`mutation($i: StartConversationInput!) { startConversation(input: $i) { id } }`, { i: { planId: me.planId, bookingId: mine.id, body: 'Is there step-free access?' } }, { token: me.token });
    expect(codeOf(chat)).toBe('OK');
    await waitFor('the confirmation notification', async () => (await q(`SELECT 1 FROM notification WHERE user_id = $1`, [me.account.id])).length > 0);

    const r = await server.gql(EXPORT, {}, { token: me.token });
    const text = r.data!.exportMyData as string;
    const data = JSON.parse(text);
    expect(data.account).toMatchObject({ id: me.account.id, email: me.account.email, name: 'Robin Example', role: 'PERSON' });
    expect(data.plans.map((p: any) => p.id)).toEqual([me.planId]);
    expect(data.plans[0].goals.map((g: any) => g.description)).toEqual(['Sleep better by spring']);
    expect(data.budgets.map((b: any) => b.id)).toEqual([me.budgetId]);
    expect(data.budgets[0].ledger.map((l: any) => l.kind)).toEqual(['ALLOCATION', 'HOLD']);
    expect(data.bookings.map((b: any) => [b.id, b.status])).toEqual([[mine.id, 'CONFIRMED']]);
    expect(data.conversations[0].messages.map((m: any) => [m.body, m.byYou])).toEqual([['Is there step-free access?', true]]);
    expect(data.notifications.map((n: any) => n.kind)).toContain('BOOKING_CONFIRMED');
    for (const foreign of [provider.owner.email, provider.owner.id, someoneElse.account.id, someoneElse.account.email, someoneElse.planId, someoneElse.budgetId]) {
      expect(text).not.toContain(foreign);
    }

    // The provider's export: its organisation, offerings and bookings, without the people who booked.
    const theirs = (await server.gql(EXPORT, {}, { token: provider.owner.token })).data!.exportMyData as string;
    const providerData = JSON.parse(theirs);
    expect(providerData.providers.map((p: any) => p.id)).toEqual([provider.providerId]);
    expect(providerData.providers[0].bookings).toHaveLength(2);
    expect(providerData.conversations[0].youAre).toBe('PROVIDER');
    for (const foreign of [me.account.email, me.account.id, someoneElse.account.email, someoneElse.account.id, me.planId, me.budgetId, 'Sleep better by spring']) {
      expect(theirs).not.toContain(foreign);
    }
    expect(codeOf(await server.gql(EXPORT))).toBe('UNAUTHENTICATED');
  });
});

describe('deleteMyAccount', () => {
  it("erases a person's personal data, cancels their upcoming bookings and keeps every ledger balanced", async () => {
    const provider = await bookingProvider(server);
    const me = await personWithPassword();
    await server.gql(`mutation($p: ID!, $i: GoalInput!) { addGoal(planId: $p, input: $i) { id } }`, { p: me.planId, i: { lifeArea: 'MENTAL_WELLBEING', description: 'Feel less alone', baselineScore: 2 } }, { token: me.token });
    const past = await book(server, me, await slotIn(server, provider.offeringId, 30, 2));
    await changeBooking(server, 'confirmBooking', past.id, provider.owner.token);
    await startSession(server, past.id);
    await changeBooking(server, 'completeBooking', past.id, provider.owner.token);
    expect(codeOf(await server.gql(`mutation($i: ReviewInput!) { reviewBooking(input: $i) { id } }`, { i: { bookingId: past.id, rating: 4, comment: 'Kind and patient with my anxiety' } }, { token: me.token }))).toBe('OK');
    const upcoming = await book(server, me, await slotIn(server, provider.offeringId, 50, 2));
    await changeBooking(server, 'confirmBooking', upcoming.id, provider.owner.token);
    await server.gql(`mutation($i: StartConversationInput!) { startConversation(input: $i) { id } }`, { i: { planId: me.planId, bookingId: upcoming.id, body: 'My flat is at 3 Elm Road' } }, { token: me.token });

    const wrong = await server.gql(DELETE, { p: 'not my password at all' }, { token: me.token });
    expect([codeOf(wrong), field(wrong)]).toEqual(['BAD_USER_INPUT', 'password']);
    expect((await accountRow(me.account.id)).deleted_at).toBeNull();

    expect((await server.gql(DELETE, { p: PASSWORD }, { token: me.token })).data).toEqual({ deleteMyAccount: true });
    expect(await viewerId(me.token)).toBeNull();
    expect(codeOf(await signIn(me.account.email, PASSWORD))).toBe('UNAUTHENTICATED');
    const row = await accountRow(me.account.id);
    expect(row).toMatchObject({ email: `deleted-${me.account.id}@deleted.invalid`, name: 'Deleted account' });
    expect(row.deleted_at).not.toBeNull();

    const statuses = await q(`SELECT id, status FROM booking WHERE person_id = $1 ORDER BY starts_at`, [me.account.id]);
    expect(statuses).toEqual([{ id: past.id, status: 'COMPLETED' }, { id: upcoming.id, status: 'CANCELLED' }]);
    const [budget] = await q(`SELECT allocated_pence, committed_pence, spent_pence FROM budget WHERE id = $1`, [me.budgetId]);
    expect(budget).toEqual({ allocated_pence: 50_000, committed_pence: 0, spent_pence: 1500 });
    await expectBookingInvariants(server);

    const left = (
      await q(
        `SELECT (SELECT count(*) FROM goal g JOIN support_plan sp ON sp.id = g.plan_id WHERE sp.person_id = $1)::int AS goals,
                (SELECT count(*) FROM notification WHERE user_id = $1)::int AS notifications,
                (SELECT count(*) FROM review WHERE person_id = $1 AND comment IS NOT NULL)::int AS comments,
                (SELECT count(*) FROM review WHERE person_id = $1)::int AS ratings,
                (SELECT count(*) FROM message WHERE sender_id = $1 AND body LIKE '%Elm Road%')::int AS messages,
                (SELECT bool_or(active) FROM support_plan WHERE person_id = $1) AS active`,
        [me.account.id],
      )
    )[0];
    expect(left).toEqual({ goals: 0, notifications: 0, comments: 0, ratings: 1, messages: 0, active: false });
    // The provider was told, and the provider's views still show the booking (by a deleted account).
    const told = await q(`SELECT body FROM notification WHERE user_id = $1 AND event_key = $2`, [provider.owner.id, `booking:${upcoming.id}:CANCELLED`]);
    expect(told).toHaveLength(1);
    const seen = await server.gql(`query($id: ID!) { booking(id: $id) { status personName } }`, { id: past.id }, { token: provider.owner.token });
    expect(seen.data!.booking).toEqual({ status: 'COMPLETED', personName: 'Deleted account' });
    // The email is free again.
    expect(codeOf(await server.gql(SIGN_UP, { input: { email: me.account.email, password: 'a long new passphrase', name: 'Robin', accountType: 'PERSON' } }))).toBe('OK');
    expect(codeOf(await signIn(me.account.email, 'a long new passphrase'))).toBe('OK');
  });

  it("takes a provider's offerings off the market and cancels its upcoming bookings, releasing the money and telling the people", async () => {
    const provider = await bookingProvider(server);
    await q(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [provider.owner.id, await hashPassword(PASSWORD)]);
    const person = await bookingPerson(server, 20_000);
    const booking = await book(server, person, await slotIn(server, provider.offeringId, 40, 2));
    await changeBooking(server, 'confirmBooking', booking.id, provider.owner.token);

    expect((await server.gql(DELETE, { p: PASSWORD }, { token: provider.owner.token })).data).toEqual({ deleteMyAccount: true });
    expect((await q(`SELECT status FROM offering WHERE id = $1`, [provider.offeringId]))[0].status).toBe('ARCHIVED');
    expect((await q(`SELECT status FROM booking WHERE id = $1`, [booking.id]))[0].status).toBe('CANCELLED');
    expect((await q(`SELECT committed_pence FROM budget WHERE id = $1`, [person.budgetId]))[0].committed_pence).toBe(0);
    const told = await q(`SELECT body FROM notification WHERE user_id = $1 AND event_key = $2`, [person.account.id, `booking:${booking.id}:CANCELLED`]);
    expect(told[0].body).toContain('the provider closed its account');
    await expectBookingInvariants(server);
    const search = await server.gql(`query($id: ID!) { offering(id: $id) { status } }`, { id: provider.offeringId });
    expect(search.data?.offering?.status ?? 'ARCHIVED').toBe('ARCHIVED');
  });

  it('refuses without a sign-in and writes nothing for bad input', async () => {
    expect(codeOf(await server.gql(DELETE, { p: PASSWORD }))).toBe('UNAUTHENTICATED');
    const me: TestAccount = await signUp(server, 'PROVIDER');
    const before = await accountRow(me.id);
    expect(codeOf(await server.gql(DELETE, { p: '' }, { token: me.token }))).toBe('BAD_USER_INPUT');
    expect(await accountRow(me.id)).toEqual(before);
  });
});
