import { assertId } from '../../common/ids';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { NotificationConnection, type NotificationPreferences } from './notification.entity';
import type { MarkNotificationsReadArgs, NotificationPreferencesInput, NotificationsArgs } from './notification.inputs';
import { NotificationRepository } from './notification.repository';

// Owns: a user sees and marks only their own notifications; preferences default to email on and reminders on.
// Notifications themselves are written by the database in each event's transaction (migration 1764800020000) and
// delivered by the workers (delivery/): nothing here sends anything.
export class NotificationService {
  async list(ctx: RequestContext, args: NotificationsArgs): Promise<NotificationConnection> {
    const size = pageSize(args.first);
    const cursor = decodeCursor(args.after, 'NOTIFICATIONS', 2) as [string, string] | null;
    const userId = ctx.viewer!.id;
    const found = await NotificationRepository.findPage(ctx.db, userId, !!args.unreadOnly, size, cursor);
    return Object.assign(new NotificationConnection(), toPage(found, size, (n) => encodeCursor('NOTIFICATIONS', n.sortKey!)), {
      countUnread: () => NotificationRepository.countUnread(ctx.db, userId),
    });
  }

  markRead(ctx: RequestContext, args: MarkNotificationsReadArgs): Promise<number> {
    const ids = args.ids ? [...new Set(args.ids.map((id) => assertId(id, 'ids')))] : null;
    return NotificationRepository.markRead(ctx.db, ctx.viewer!.id, ids);
  }

  preferences(ctx: RequestContext): Promise<NotificationPreferences> {
    return NotificationRepository.preferences(ctx.db, ctx.viewer!.id);
  }

  setPreferences(ctx: RequestContext, input: NotificationPreferencesInput): Promise<NotificationPreferences> {
    return NotificationRepository.savePreferences(ctx.db, ctx.viewer!.id, { email: input.email ?? null, reminders: input.reminders ?? null });
  }
}
