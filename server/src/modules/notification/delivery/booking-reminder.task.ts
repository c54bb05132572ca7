import type { PoolClient } from 'pg';

// A booking's reminder, 24 hours before the session: a notification (and so an email), once per booking and start
// time. The job was scheduled by the database when the booking was confirmed and moved or removed with it; here we
// check again that it is still due (still confirmed, still about a day away) so a stale job sends nothing.
export async function remindBooking(client: PoolClient, bookingId: string): Promise<'REMINDED' | 'NOT_DUE' | 'OFF'> {
  const { rows } = await client.query(
    `SELECT b.person_id, b.starts_at, o.title, p.name AS provider_name, coalesce(np.reminders, true) AS reminders,
            b.status = 'CONFIRMED' AND b.starts_at - interval '24 hours' <= now() + interval '5 minutes' AND b.starts_at > now() AS due
       FROM booking b JOIN offering o ON o.id = b.offering_id JOIN provider p ON p.id = b.provider_id
       LEFT JOIN notification_preference np ON np.user_id = b.person_id
      WHERE b.id = $1`,
    [bookingId],
  );
  const b = rows[0];
  if (!b || !b.due) return 'NOT_DUE';
  if (!b.reminders) return 'OFF';
  await client.query(
    `SELECT notify($1, 'BOOKING_REMINDER', 'Reminder: ' || $2 || ' tomorrow',
       'Your session of ' || $2 || ' with ' || $3 || ' is on ' || session_words($4) || '. If you cannot go, please cancel it so someone else can have the place.',
       '/plan#bookings', 'reminder:' || $5 || ':' || extract(epoch FROM $4::timestamptz)::bigint)`,
    [b.person_id, b.title, b.provider_name, b.starts_at, bookingId],
  );
  return 'REMINDED';
}
