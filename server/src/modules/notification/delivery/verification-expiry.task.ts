import type { ClientBase } from 'pg';

// The daily evidence job (graphile-worker's cron, see worker.ts). For the day given (today in UK time by default;
// tests pass another to move the clock):
// - evidence whose expiry date has passed becomes EXPIRED, which takes "Checked provider" off where it was needed
//   (the trigger in db/functions/provider-checked.sql re-derives it), and the provider's owner is told;
// - verified evidence that runs out within a month warns the owner, once per piece (the notification's event key).
// Running it twice on one day, or on a day the worker missed, does nothing twice.
export async function expireVerifications(client: ClientBase, today?: string): Promise<{ expired: number; warned: number }> {
  await client.query('BEGIN');
  try {
    const day = today ?? (await client.query(`SELECT (now() AT TIME ZONE 'Europe/London')::date::text AS d`)).rows[0].d;
    // provider_verification_expiry_idx, both statements.
    const expired = await client.query(
      `WITH e AS (
         UPDATE provider_verification SET status = 'EXPIRED' WHERE status = 'VERIFIED' AND expires_on < $1::date
         RETURNING id, provider_id, kind, expires_on)
       SELECT count(notify(p.owner_id, 'VERIFICATION_EXPIRING', 'Your ' || kind_words(e.kind) || ' has run out',
                'The ' || kind_words(e.kind) || ' we checked for ' || p.name || ' ran out on ' || to_char(e.expires_on, 'FMDD FMMonth YYYY') ||
                '. Send the current one from your provider page so people can see it is checked.',
                '/provider#evidence', 'verification:' || e.id || ':expired'))::int AS n
         FROM e JOIN provider p ON p.id = e.provider_id`,
      [day],
    );
    const warned = await client.query(
      `SELECT count(notify(p.owner_id, 'VERIFICATION_EXPIRING', 'Your ' || kind_words(v.kind) || ' runs out on ' || to_char(v.expires_on, 'FMDD FMMonth'),
                'The ' || kind_words(v.kind) || ' we checked for ' || p.name || ' runs out on ' || to_char(v.expires_on, 'FMDD FMMonth YYYY') ||
                '. Send the new one from your provider page before then, so it stays checked.',
                '/provider#evidence', 'verification:' || v.id || ':expiring'))::int AS n
         FROM provider_verification v JOIN provider p ON p.id = v.provider_id
        WHERE v.status = 'VERIFIED' AND v.expires_on >= $1::date AND v.expires_on <= ($1::date + interval '1 month')::date`,
      [day],
    );
    await client.query('COMMIT');
    return { expired: expired.rows[0].n, warned: warned.rows[0].n };
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
