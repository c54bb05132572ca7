import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { startTestServer, type TestServer } from '../../support/test-server';
import { countByMessageId, startMailbox, startTestWorker, waitFor, type TestMailbox } from '../../support/mail';
import { book, bookingPerson, bookingProvider, changeBooking, slotIn, startSession, type BookingPerson, type BookingProvider } from '../../factories/bookings';
import { insertAccount } from '../../factories/accounts';
import { Role } from '../../../server/src/modules/account/role';
import { deliverNotification } from '../../../server/src/modules/notification/delivery/deliver-notification.task';
import { createMailer } from '../../../server/src/modules/notification/delivery/mailer';
import type { NotificationWorker } from '../../../server/src/modules/notification/delivery/worker';

const WORKER = resolve(__dirname, '../../../server/dist/worker.js');

let server: TestServer;
let box: TestMailbox;
let provider: BookingProvider;
let person: BookingPerson;
const workers: NotificationWorker[] = [];

beforeAll(async () => {
  server = await startTestServer();
  box = await startMailbox();
  provider = await bookingProvider(server);
  person = await bookingPerson(server);
});
afterAll(async () => {
  for (const w of workers) await w.stop();
  await box.down();
  await server.stop();
});

const q = async (sql: string, params: unknown[] = []) => server.ds.query(sql, params);
const ok = (r: { data: any; errors?: unknown }) => {
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
};
const pending = async () => (await q(`SELECT count(*)::int AS n FROM notification WHERE email_status = 'PENDING'`))[0].n as number;
async function stopWorkers() {
  while (workers.length) await workers.pop()!.stop();
}
async function allDelivered() {
  await waitFor('every email to be sent', async () => (await pending()) === 0, 30_000);
}
function expectOneEmailPerNotification(ids: string[]) {
  const counts = countByMessageId(box.mail);
  for (const id of ids) expect([id, counts.get(`<${id}@notifications.supportmarket.example>`) ?? 0]).toEqual([id, 1]);
}

describe('notifications', () => {
  it('writes exactly one notification per event, in its transaction, and sends exactly one email for each', async () => {
    workers.push(await startTestWorker(server, box));
    const before = new Set((await q(`SELECT id FROM notification`)).map((r: { id: string }) => r.id));
    // Booking requested, confirmed, cancelled by the person.
    const b1 = await book(server, person, await slotIn(server, provider.offeringId, 72));
    ok(await changeBooking(server, 'confirmBooking', b1.id, provider.owner.token));
    ok(await changeBooking(server, 'cancelBooking', b1.id, person.token, 'I am unwell'));
    // Requested and declined.
    const b2 = await book(server, person, await slotIn(server, provider.offeringId, 96));
    ok(await changeBooking(server, 'declineBooking', b2.id, provider.owner.token, 'We are closed that day'));
    // Requested, confirmed, completed, reviewed.
    const b3 = await book(server, person, await slotIn(server, provider.offeringId, 120));
    ok(await changeBooking(server, 'confirmBooking', b3.id, provider.owner.token));
    await startSession(server, b3.id);
    ok(await changeBooking(server, 'completeBooking', b3.id, provider.owner.token));
    ok(await server.gql(`mutation($input: ReviewInput!) { reviewBooking(input: $input) { id } }`, { input: { bookingId: b3.id, rating: 5 } }, { token: person.token }));
    // A question and its answer.
    const c = ok(await server.gql(`mutation($input: StartConversationInput!) { startConversation(input: $input) { id } }`, { input: { offeringId: provider.offeringId, planId: person.planId, body: 'Is there parking?' } }, { token: person.token }));
    ok(await server.gql(`mutation($id: ID!) { sendMessage(conversationId: $id, body: "Yes, behind the hall.") { id } }`, { id: c.startConversation.id }, { token: provider.owner.token }));
    // Money added to the budget.
    await q(`INSERT INTO budget_ledger (budget_id, kind, amount_pence, note) VALUES ($1, 'ALLOCATION', 25000, 'Top-up for the winter')`, [person.budgetId]);
    // A refused request writes nothing.
    const refused = await server.gql(`mutation($id: ID!) { confirmBooking(id: $id) { id } }`, { id: b2.id }, { token: provider.owner.token });
    expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');

    const made = (await q(`SELECT id, user_id, kind FROM notification ORDER BY created_at`)).filter((n: { id: string }) => !before.has(n.id));
    const kinds = (user: string) => made.filter((n: { user_id: string }) => n.user_id === user).map((n: { kind: string }) => n.kind).sort();
    expect(kinds(provider.owner.id)).toEqual(['BOOKING_CANCELLED', 'BOOKING_REQUESTED', 'BOOKING_REQUESTED', 'BOOKING_REQUESTED', 'MESSAGE_RECEIVED', 'REVIEW_RECEIVED']);
    expect(kinds(person.account.id)).toEqual(['BOOKING_COMPLETED', 'BOOKING_CONFIRMED', 'BOOKING_CONFIRMED', 'BOOKING_DECLINED', 'BUDGET_CHANGED', 'MESSAGE_RECEIVED']);
    await allDelivered();
    expectOneEmailPerNotification(made.map((n: { id: string }) => n.id));
    const declined = box.mail.find((m) => m.subject.startsWith('Booking declined'))!;
    expect(declined.to).toEqual([person.account.email]);
    expect(declined.text).toContain('We are closed that day');
    expect(declined.html).toContain('<a href="http://localhost:3000/plan#bookings">');
    const budget = box.mail.find((m) => m.subject === 'Money added to your budget' && m.text.includes('winter'))!;
    expect(budget.text).toContain('£250.00 was added to your budget. Note: "Top-up for the winter".');
    // The in-app list and the badge.
    const list = ok(await server.gql(`{ notifications(first: 3) { unreadCount edges { node { kind title body link readAt } } pageInfo { hasNextPage } } }`, {}, { token: person.token }));
    expect(list.notifications.unreadCount).toBe(7); // with the budget's first allocation, made by the factory
    expect(list.notifications.edges[0].node).toMatchObject({ kind: 'BUDGET_CHANGED', link: '/plan#budgets', readAt: null });
    expect(list.notifications.pageInfo.hasNextPage).toBe(true);
    await stopWorkers();
  });

  it('keeps emails while the SMTP server is down and sends each once when it is back', async () => {
    workers.push(await startTestWorker(server, box));
    await box.down();
    const sent = box.mail.length;
    const b = await book(server, person, await slotIn(server, provider.offeringId, 150));
    ok(await changeBooking(server, 'confirmBooking', b.id, provider.owner.token));
    const ids = (await q(`SELECT id FROM notification WHERE event_key LIKE $1`, [`booking:${b.id}:%`])).map((r: { id: string }) => r.id);
    expect(ids).toHaveLength(2);
    await waitFor('a failed attempt', async () => (await q(`SELECT min(email_attempts)::int AS n FROM notification WHERE id = ANY($1)`, [ids]))[0].n >= 1);
    expect((await q(`SELECT count(*)::int AS n FROM notification WHERE id = ANY($1) AND email_status = 'PENDING'`, [ids]))[0].n).toBe(2);
    expect(box.mail.length).toBe(sent);
    await box.up();
    await allDelivered();
    expectOneEmailPerNotification(ids);
    await stopWorkers();
  });

  it('sends once when two workers race for the same notifications', async () => {
    workers.push(await startTestWorker(server, box), await startTestWorker(server, box));
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const b = await book(server, person, await slotIn(server, provider.offeringId, 200 + i * 3));
      ids.push(...(await q(`SELECT id FROM notification WHERE event_key = $1`, [`booking:${b.id}:REQUESTED`])).map((r: { id: string }) => r.id));
    }
    // Both workers' sweeps queue a second job for every notification still pending: more jobs than emails owed.
    await Promise.all(workers.map((w) => w.sweep()));
    await allDelivered();
    expectOneEmailPerNotification(ids);
    // The same notification sent by two deliveries at the very same moment: one sends, the other finds it done.
    await stopWorkers();
    const [n] = await q(`SELECT notify($1, 'BOOKING_REMINDER', 'Race', 'Race body', NULL, $2) AS id`, [person.account.id, `race:${Date.now()}`]);
    const mailer = createMailer(box.url, 'race@supportmarket.example');
    const clients = [new Client({ connectionString: server.db.url }), new Client({ connectionString: server.db.url })];
    await Promise.all(clients.map((c) => c.connect()));
    const outcomes = await Promise.all(clients.map((c) => deliverNotification(c as never, mailer, n.id, 'http://localhost:3000')));
    expect(outcomes.sort()).toEqual(['ALREADY_DONE', 'SENT']);
    await Promise.all(clients.map((c) => c.end()));
    mailer.close();
    expectOneEmailPerNotification([n.id]);
  });

  it('sends once when a worker process is killed in the middle of a send and started again', async () => {
    // The worker runs as its own compiled process: `npm test` builds it first (scripts/test.mjs).
    if (!existsSync(WORKER)) throw new Error(`${WORKER} is missing: run \`npm run build:server\` first.`);
    const env = { ...process.env, NODE_ENV: 'test', DATABASE_URL: server.db.url, SMTP_URL: box.url, WORKER_CONCURRENCY: '1', LOG_REQUESTS: 'false' };
    const start = (): ChildProcess => spawn(process.execPath, [WORKER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let victim: ChildProcess | null = start();
    const [n] = await q(`SELECT notify($1, 'BOOKING_REMINDER', 'Killed mid-send', 'The worker sending this was killed.', NULL, $2) AS id`, [person.account.id, `kill:${Date.now()}`]);
    const messageId = `<${n.id}@notifications.supportmarket.example>`;
    let arrived = 0;
    box.beforeAccept = async (m) => {
      if (m.messageId !== messageId || arrived++ > 0) return;
      // The message reached the SMTP server, which has not answered yet: kill the worker now.
      victim!.kill('SIGKILL');
      await new Promise((r) => victim!.once('exit', r));
      await new Promise((r) => setTimeout(r, 200));
    };
    await waitFor('the first attempt to reach the SMTP server', async () => arrived > 0);
    await waitFor('the worker to die', async () => victim!.exitCode !== null || victim!.signalCode !== null);
    expect((await q(`SELECT email_status FROM notification WHERE id = $1`, [n.id]))[0].email_status).toBe('PENDING');
    expect(countByMessageId(box.mail).get(messageId)).toBeUndefined();
    victim = null;
    const again = start();
    try {
      await waitFor('the restarted worker to send it', async () => (await q(`SELECT email_status FROM notification WHERE id = $1`, [n.id]))[0].email_status === 'SENT', 30_000);
    } finally {
      again.kill('SIGTERM');
      await new Promise((r) => again.once('exit', r));
      box.beforeAccept = null;
    }
    expect(countByMessageId(box.mail).get(messageId)).toBe(1);
    expect(arrived).toBe(2);
  }, 60_000);

  it('schedules a reminder a day before, moves it with the booking, and removes it when the booking is cancelled', async () => {
    const job = async (bookingId: string) => (await q(`SELECT run_at FROM graphile_worker.jobs WHERE key = $1`, [`reminder:${bookingId}`]))[0] ?? null;
    const b = await book(server, person, await slotIn(server, provider.offeringId, 300));
    expect(await job(b.id)).toBeNull(); // requested, not yet confirmed
    ok(await changeBooking(server, 'confirmBooking', b.id, provider.owner.token));
    const [{ starts_at }] = await q(`SELECT starts_at FROM booking WHERE id = $1`, [b.id]);
    expect((await job(b.id)).run_at.getTime()).toBe(starts_at.getTime() - 24 * 3600_000);
    // The slot moves a day later: the reminder follows.
    await q(`UPDATE booking SET starts_at = starts_at + interval '1 day', ends_at = ends_at + interval '1 day' WHERE id = $1`, [b.id]);
    expect((await job(b.id)).run_at.getTime()).toBe(starts_at.getTime());
    ok(await changeBooking(server, 'cancelBooking', b.id, person.token));
    expect(await job(b.id)).toBeNull();
  });

  it('sends the reminder when it is due, and only to people who want reminders', async () => {
    workers.push(await startTestWorker(server, box));
    const other = await bookingPerson(server);
    const ids: Record<string, string> = {};
    for (const [who, p] of [['wants', person], ['does not', other]] as const) {
      if (who === 'does not') ok(await server.gql(`mutation { setNotificationPreferences(input: { reminders: false }) { email reminders } }`, {}, { token: p.token }));
      const b = await book(server, p, await slotIn(server, provider.offeringId, who === 'wants' ? 400 : 403));
      ok(await changeBooking(server, 'confirmBooking', b.id, provider.owner.token));
      // Moved to tomorrow morning, less than a day away: reminded at once.
      await q(`UPDATE booking SET starts_at = now() + interval '20 hours', ends_at = now() + interval '21 hours' WHERE id = $1`, [b.id]);
      ids[who] = b.id;
    }
    const reminder = await waitFor('the reminder', async () => (await q(`SELECT id FROM notification WHERE kind = 'BOOKING_REMINDER' AND user_id = $1 AND event_key LIKE $2`, [person.account.id, `reminder:${ids.wants}:%`]))[0]);
    await allDelivered();
    expectOneEmailPerNotification([reminder.id]);
    expect(box.mail.find((m) => m.messageId.includes(reminder.id))!.text).toContain('please cancel it so someone else can have the place');
    await waitFor('the other reminder job to finish', async () => !(await q(`SELECT 1 FROM graphile_worker.jobs WHERE key = $1`, [`reminder:${ids['does not']}`]))[0]);
    expect((await q(`SELECT count(*)::int AS n FROM notification WHERE kind = 'BOOKING_REMINDER' AND user_id = $1`, [other.account.id]))[0].n).toBe(0);
    await stopWorkers();
  });

  it('keeps notifications to their owner, honours the email preference, and refuses bad input with nothing changed', async () => {
    workers.push(await startTestWorker(server, box));
    const quiet = await insertAccount(server, Role.PROVIDER);
    const LIST = `{ notifications { unreadCount edges { node { id } } } }`;
    ok(await server.gql(`mutation { setNotificationPreferences(input: { email: false }) { email reminders } }`, {}, { token: quiet.token }));
    expect(ok(await server.gql(`{ notificationPreferences { email reminders } }`, {}, { token: quiet.token })).notificationPreferences).toEqual({ email: false, reminders: true });
    const [n] = await q(`SELECT notify($1, 'REVIEW_RECEIVED', 'No email please', 'In the app only.', NULL, $2) AS id`, [quiet.id, `quiet:${Date.now()}`]);
    await allDelivered();
    expect((await q(`SELECT email_status FROM notification WHERE id = $1`, [n.id]))[0].email_status).toBe('SKIPPED');
    expect(countByMessageId(box.mail).get(`<${n.id}@notifications.supportmarket.example>`)).toBeUndefined();
    // Nobody else sees it or can mark it read.
    expect(ok(await server.gql(LIST, {}, { token: person.token })).notifications.edges.map((e: any) => e.node.id)).not.toContain(n.id);
    expect(ok(await server.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [n.id] }, { token: person.token })).markNotificationsRead).toBe(0);
    expect((await server.gql(LIST)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(`mutation { markNotificationsRead }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await server.gql(`mutation { setNotificationPreferences(input: { email: true }) { email } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Bad input: coded, nothing changed.
    const bad = await server.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [n.id, 'not-an-id'] }, { token: quiet.token });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await q(`SELECT read_at FROM notification WHERE id = $1`, [n.id]))[0].read_at).toBeNull();
    expect((await server.gql(`{ notifications(first: 0) { unreadCount } }`, {}, { token: quiet.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.gql(`{ notifications(after: "bogus") { unreadCount } }`, {}, { token: quiet.token })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The owner marks it read.
    expect(ok(await server.gql(`mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [n.id] }, { token: quiet.token })).markNotificationsRead).toBe(1);
    expect(ok(await server.gql(LIST, {}, { token: quiet.token })).notifications.unreadCount).toBe(0);
    expect(ok(await server.gql(`mutation { markNotificationsRead }`, {}, { token: person.token })).markNotificationsRead).toBeGreaterThan(0);
    expect(ok(await server.gql(`{ notifications(unreadOnly: true) { unreadCount edges { node { id } } } }`, {}, { token: person.token })).notifications).toEqual({ unreadCount: 0, edges: [] });
    await stopWorkers();
  });
});
