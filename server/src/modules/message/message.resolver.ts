import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import { PageArgs } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { Conversation, ConversationConnection, Message } from './conversation.entity';
import { StartConversationInput } from './message.inputs';
import { MessageService } from './message.service';

@Resolver(() => Conversation)
export class MessageResolver {
  constructor(private readonly messageService: MessageService) {}

  @Query(() => ConversationConnection, { description: "The signed-in person's or provider's conversations, most recent first." })
  @Access('SIGNED_IN')
  myConversations(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ConversationConnection> {
    return this.messageService.mine(ctx, args.first, args.after);
  }

  @Query(() => Conversation, { nullable: true, description: "Its two sides and admins; null for everyone else. Opening it marks it read for the viewer's side." })
  @Access('SIGNED_IN')
  conversation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Conversation | null> {
    return this.messageService.open(ctx, id);
  }

  @Mutation(() => Conversation, { description: "The plan's person, a BOOK or MANAGE supporter (signing as 'Jo (for Sam)'), or an admin. Adds to the existing conversation about the same offering or booking. RATE_LIMITED when sending too fast." })
  @Access('PERSON', 'ADMIN')
  startConversation(@Arg('input', () => StartConversationInput) input: StartConversationInput, @Ctx() ctx: RequestContext): Promise<Conversation> {
    return this.messageService.start(ctx, input);
  }

  @Mutation(() => Message, { description: 'Either side of the conversation; NOT_FOUND for anyone else. Plain text, 1-5,000 characters; RATE_LIMITED when sending too fast.' })
  @Access('PERSON', 'PROVIDER')
  sendMessage(@Arg('conversationId', () => ID) conversationId: string, @Arg('body', () => String) body: string, @Ctx() ctx: RequestContext): Promise<Message> {
    return this.messageService.send(ctx, conversationId, body);
  }
}
