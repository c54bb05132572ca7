import type { PoolClient } from 'pg';
import type { Mailer } from './mailer';
import { renderEmail } from './email-template';

// Sends one notification's email, exactly once per notification:
// - The notification row is locked (FOR UPDATE) for the whole send, in a transaction that also records the send
//   (email_status = SENT). Two workers with jobs for the same notification queue on the lock; the second finds SENT
//   and does nothing.
// - A worker killed before the SMTP server accepted the message leaves the row PENDING (its transaction dies with
//   its connection): the job is run again (a restarted worker's sweep queues it again, see worker.ts) and sends it.
// - Between the server's acceptance and our COMMIT there is a window of one round trip: a crash exactly there is the
//   one case that can send twice. The Message-ID is the notification's id, so a receiving server (or the catcher)
//   can drop the repeat. SMTP offers nothing stronger.
// - An SMTP failure throws: the transaction rolls back, the row stays PENDING and graphile-worker retries the job
//   with exponential backoff (up to 25 attempts).
export type DeliveryOutcome = 'SENT' | 'SKIPPED' | 'ALREADY_DONE' | 'GONE';

// - A password reset's job carries the link with its token (linkInJob); the notification row holds only a plain link,
//   so the token is stored nowhere but the queued job, until it is sent (db/functions/password-reset.sql). Security
//   emails (PASSWORD_RESET) go even to someone who turned emails off: they are how an account is recovered.
export async function deliverNotification(client: PoolClient, mailer: Mailer, id: string, webOrigin: string, linkInJob?: string): Promise<DeliveryOutcome> {
  // Counted outside the send's transaction, so failed attempts stay counted (for operators; retries are the job's).
  await client.query(`UPDATE notification SET email_attempts = email_attempts + 1 WHERE id = $1 AND email_status = 'PENDING'`, [id]);
  await client.query('BEGIN');
  try {
    const { rows } = await client.query(
      `SELECT n.id, n.kind, n.title, n.body, n.link, n.email_status, u.email, u.name, coalesce(p.email, true) OR n.kind = 'PASSWORD_RESET' AS email_wanted
         FROM notification n JOIN app_user u ON u.id = n.user_id LEFT JOIN notification_preference p ON p.user_id = n.user_id
        WHERE n.id = $1 FOR UPDATE OF n`,
      [id],
    );
    const n = rows[0];
    if (!n) {
      await client.query('COMMIT');
      return 'GONE';
    }
    if (n.email_status !== 'PENDING') {
      await client.query('COMMIT');
      return 'ALREADY_DONE';
    }
    if (!n.email_wanted) {
      await client.query(`UPDATE notification SET email_status = 'SKIPPED' WHERE id = $1`, [id]);
      await client.query('COMMIT');
      return 'SKIPPED';
    }
    const link = n.kind === 'PASSWORD_RESET' && linkInJob && /^\/reset-password\?token=[A-Za-z0-9_-]{43}$/.test(linkInJob) ? linkInJob : n.link;
    const email = renderEmail({ title: n.title, body: n.body, link, recipientName: n.name, linkLabel: n.kind === 'PASSWORD_RESET' ? 'Reset your password' : undefined }, webOrigin);
    await mailer.send({ messageId: `<${id}@notifications.supportmarket.example>`, to: n.email, ...email, headers: { 'X-Notification-Id': id } });
    await client.query(`UPDATE notification SET email_status = 'SENT', emailed_at = now() WHERE id = $1`, [id]);
    await client.query('COMMIT');
    return 'SENT';
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
}
