import { query } from '@/lib/apollo/server-client';
import { UNREAD_COUNT_QUERY } from './notification-operations';

// The header's "Notifications" link with how many are unread (one small query per page for signed-in users).
export async function NotificationsLink() {
  let unread = 0;
  try {
    const { data } = await query({ query: UNREAD_COUNT_QUERY });
    unread = data?.notifications.unreadCount ?? 0;
  } catch {
    // The badge is a convenience: a failure here must not break the page.
  }
  return (
    <a className="header__link" href="/notifications">
      Notifications
      {unread > 0 && (
        <span className="header__badge">
          {unread > 99 ? '99+' : unread}
          <span className="visually-hidden"> unread</span>
        </span>
      )}
    </a>
  );
}
