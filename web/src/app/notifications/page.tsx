import type { Metadata } from 'next';
import { requireViewer } from '@/features/account/viewer';
import { markAllReadAction, savePreferencesAction } from '@/features/notification/notification-actions';
import { NOTIFICATIONS_QUERY } from '@/features/notification/notification-operations';
import { query } from '@/lib/apollo/server-client';
import { formatDateTime } from '@/lib/format';
import { Notice } from '@/lib/ui/notice';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Notifications – Support Market' };

// Everything the market told the viewer, newest first, and whether it also comes by email.
export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requireViewer('/notifications');
  const sp = await searchParams;
  const { data } = await query({ query: NOTIFICATIONS_QUERY, variables: { after: sp.after ?? null } });
  const page = data!.notifications;
  const prefs = data!.notificationPreferences;
  return (
    <>
      <Notice done={sp.done} error={sp.error} messages={{ read: 'All marked as read.', saved: 'Your settings are saved.' }} />
      <h1 className="heading-xl">Notifications</h1>
      <p>{page.unreadCount === 0 ? 'You have no unread notifications.' : `You have ${page.unreadCount} unread.`}</p>
      {page.unreadCount > 0 && (
        <form action={markAllReadAction} className="form">
          <button className="button button--secondary" type="submit">
            Mark all as read
          </button>
        </form>
      )}
      {page.edges.length === 0 ? (
        <p>Nothing yet. We will tell you here when something happens, like a booking being confirmed.</p>
      ) : (
        <ul className="results">
          {page.edges.map(({ node: n }) => (
            <li key={n.id} className={`card${n.readAt ? '' : ' notification--unread'}`}>
              <h2 className="heading-s">
                {n.link ? <a href={n.link}>{n.title}</a> : n.title}
                {!n.readAt && <span className="visually-hidden"> (unread)</span>}
              </h2>
              <p>{n.body}</p>
              <p className="caption">{formatDateTime(n.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
      {page.pageInfo.hasNextPage && page.pageInfo.endCursor && <a href={`/notifications?after=${encodeURIComponent(page.pageInfo.endCursor)}`}>Older notifications</a>}
      <h2 className="heading-m" id="settings">
        Settings
      </h2>
      <form action={savePreferencesAction} className="form">
        <fieldset className="fieldset">
          <legend className="label">How we tell you</legend>
          <div className="checkboxes">
            <div className="checkboxes__item">
              <input className="checkboxes__input" type="checkbox" id="pref-email" name="email" defaultChecked={prefs.email} />
              <label className="checkboxes__label" htmlFor="pref-email">
                Also send notifications by email
              </label>
            </div>
            <div className="checkboxes__item">
              <input className="checkboxes__input" type="checkbox" id="pref-reminders" name="reminders" defaultChecked={prefs.reminders} />
              <label className="checkboxes__label" htmlFor="pref-reminders">
                Remind me of sessions the day before
              </label>
            </div>
          </div>
        </fieldset>
        <button className="button" type="submit">
          Save settings
        </button>
      </form>
    </>
  );
}
