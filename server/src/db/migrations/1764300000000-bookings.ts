import { MigrationInterface, QueryRunner } from 'typeorm';

// Bookings, their append-only history, the goals they serve, and reviews with rating roll-ups on providers.
// A booking copies its slot's times (for the overlap rule), its offering's provider (for the provider's keyset list)
// and its price at the time of booking (total_pence never changes afterwards). The service takes a per-person lock
// and the slot's row lock before it checks anything; the constraints here are the last line of defence:
// at most one booking per (person, idempotency key), no two active bookings of one person overlap in time.
export class Bookings1764300000000 implements MigrationInterface {
  name = 'Bookings1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Trusted since PostgreSQL 13: the database owner may create it. Needed for uuid equality in the GiST exclusion.
      CREATE EXTENSION IF NOT EXISTS btree_gist;

      CREATE TYPE booking_status AS ENUM ('REQUESTED','CONFIRMED','DECLINED','CANCELLED','COMPLETED','NO_SHOW');

      ALTER TABLE provider
        ADD COLUMN rating_count integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
        ADD COLUMN rating_sum integer NOT NULL DEFAULT 0 CHECK (rating_sum >= 0);

      CREATE TABLE booking (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slot_id uuid NOT NULL REFERENCES slot(id),
        offering_id uuid NOT NULL REFERENCES offering(id),
        provider_id uuid NOT NULL REFERENCES provider(id),
        plan_id uuid NOT NULL REFERENCES support_plan(id),
        budget_id uuid NOT NULL REFERENCES budget(id),
        person_id uuid NOT NULL REFERENCES app_user(id),
        status booking_status NOT NULL DEFAULT 'REQUESTED',
        total_pence integer NOT NULL CHECK (total_pence >= 0),
        idempotency_key text NOT NULL CHECK (length(idempotency_key) BETWEEN 8 AND 100),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT booking_time_check CHECK (ends_at > starts_at),
        CONSTRAINT booking_person_idempotency_key UNIQUE (person_id, idempotency_key),
        -- Also serves the overlap check (booking_no_overlap's GiST index).
        CONSTRAINT booking_no_overlap EXCLUDE USING gist (person_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
          WHERE (status IN ('REQUESTED', 'CONFIRMED'))
      );
      -- providerBookings keysets, with and without a status filter.
      CREATE INDEX booking_provider_idx ON booking (provider_id, created_at DESC, id DESC);
      CREATE INDEX booking_provider_status_idx ON booking (provider_id, status, created_at DESC, id DESC);
      -- SupportPlan.bookings keyset.
      CREATE INDEX booking_plan_idx ON booking (plan_id, created_at DESC, id DESC);
      CREATE INDEX booking_slot_idx ON booking (slot_id);
      CREATE INDEX booking_budget_idx ON booking (budget_id, status);
      CREATE INDEX booking_offering_idx ON booking (offering_id, status);

      -- Every status change, with who made it and when. Never changed or removed.
      CREATE TABLE booking_event (
        id bigserial PRIMARY KEY,
        booking_id uuid NOT NULL REFERENCES booking(id),
        from_status booking_status,
        to_status booking_status NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        actor_role user_role,
        reason text CHECK (length(reason) <= 500),
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX booking_event_booking_idx ON booking_event (booking_id, id);

      CREATE FUNCTION booking_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'booking_event is append-only' USING ERRCODE = 'P0001';
      END $$;
      CREATE TRIGGER booking_event_append_only_trg BEFORE UPDATE OR DELETE ON booking_event
        FOR EACH ROW EXECUTE FUNCTION booking_event_append_only();
      CREATE TRIGGER booking_event_no_truncate_trg BEFORE TRUNCATE ON booking_event
        FOR EACH STATEMENT EXECUTE FUNCTION booking_event_append_only();

      CREATE TABLE booking_goal (
        booking_id uuid NOT NULL REFERENCES booking(id) ON DELETE CASCADE,
        goal_id uuid NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
        PRIMARY KEY (booking_id, goal_id)
      );
      CREATE INDEX booking_goal_goal_idx ON booking_goal (goal_id);

      CREATE TABLE review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        booking_id uuid NOT NULL REFERENCES booking(id),
        offering_id uuid NOT NULL REFERENCES offering(id),
        provider_id uuid NOT NULL REFERENCES provider(id),
        person_id uuid NOT NULL REFERENCES app_user(id),
        rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
        comment text CHECK (length(comment) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT review_booking_key UNIQUE (booking_id)
      );
      CREATE INDEX review_offering_idx ON review (offering_id, created_at DESC, id DESC);
      CREATE INDEX review_provider_idx ON review (provider_id, created_at DESC, id DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE review;
      DROP TABLE booking_goal;
      DROP TABLE booking_event;
      DROP FUNCTION booking_event_append_only();
      DROP TABLE booking;
      DROP TYPE booking_status;
      ALTER TABLE provider DROP COLUMN rating_sum, DROP COLUMN rating_count;
    `);
  }
}
