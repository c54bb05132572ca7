import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { advisoryXactLock } from '../../db/read-routing';
import { CONVERSATION_COLUMNS, MESSAGE_COLUMNS, toConversation, toMessage, type Conversation, type ConversationRow, type Message, type MessageRow } from './conversation.entity';

export interface ConversationKey {
  planId: string;
  personId: string;
  providerId: string;
  providerOwnerId: string;
  offeringId: string;
  bookingId: string | null;
}

export const MessageRepository = {
  /** The conversation for this question or booking, made on first use (conversation_question_key / _booking_key). */
  async findOrCreate(db: EntityManager, k: ConversationKey): Promise<Conversation> {
    const conflict = k.bookingId ? '(booking_id) WHERE booking_id IS NOT NULL' : '(plan_id, offering_id) WHERE booking_id IS NULL';
    const row = await one<ConversationRow>(
      db,
      `INSERT INTO conversation AS c (plan_id, person_id, provider_id, provider_owner_id, offering_id, booking_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT ${conflict} DO UPDATE SET plan_id = c.plan_id
       RETURNING ${CONVERSATION_COLUMNS('c')}`,
      [k.planId, k.personId, k.providerId, k.providerOwnerId, k.offeringId, k.bookingId],
    );
    return toConversation(row!);
  },

  async lockById(db: EntityManager, id: string): Promise<Conversation | null> {
    const row = await one<ConversationRow>(db, `SELECT ${CONVERSATION_COLUMNS('c')} FROM conversation c WHERE c.id = $1 FOR UPDATE`, [id]);
    return row ? toConversation(row) : null;
  },

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<Conversation[]> {
    const found = await rows<ConversationRow>(db, `SELECT ${CONVERSATION_COLUMNS('c')} FROM conversation c WHERE c.id = ANY($1::uuid[])`, [ids]);
    return found.map(toConversation);
  },

  /** Serialises one sender's messages (the rate limit counts what is committed before it). */
  async lockSender(db: EntityManager, senderId: string): Promise<void> {
    await advisoryXactLock(db, `hashtextextended('message-sender:' || $1, 0)`, [senderId]);
  },

  // message_sender_idx
  async countSentSince(db: EntityManager, senderId: string, since: Date): Promise<number> {
    return (await one<{ n: number }>(db, `SELECT count(*)::int AS n FROM message WHERE sender_id = $1 AND sent_at > $2`, [senderId, since]))!.n;
  },

  /** Adds a message and counts it unread for the other side; writing means the sender's side has read it. */
  async insertMessage(db: EntityManager, m: { conversationId: string; senderId: string; fromProvider: boolean; senderName: string; body: string }): Promise<Message> {
    const row = await one<MessageRow>(
      db,
      `WITH m AS (
         INSERT INTO message (conversation_id, sender_id, from_provider, sender_name, body) VALUES ($1, $2, $3, $4, $5) RETURNING *
       ), c AS (
         UPDATE conversation SET last_message_at = (SELECT sent_at FROM m),
           person_unread = CASE WHEN $3 THEN person_unread + 1 ELSE 0 END,
           provider_unread = CASE WHEN $3 THEN 0 ELSE provider_unread + 1 END
         WHERE id = $1
       )
       SELECT ${MESSAGE_COLUMNS('m')} FROM m`,
      [m.conversationId, m.senderId, m.fromProvider, m.senderName, m.body],
    );
    return toMessage(row!);
  },

  async markRead(db: EntityManager, id: string, side: 'PERSON' | 'PROVIDER'): Promise<void> {
    const column = side === 'PERSON' ? 'person_unread' : 'provider_unread';
    await db.query(`UPDATE conversation SET ${column} = 0 WHERE id = $1 AND ${column} > 0`, [id]);
  },

  // conversation_person_idx / conversation_provider_owner_idx: most recent first.
  async findPageBySide(db: EntityManager, side: 'PERSON' | 'PROVIDER', userId: string, first: number, after: [string, string] | null): Promise<Conversation[]> {
    const column = side === 'PERSON' ? 'person_id' : 'provider_owner_id';
    const found = await rows<ConversationRow>(
      db,
      `SELECT ${CONVERSATION_COLUMNS('c')} FROM conversation c
       WHERE c.${column} = $1 AND ($2::timestamptz IS NULL OR (c.last_message_at, c.id) < ($2::timestamptz, $3::uuid))
       ORDER BY c.last_message_at DESC, c.id DESC LIMIT $4`,
      [userId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return found.map(toConversation);
  },

  // message_conversation_idx: one page of each conversation's messages, newest first, in one statement.
  async findMessagePages(db: EntityManager, conversationIds: readonly string[], first: number, after: [string, string] | null): Promise<Message[]> {
    const found = await rows<MessageRow>(
      db,
      `SELECT ${MESSAGE_COLUMNS('m')} FROM unnest($1::uuid[]) AS k(id)
       CROSS JOIN LATERAL (
         SELECT * FROM message m WHERE m.conversation_id = k.id
           AND ($2::timestamptz IS NULL OR (m.sent_at, m.id) < ($2::timestamptz, $3::uuid))
         ORDER BY m.sent_at DESC, m.id DESC LIMIT $4) m`,
      [conversationIds, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return found.map(toMessage);
  },
};
