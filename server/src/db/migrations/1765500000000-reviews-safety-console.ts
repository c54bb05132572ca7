import { MigrationInterface, QueryRunner } from 'typeorm';

// Issue 16 parts 3-5: reviews in the open, staying safe, the console.
// - A review says whether its author chose to be named (first name) or not ("A person who used it"): existing reviews
//   were written without that choice, so they stay unnamed.
// - Anyone signed in reports a review once (review_report); the review keeps how many reports are still open and when
//   the last came, so the admins' list is one keyset scan (review_reported_idx). An admin hides a review with a
//   reason (and may show it again): a hidden review leaves the public pages (the partial indexes below list only
//   visible ones) and the rating roll-ups, in the hiding transaction (see ReviewModerationService).
// - Staying safe: the person's own words about the risks they choose to take, what helps them stay safe, and whom to
//   call (a few names and phone numbers), one row per plan.
// - Commissioners list the plans of their area newest first (support_plan_area_idx).
export class ReviewsSafetyConsole1765500000000 implements MigrationInterface {
  name = 'ReviewsSafetyConsole1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE review ADD COLUMN named boolean NOT NULL DEFAULT false,
        ADD COLUMN hidden_at timestamptz,
        ADD COLUMN hidden_reason text CHECK (length(hidden_reason) BETWEEN 1 AND 500),
        ADD COLUMN hidden_by uuid REFERENCES app_user(id),
        ADD COLUMN open_reports integer NOT NULL DEFAULT 0 CHECK (open_reports >= 0),
        ADD COLUMN last_reported_at timestamptz,
        ADD CONSTRAINT review_hidden_pair_check CHECK ((hidden_at IS NULL) = (hidden_reason IS NULL));
      DROP INDEX review_offering_idx;
      DROP INDEX review_provider_idx;
      CREATE INDEX review_offering_visible_idx ON review (offering_id, created_at DESC, id DESC) WHERE hidden_at IS NULL;
      CREATE INDEX review_provider_visible_idx ON review (provider_id, created_at DESC, id DESC) WHERE hidden_at IS NULL;
      CREATE INDEX review_reported_idx ON review (last_reported_at DESC, id DESC) WHERE open_reports > 0;
      CREATE INDEX review_hidden_idx ON review (hidden_at DESC, id DESC) WHERE hidden_at IS NOT NULL;

      CREATE TABLE review_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        review_id uuid NOT NULL REFERENCES review(id) ON DELETE CASCADE,
        reporter_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Set when an admin dealt with the review (hid it or kept it): the report is no longer open.
        resolved_at timestamptz,
        CONSTRAINT review_report_once_key UNIQUE (review_id, reporter_id)
      );

      CREATE TABLE plan_safety (
        plan_id uuid PRIMARY KEY REFERENCES support_plan(id) ON DELETE CASCADE,
        risks_taken text CHECK (length(risks_taken) <= 4000),
        what_helps text CHECK (length(what_helps) <= 4000),
        contact_names text[] NOT NULL DEFAULT '{}',
        contact_phones text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL,
        CONSTRAINT plan_safety_contacts_check CHECK (
          cardinality(contact_names) = cardinality(contact_phones) AND cardinality(contact_names) <= 5)
      );

      CREATE INDEX support_plan_area_idx ON support_plan (local_authority_code, created_at DESC, id DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX support_plan_area_idx;
      DROP TABLE plan_safety;
      DROP TABLE review_report;
      DROP INDEX review_hidden_idx;
      DROP INDEX review_reported_idx;
      DROP INDEX review_provider_visible_idx;
      DROP INDEX review_offering_visible_idx;
      CREATE INDEX review_offering_idx ON review (offering_id, created_at DESC, id DESC);
      CREATE INDEX review_provider_idx ON review (provider_id, created_at DESC, id DESC);
      ALTER TABLE review DROP CONSTRAINT review_hidden_pair_check, DROP COLUMN last_reported_at, DROP COLUMN open_reports,
        DROP COLUMN hidden_by, DROP COLUMN hidden_reason, DROP COLUMN hidden_at, DROP COLUMN named;
    `);
  }
}
