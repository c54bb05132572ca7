import { MigrationInterface, QueryRunner } from 'typeorm';

// Account rights (issue 15, part 4).
// - Tokens can be revoked: each token carries its account's token_generation and a session id. Changing the password
//   moves the generation on and keeps only the session that changed it (kept_session_id); a reset or a deletion moves
//   it on and keeps none. Checked on every signed-in request where the viewer is loaded (http/app.ts).
// - Password resets: only the SHA-256 of each emailed token is stored, with its expiry and when it was used, so the
//   link works once and for an hour. password_reset_user_idx serves "only the newest link works" and the erase.
// - A deleted account keeps its row (bookings, ledger lines and messages others rely on point at it), emptied of
//   personal data and marked deleted_at (see modules/account/erase-account.ts).
export class AccountRights1765200000000 implements MigrationInterface {
  name = 'AccountRights1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user ADD COLUMN token_generation integer NOT NULL DEFAULT 0,
        ADD COLUMN kept_session_id text CHECK (length(kept_session_id) <= 64),
        ADD COLUMN deleted_at timestamptz;

      CREATE TABLE password_reset (
        token_hash bytea PRIMARY KEY CHECK (length(token_hash) = 32),
        user_id uuid NOT NULL REFERENCES app_user(id),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX password_reset_user_idx ON password_reset (user_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION IF EXISTS request_password_reset(text, bytea, text);
      DROP TABLE password_reset;
      ALTER TABLE app_user DROP COLUMN deleted_at, DROP COLUMN kept_session_id, DROP COLUMN token_generation;
    `);
  }
}
