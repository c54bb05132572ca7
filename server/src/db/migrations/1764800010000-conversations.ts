import { MigrationInterface, QueryRunner } from 'typeorm';

// Conversations between a person (through their plan) and a provider's side, about an offering or a booking
// (issue 14). The provider's side is its owner account, copied onto the row (a provider's owner never changes), so
// "my conversations" is one keyset walk of one index for either side. Unread counts are kept on the row by the
// sending transaction and cleared when that side opens the conversation: no count query per list row.
// One conversation per (plan, offering) for questions and one per booking; a second start adds to the first.
export class Conversations1764800010000 implements MigrationInterface {
  name = 'Conversations1764800010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE conversation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan(id),
        person_id uuid NOT NULL REFERENCES app_user(id),
        provider_id uuid NOT NULL REFERENCES provider(id),
        provider_owner_id uuid NOT NULL REFERENCES app_user(id),
        offering_id uuid NOT NULL REFERENCES offering(id),
        booking_id uuid REFERENCES booking(id),
        person_unread integer NOT NULL DEFAULT 0 CHECK (person_unread >= 0),
        provider_unread integer NOT NULL DEFAULT 0 CHECK (provider_unread >= 0),
        last_message_at timestamptz NOT NULL DEFAULT now(),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX conversation_question_key ON conversation (plan_id, offering_id) WHERE booking_id IS NULL;
      CREATE UNIQUE INDEX conversation_booking_key ON conversation (booking_id) WHERE booking_id IS NOT NULL;
      -- myConversations keysets, most recent first, for each side.
      CREATE INDEX conversation_person_idx ON conversation (person_id, last_message_at DESC, id DESC);
      CREATE INDEX conversation_provider_owner_idx ON conversation (provider_owner_id, last_message_at DESC, id DESC);

      CREATE TABLE message (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        conversation_id uuid NOT NULL REFERENCES conversation(id),
        sender_id uuid NOT NULL REFERENCES app_user(id),
        from_provider boolean NOT NULL,
        sender_name text NOT NULL CHECK (length(sender_name) BETWEEN 1 AND 120),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        sent_at timestamptz NOT NULL DEFAULT now()
      );
      -- Conversation.messages keyset, newest first.
      CREATE INDEX message_conversation_idx ON message (conversation_id, sent_at DESC, id DESC);
      -- The per-sender rate limit.
      CREATE INDEX message_sender_idx ON message (sender_id, sent_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE message; DROP TABLE conversation;`);
  }
}
