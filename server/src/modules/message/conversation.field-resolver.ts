import { Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { Booking } from '../booking/booking.entity';
import { Offering } from '../catalogue/offering.entity';
import { Provider } from '../provider/provider.entity';
import { Conversation, MessageConnection } from './conversation.entity';
import { MessageService } from './message.service';

// One line each, through a loader or the row itself.
@Resolver(() => Conversation)
export class ConversationFieldResolver {
  constructor(private readonly messageService: MessageService) {}

  @FieldResolver(() => Provider)
  async provider(@Root() c: Conversation, @Ctx() ctx: RequestContext): Promise<Provider> {
    return (await ctx.loaders.providerById.load(c.providerId))!;
  }

  @FieldResolver(() => Offering, { nullable: true })
  offering(@Root() c: Conversation, @Ctx() ctx: RequestContext): Promise<Offering | null> {
    return ctx.loaders.offeringById.load(c.offeringId);
  }

  @FieldResolver(() => Booking, { nullable: true })
  booking(@Root() c: Conversation, @Ctx() ctx: RequestContext): Promise<Booking | null> {
    return this.messageService.bookingOf(ctx, c);
  }

  @FieldResolver(() => String, { description: "The person's display name, for the provider's side." })
  personName(@Root() c: Conversation, @Ctx() ctx: RequestContext): Promise<string> {
    return this.messageService.personNameOf(ctx, c);
  }

  @FieldResolver(() => MessageConnection, { description: 'Newest first (50 by default).' })
  messages(@Root() c: Conversation, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<MessageConnection> {
    return this.messageService.messagesOf(ctx, c, args.first, args.after);
  }

  @FieldResolver(() => Int, { description: "Messages from the other side since the viewer's side last opened it." })
  unreadCount(@Root() c: Conversation, @Ctx() ctx: RequestContext): Promise<number> {
    return this.messageService.unreadCountOf(ctx, c);
  }
}
