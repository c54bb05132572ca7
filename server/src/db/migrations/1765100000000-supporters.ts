import { MigrationInterface, QueryRunner } from 'typeorm';

// A person's circle of support (issue 15, docs/circle-of-support.md).
// - supporter: one row per invitation. INVITED until the invitee (signed in with that email) accepts, then ACTIVE
//   with user_id set; REVOKED for good (a new invitation is a new row). At most one live (not revoked) row per plan
//   and email. authorised_reason is set when a commissioner appoints an authorised person (Care Act s.32).
//   supporter_user_plan_idx answers the per-request access lookup (user, plans); supporter_plan_idx the plan's list;
//   supporter_email_idx the invitee's pending invitations.
// - plan_read: who read a plan (other than its person) and when, at most one row per reader, plan and hour
//   (plan_read_hour_key); plan_read_plan_idx serves SupportPlan.readLog, newest first.
export class Supporters1765100000000 implements MigrationInterface {
  name = 'Supporters1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE supporter_access AS ENUM ('VIEW', 'BOOK', 'MANAGE');
      CREATE TYPE supporter_status AS ENUM ('INVITED', 'ACTIVE', 'REVOKED');
      CREATE TABLE supporter (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan(id),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        user_id uuid REFERENCES app_user(id),
        relationship text NOT NULL CHECK (length(relationship) BETWEEN 1 AND 100),
        access supporter_access NOT NULL,
        status supporter_status NOT NULL DEFAULT 'INVITED',
        invited_by uuid REFERENCES app_user(id),
        invited_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        revoked_at timestamptz,
        revoked_by uuid REFERENCES app_user(id),
        authorised_reason text CHECK (length(authorised_reason) BETWEEN 1 AND 1000),
        emailed_at timestamptz,
        CONSTRAINT supporter_active_has_user_check CHECK (status <> 'ACTIVE' OR user_id IS NOT NULL)
      );
      CREATE UNIQUE INDEX supporter_plan_email_live_key ON supporter (plan_id, email) WHERE status <> 'REVOKED';
      CREATE INDEX supporter_user_plan_idx ON supporter (user_id, plan_id) WHERE status = 'ACTIVE';
      CREATE INDEX supporter_plan_idx ON supporter (plan_id, invited_at);
      CREATE INDEX supporter_email_idx ON supporter (email) WHERE status = 'INVITED';

      CREATE TABLE plan_read (
        id bigserial PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES support_plan(id),
        reader_id uuid NOT NULL REFERENCES app_user(id),
        reader_role user_role NOT NULL,
        hour timestamptz NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT plan_read_hour_key UNIQUE (plan_id, reader_id, hour)
      );
      CREATE INDEX plan_read_plan_idx ON plan_read (plan_id, read_at DESC, id DESC);

    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER IF EXISTS supporter_invited_notify_trg ON supporter;
      DROP FUNCTION IF EXISTS supporter_invited_notify();
      DROP TABLE plan_read;
      DROP TABLE supporter;
      DROP TYPE supporter_status;
      DROP TYPE supporter_access;
      DELETE FROM database_function_source WHERE file = 'supporter.sql';
    `);
  }
}
