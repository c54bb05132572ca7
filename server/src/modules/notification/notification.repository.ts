import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { NOTIFICATION_COLUMNS, toNotification, type Notification, type NotificationPreferences, type NotificationRow } from './notification.entity';

export const NotificationRepository = {
  // notification_user_idx: newest first; unread only filters the same walk.
  async findPage(db: EntityManager, userId: string, unreadOnly: boolean, first: number, after: [string, string] | null): Promise<Notification[]> {
    const found = await rows<NotificationRow>(
      db,
      `SELECT ${NOTIFICATION_COLUMNS} FROM notification
       WHERE user_id = $1 AND (NOT $2 OR read_at IS NULL)
         AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $5`,
      [userId, unreadOnly, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return found.map(toNotification);
  },

  // notification_unread_idx
  async countUnread(db: EntityManager, userId: string): Promise<number> {
    return (await one<{ n: number }>(db, `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`, [userId]))!.n;
  },

  /** Marks the user's own notifications read (these ids, or all); others' ids are ignored. */
  async markRead(db: EntityManager, userId: string, ids: string[] | null): Promise<number> {
    const r = await db.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [userId, ids],
    );
    return Array.isArray(r) && typeof r[1] === 'number' ? r[1] : 0;
  },

  async preferences(db: EntityManager, userId: string): Promise<NotificationPreferences> {
    const r = await one<NotificationPreferences>(db, `SELECT email, reminders FROM notification_preference WHERE user_id = $1`, [userId]);
    return r ?? { email: true, reminders: true };
  },

  async savePreferences(db: EntityManager, userId: string, p: { email: boolean | null; reminders: boolean | null }): Promise<NotificationPreferences> {
    return (await one<NotificationPreferences>(
      db,
      `INSERT INTO notification_preference (user_id, email, reminders) VALUES ($1, coalesce($2, true), coalesce($3, true))
       ON CONFLICT (user_id) DO UPDATE SET email = coalesce($2, notification_preference.email),
         reminders = coalesce($3, notification_preference.reminders), updated_at = now()
       RETURNING email, reminders`,
      [userId, p.email, p.reminders],
    ))!;
  },
};
