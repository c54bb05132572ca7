import type { PoolClient } from 'pg';
import type { Mailer } from './mailer';

// Emails an invitation to support someone to an address with no account yet (db/functions/supporter.sql queues it;
// an address with an account gets a SUPPORTER_INVITED notification instead). Sent once: the supporter row is locked
// for the send and emailed_at records it, as deliver-notification.task.ts does for notifications. A withdrawn
// invitation is not sent.
export type InvitationOutcome = 'SENT' | 'ALREADY_DONE' | 'GONE';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export async function sendSupporterInvitation(client: PoolClient, mailer: Mailer, id: string, webOrigin: string): Promise<InvitationOutcome> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query(
      `SELECT s.id, s.email, s.status, s.emailed_at, s.relationship, u.name AS person_name
         FROM supporter s JOIN support_plan p ON p.id = s.plan_id JOIN app_user u ON u.id = p.person_id
        WHERE s.id = $1 FOR UPDATE OF s`,
      [id],
    );
    const s = rows[0];
    if (!s || s.status !== 'INVITED') {
      await client.query('COMMIT');
      return 'GONE';
    }
    if (s.emailed_at) {
      await client.query('COMMIT');
      return 'ALREADY_DONE';
    }
    const origin = webOrigin.replace(/\/$/, '');
    const url = `${origin}/supporting/invitations/${s.id}`;
    const signUp = `${origin}/sign-up?helper=1&email=${encodeURIComponent(s.email)}`;
    const subject = `${s.person_name} invited you to support them`;
    const body =
      `${s.person_name} asked you to be part of their circle of support on Support Market (as their ${s.relationship}). ` +
      `To accept, create an account with this email address (${s.email}), then open the invitation.`;
    const text = ['Hello,', '', body, '', `Create your account: ${signUp}`, `Open the invitation: ${url}`, '', '--', 'If you were not expecting this, you can ignore this email.'].join('\n');
    const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(subject)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #0b0c0c;">
<p>Hello,</p>
<p>${escape(body)}</p>
<p><a href="${escape(signUp)}">Create your account</a>, then <a href="${escape(url)}">open the invitation</a>.</p>
<hr><p style="font-size: 14px; color: #505a5f;">If you were not expecting this, you can ignore this email.</p>
</body></html>`;
    await mailer.send({ messageId: `<supporter-${s.id}@notifications.supportmarket.example>`, to: s.email, subject, text, html, headers: { 'X-Supporter-Invitation-Id': s.id } });
    await client.query(`UPDATE supporter SET emailed_at = now() WHERE id = $1`, [id]);
    await client.query('COMMIT');
    return 'SENT';
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  }
}
