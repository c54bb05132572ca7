import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Notification, NotificationConnection, NotificationPreferences } from './notification.entity';
import { MarkNotificationsReadArgs, NotificationPreferencesInput, NotificationsArgs } from './notification.inputs';
import { NotificationService } from './notification.service';

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(private readonly notificationService: NotificationService) {}

  @Query(() => NotificationConnection, { description: "The signed-in user's own notifications, newest first." })
  @Access('SIGNED_IN')
  notifications(@Args(() => NotificationsArgs) args: NotificationsArgs, @Ctx() ctx: RequestContext): Promise<NotificationConnection> {
    return this.notificationService.list(ctx, args);
  }

  @Query(() => NotificationPreferences)
  @Access('SIGNED_IN')
  notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferences> {
    return this.notificationService.preferences(ctx);
  }

  @Mutation(() => Int, { description: 'Marks these notifications read, or every one when ids is left out; returns how many changed.' })
  @Access('SIGNED_IN')
  markNotificationsRead(@Args(() => MarkNotificationsReadArgs) args: MarkNotificationsReadArgs, @Ctx() ctx: RequestContext): Promise<number> {
    return this.notificationService.markRead(ctx, args);
  }

  @Mutation(() => NotificationPreferences, { description: 'Fields left out are unchanged.' })
  @Access('SIGNED_IN')
  setNotificationPreferences(@Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput, @Ctx() ctx: RequestContext): Promise<NotificationPreferences> {
    return this.notificationService.setPreferences(ctx, input);
  }
}
