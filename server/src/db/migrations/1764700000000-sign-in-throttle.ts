import { MigrationInterface, QueryRunner } from 'typeorm';

// Rate limits kept in the database (db/throttle.ts), one counter row per key: sign-in attempts per email and per
// client, sign-ups per client, unmet-need reports per account and client. Sign-in attempts are counted before the
// password is checked, so that
// concurrent guesses cannot all pass a "count the failures so far" check at once (issue 13, finding 1): the upsert
// takes the row lock, so the N-th attempt in a window sees N whatever the concurrency. A window starts with its first
// attempt and lasts 15 minutes; its end is the wait the sign-in page shows. sign_in_failure (read, then written after
// the password check) is replaced.
export class SignInThrottle1764700000000 implements MigrationInterface {
  name = 'SignInThrottle1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE throttle (
        key text PRIMARY KEY,
        attempts integer NOT NULL CHECK (attempts >= 0),
        window_started_at timestamptz NOT NULL
      );
      DROP TABLE sign_in_failure;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sign_in_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        client text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (email, created_at);
      CREATE INDEX sign_in_failure_client_idx ON sign_in_failure (client, created_at);
      DROP TABLE throttle;
    `);
  }
}
