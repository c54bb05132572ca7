import type { EntityManager } from 'typeorm';
import { SupporterRepository } from '../supporter/supporter.repository';
import type { Role } from './role';

// deleteMyAccount's erase (UK GDPR Art. 17), as a list of steps run in order in one transaction (account.service.ts
// deleteMyAccount), so a step for another kind of record is one more entry.
// What is kept, and why (docs/security.md, "Deleting an account"):
// - The app_user row stays as a tombstone ("Deleted account", an address at .invalid, no usable password, tokens
//   revoked), because bookings, budget ledger lines, booking history and messages that other people rely on point
//   at it. The email is free to sign up again.
// - Budgets and their ledger stay whole and balanced (the ledger is append-only): upcoming bookings are cancelled
//   through move_booking(), the same function a cancellation by hand uses, so their holds are released with ledger
//   lines and places go back, and the other side is told by the usual notification.
// - Past bookings, their history and reviews' ratings stay (providers' records, budgets' statements and ratings
//   rely on them); review comments, goals, outcome scores, wellbeing checks, plan details, notifications, reset links
//   and a person's own messages are erased.
export interface AccountToErase {
  id: string;
  role: Role;
  email: string;
}

export interface EraseStep {
  name: string;
  run(db: EntityManager, account: AccountToErase): Promise<unknown>;
}

const CLOSED = 'Cancelled because the account was closed.';

export const ERASE_STEPS: EraseStep[] = [
  {
    // First, while names are still there for the notifications the cancellations send.
    name: 'cancel the upcoming bookings the account made',
    run: (db, a) =>
      db.query(
        `SELECT move_booking(b.id, $1, $2::user_role, '{REQUESTED,CONFIRMED}', 'CANCELLED', false, 'BEFORE_START', 'RELEASE', $3, 'Account closed')
           FROM booking b WHERE b.person_id = $1 AND b.status IN ('REQUESTED', 'CONFIRMED') AND b.starts_at > now()
          ORDER BY b.id`,
        [a.id, a.role, CLOSED],
      ),
  },
  {
    name: "cancel the upcoming bookings with the account's providers, telling the people",
    run: (db, a) =>
      db.query(
        `SELECT move_booking(b.id, $1, 'PROVIDER', '{REQUESTED,CONFIRMED}', 'CANCELLED', true, 'BEFORE_START', 'RELEASE', $2, 'Provider closed')
           FROM booking b JOIN provider p ON p.id = b.provider_id
          WHERE p.owner_id = $1 AND b.status IN ('REQUESTED', 'CONFIRMED') AND b.starts_at > now()
          ORDER BY b.id`,
        [a.id, 'Cancelled because the provider closed its account.'],
      ),
  },
  {
    name: "take the account's providers' offerings off the market and their contact details away",
    run: async (db, a) => {
      await db.query(
        `UPDATE offering SET status = 'ARCHIVED', contact_email = NULL, contact_phone = NULL, updated_at = now()
          WHERE provider_id IN (SELECT id FROM provider WHERE owner_id = $1)`,
        [a.id],
      );
      await db.query(`UPDATE provider SET contact_email = NULL, contact_phone = NULL, updated_at = now() WHERE owner_id = $1`, [a.id]);
    },
  },
  {
    // Goals go with their scores and booking links (ON DELETE CASCADE); the plan row stays for its budgets, with its
    // district (a statistic, not a person) and nothing else about the person.
    name: "erase the person's plans: needs, goals, outcomes, wellbeing, preferences",
    run: async (db, a) => {
      await db.query(`DELETE FROM plan_need WHERE plan_id IN (SELECT id FROM support_plan WHERE person_id = $1)`, [a.id]);
      await db.query(`DELETE FROM goal WHERE plan_id IN (SELECT id FROM support_plan WHERE person_id = $1)`, [a.id]);
      await db.query(`DELETE FROM wellbeing_check WHERE plan_id IN (SELECT id FROM support_plan WHERE person_id = $1)`, [a.id]);
      await db.query(
        `UPDATE support_plan SET age = NULL, pref_languages = '{}', pref_delivery_modes = '{}', prefers_peer_support = false,
                pref_accessibility = '{}', active = false, updated_at = now()
          WHERE person_id = $1`,
        [a.id],
      );
    },
  },
  {
    name: 'keep review ratings, erase their comments',
    run: (db, a) => db.query(`UPDATE review SET comment = NULL WHERE person_id = $1`, [a.id]),
  },
  {
    // A person's messages are theirs. A provider's are its organisation's, which the people it wrote to rely on: kept,
    // under the organisation's name rather than the person who typed them.
    name: 'erase what the account wrote in messages',
    run: async (db, a) => {
      await db.query(
        `UPDATE message SET body = 'This message was deleted when its sender closed their account.', sender_name = 'Deleted account'
          WHERE sender_id = $1 AND NOT from_provider`,
        [a.id],
      );
      await db.query(
        `UPDATE message m SET sender_name = left(p.name, 120) FROM conversation c JOIN provider p ON p.id = c.provider_id
          WHERE m.conversation_id = c.id AND m.sender_id = $1 AND m.from_provider`,
        [a.id],
      );
    },
  },
  {
    name: 'delete notifications, preferences, reset links and rate-limit counters',
    run: async (db, a) => {
      await db.query(`DELETE FROM notification WHERE user_id = $1`, [a.id]);
      await db.query(`DELETE FROM notification_preference WHERE user_id = $1`, [a.id]);
      await db.query(`DELETE FROM password_reset WHERE user_id = $1`, [a.id]);
      await db.query(`DELETE FROM throttle WHERE key = ANY($1::text[])`, [[`email:${a.email}`, `reset:email:${a.email}`]]);
    },
  },
  {
    // Both ways: the people the account supported lose it as a supporter, its own supporters lose access to its
    // plans; invitation emails are erased, and the log of who read its plans goes with the plans' contents.
    name: "end the account's circle of support, both ways, and erase the invitation emails",
    run: async (db, a) => {
      await SupporterRepository.forgetUser(db, a.id, a.email);
      await db.query(`DELETE FROM plan_read WHERE plan_id IN (SELECT id FROM support_plan WHERE person_id = $1)`, [a.id]);
    },
  },
  {
    name: 'empty the account row and revoke every token',
    run: (db, a) =>
      db.query(
        `UPDATE app_user SET email = 'deleted-' || id || '@deleted.invalid', name = 'Deleted account', password_hash = '!deleted',
                token_generation = token_generation + 1, kept_session_id = NULL, deleted_at = now()
          WHERE id = $1`,
        [a.id],
      ),
  },
];

export async function eraseAccount(db: EntityManager, account: AccountToErase): Promise<void> {
  for (const step of ERASE_STEPS) await step.run(db, account);
}
