import { AppError, badInput, forbidden, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import { inTransaction } from '../../db/transaction';
import { decodeCursor, encodeCursor, pageSize, toPage } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { OfferingStatus } from '../catalogue/catalogue.enums';
import { mayOnPlan, PlanLevel } from '../plan/plan-access';
import { Conversation, ConversationConnection, MessageConnection, type Message } from './conversation.entity';
import { MAX_MESSAGE_LENGTH, type StartConversationInput } from './message.inputs';
import { MessageRepository } from './message.repository';

// Owns: a conversation has two sides, the plan's person (with their supporters: VIEW reads, BOOK also writes, as
// "Jo (for Sam)") and the provider's owner (who answers for all its organisations); only they read it, admins too, and everyone else is told it does not exist (NOT_FOUND). Neither
// side's email or phone travels through it. Messages are plain text of 1 to 5,000 characters, at most RATE.burst
// per sender in RATE.burstMinutes and RATE.daily a day, counted under a per-sender lock so bursts cannot race past it.
export const RATE = { burst: 20, burstMinutes: 10, daily: 200 };
type Side = 'PERSON' | 'PROVIDER' | 'ADMIN';

const MARKUP = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/i;
// Control characters other than tab and newlines.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export class MessageService {
  async start(ctx: RequestContext, input: StartConversationInput): Promise<Conversation> {
    const body = cleanBody(input.body);
    if (!!input.offeringId === !!input.bookingId) throw badInput('Ask about an offering (offeringId) or a booking (bookingId): one of the two.', 'offeringId');
    return inTransaction(ctx, async (tx) => {
      const plan = await tx.loaders.planById.load(assertId(input.planId, 'planId'));
      if (!plan || !(await mayOnPlan(tx, plan, PlanLevel.BOOK))) throw notFound('That plan');
      let offeringId: string;
      let bookingId: string | null = null;
      if (input.bookingId) {
        const booking = await tx.loaders.bookingById.load(assertId(input.bookingId, 'bookingId'));
        if (!booking || booking.planId !== plan.id) throw notFound('That booking');
        offeringId = booking.offeringId;
        bookingId = booking.id;
      } else {
        const offering = await tx.loaders.offeringById.load(assertId(input.offeringId!, 'offeringId'));
        if (!offering || offering.status !== OfferingStatus.PUBLISHED) throw notFound('That offering');
        offeringId = offering.id;
      }
      const offering = (await tx.loaders.offeringById.load(offeringId))!;
      const provider = (await tx.loaders.providerById.load(offering.providerId))!;
      const conversation = await MessageRepository.findOrCreate(tx.db, {
        planId: plan.id,
        personId: plan.personId,
        providerId: provider.id,
        providerOwnerId: provider.ownerId,
        offeringId,
        bookingId,
      });
      await this.post(tx, conversation, 'PERSON', body);
      return (await MessageRepository.lockById(tx.db, conversation.id))!;
    });
  }

  async send(ctx: RequestContext, rawId: string, rawBody: string): Promise<Message> {
    const body = cleanBody(rawBody);
    return inTransaction(ctx, async (tx) => {
      const conversation = await MessageRepository.lockById(tx.db, assertId(rawId, 'conversationId'));
      const side = conversation ? await sideOf(tx, conversation, PlanLevel.BOOK) : null;
      if (!conversation || !side) throw notFound('That conversation');
      if (side === 'ADMIN') throw forbidden('Admins can read conversations but not write in them.');
      return this.post(tx, conversation, side, body);
    });
  }

  /** The viewer's conversations, most recent first: the person's own, or those of the provider account's organisations. */
  async mine(ctx: RequestContext, first?: number | null, after?: string | null): Promise<ConversationConnection> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, 'CONVERSATIONS', 2) as [string, string] | null;
    const viewer = ctx.viewer!;
    const side = viewer.role === 'PROVIDER' ? 'PROVIDER' : viewer.role === 'PERSON' ? 'PERSON' : null;
    const found = side ? await MessageRepository.findPageBySide(ctx.db, side, viewer.id, size, cursor) : [];
    for (const c of found) ctx.loaders.conversationById.prime(c.id, c);
    return Object.assign(new ConversationConnection(), toPage(found, size, (c) => encodeCursor('CONVERSATIONS', c.sortKey!)));
  }

  /** A conversation of the viewer's side (or any, for admins), read: opening it clears that side's unread count. */
  async open(ctx: RequestContext, rawId: string): Promise<Conversation | null> {
    const conversation = await ctx.loaders.conversationById.load(assertId(rawId));
    const side = conversation ? await sideOf(ctx, conversation) : null;
    if (!conversation || !side) return null;
    if (side !== 'ADMIN' && unreadFor(conversation, side) > 0) {
      await MessageRepository.markRead(ctx.db, conversation.id, side);
      return Object.assign(new Conversation(), conversation, side === 'PERSON' ? { personUnread: 0 } : { providerUnread: 0 });
    }
    return conversation;
  }

  async messagesOf(ctx: RequestContext, c: Conversation, first?: number | null, after?: string | null): Promise<MessageConnection> {
    if (!(await sideOf(ctx, c))) throw notFound('That conversation');
    const size = pageSize(first, 50);
    const cursor = decodeCursor(after, 'MESSAGES', 2) as [string, string] | null;
    const found = await ctx.loaders.messagePageByConversationId(size, cursor).load(c.id);
    return Object.assign(new MessageConnection(), toPage(found, size, (m) => encodeCursor('MESSAGES', m.sortKey!)));
  }

  async unreadCountOf(ctx: RequestContext, c: Conversation): Promise<number> {
    const side = await sideOf(ctx, c);
    return side === 'PERSON' || side === 'PROVIDER' ? unreadFor(c, side) : 0;
  }

  /** The person's display name, for the provider's side (never their email or phone). */
  async personNameOf(ctx: RequestContext, c: Conversation): Promise<string> {
    return (await ctx.loaders.userById.load(c.personId))?.name ?? '';
  }

  async bookingOf(ctx: RequestContext, c: Conversation) {
    return c.bookingId ? ctx.loaders.bookingById.load(c.bookingId) : null;
  }

  private async post(tx: RequestContext, c: Conversation, side: 'PERSON' | 'PROVIDER', body: string): Promise<Message> {
    const viewer = tx.viewer!;
    await MessageRepository.lockSender(tx.db, viewer.id);
    const now = Date.now();
    const [burst, daily] = await Promise.all([
      MessageRepository.countSentSince(tx.db, viewer.id, new Date(now - RATE.burstMinutes * 60_000)),
      MessageRepository.countSentSince(tx.db, viewer.id, new Date(now - 86_400_000)),
    ]);
    if (burst >= RATE.burst || daily >= RATE.daily) {
      throw new AppError('RATE_LIMITED', `You have sent a lot of messages in a short time. Please wait a few minutes and try again.`);
    }
    // The provider's side signs as the organisation, the person's side with their own name (a supporter's as "Jo (for
    // Sam)"): no email, no phone.
    const own = (await tx.loaders.userById.load(viewer.id))?.name ?? 'Support Market user';
    const senderName =
      side === 'PROVIDER'
        ? (await tx.loaders.providerById.load(c.providerId))!.name
        : viewer.id === c.personId
          ? own
          : `${own} (for ${(await tx.loaders.userById.load(c.personId))?.name ?? 'the person'})`.slice(0, 120);
    return MessageRepository.insertMessage(tx.db, { conversationId: c.id, senderId: viewer.id, fromProvider: side === 'PROVIDER', senderName, body });
  }
}

/** Which side of the conversation the viewer is on (a supporter holding `level` on its plan: the person's), or null. */
async function sideOf(ctx: RequestContext, c: Conversation, level = PlanLevel.VIEW): Promise<Side | null> {
  const v = ctx.viewer;
  if (!v) return null;
  if (v.role === 'PERSON' && v.id === c.personId) return 'PERSON';
  if (v.role === 'PROVIDER' && v.id === c.providerOwnerId) return 'PROVIDER';
  if (v.role === 'ADMIN') return 'ADMIN';
  if (v.role === 'PERSON') {
    const plan = await ctx.loaders.planById.load(c.planId);
    if (plan && (await mayOnPlan(ctx, plan, level))) return 'PERSON';
  }
  return null;
}

function unreadFor(c: Conversation, side: 'PERSON' | 'PROVIDER'): number {
  return side === 'PERSON' ? c.personUnread : c.providerUnread;
}

/** Plain text only: no markup, no control characters; surrounding blank space trimmed. */
export function cleanBody(raw: string): string {
  const body = raw.replace(/\r\n?/g, '\n').trim();
  if (body.length === 0) throw badInput('Write a message first.', 'body');
  if (body.length > MAX_MESSAGE_LENGTH) throw badInput('A message is at most 5,000 characters.', 'body');
  if (MARKUP.test(body)) throw badInput('Messages are plain text: please remove the HTML tags.', 'body');
  if (CONTROL.test(body)) throw badInput('The message contains characters that cannot be sent.', 'body');
  return body;
}
