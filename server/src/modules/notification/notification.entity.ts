import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection';

export enum NotificationKind {
  BOOKING_REQUESTED = 'BOOKING_REQUESTED',
  BOOKING_CONFIRMED = 'BOOKING_CONFIRMED',
  BOOKING_DECLINED = 'BOOKING_DECLINED',
  BOOKING_CANCELLED = 'BOOKING_CANCELLED',
  BOOKING_COMPLETED = 'BOOKING_COMPLETED',
  BOOKING_REMINDER = 'BOOKING_REMINDER',
  MESSAGE_RECEIVED = 'MESSAGE_RECEIVED',
  REVIEW_RECEIVED = 'REVIEW_RECEIVED',
  BUDGET_CHANGED = 'BUDGET_CHANGED',
  SUPPORTER_INVITED = 'SUPPORTER_INVITED',
  CONCERN_RAISED = 'CONCERN_RAISED',
  CONCERN_UPDATED = 'CONCERN_UPDATED',
  VERIFICATION_EXPIRING = 'VERIFICATION_EXPIRING',
  PASSWORD_RESET = 'PASSWORD_RESET',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType({ description: 'Sent in the app and, where the user allows it, by email; the same notification is never delivered twice.' })
export class Notification {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field(() => String)
  title: string;

  @Field(() => String)
  body: string;

  @Field(() => String, { nullable: true, description: 'A path in the web app, e.g. /plan#bookings.' })
  link: string | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  sortKey?: [string, string];
}

@ObjectType()
export class NotificationEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Notification)
  node: Notification;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** Counted by its own query (notification_unread_idx), only when asked for. */
  countUnread: () => Promise<number>;

  @Field(() => Int)
  unreadCount(): Promise<number> {
    return this.countUnread();
  }
}

@ObjectType()
export class NotificationPreferences {
  @Field(() => Boolean, { description: 'Send notifications by email as well as in the app.' })
  email: boolean;

  @Field(() => Boolean, { description: 'Remind me of sessions the day before.' })
  reminders: boolean;
}

export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string | null;
  created_at: Date;
  read_at: Date | null;
  cursor_at: string;
}

export const NOTIFICATION_COLUMNS = `id, kind, title, body, link, created_at, read_at,
  to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at`;

export function toNotification(r: NotificationRow): Notification {
  return Object.assign(new Notification(), {
    id: r.id,
    kind: r.kind,
    title: r.title,
    body: r.body,
    link: r.link,
    createdAt: r.created_at,
    readAt: r.read_at,
    sortKey: [r.cursor_at, r.id] as [string, string],
  });
}
