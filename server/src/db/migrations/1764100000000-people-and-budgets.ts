import { MigrationInterface, QueryRunner } from 'typeorm';

// Support plans, goals and their score history, wellbeing checks, budgets and the append-only budget ledger.
// Money moves only by inserting ledger lines; a trigger applies each line to the budget's balances, whose CHECK
// makes overspending impossible in the database itself (committed + spent never exceed allocated, nothing < 0).
export class PeopleAndBudgets1764100000000 implements MigrationInterface {
  name = 'PeopleAndBudgets1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE funding_source AS ENUM ('DIRECT_PAYMENT','PERSONAL_HEALTH_BUDGET','INDIVIDUAL_SERVICE_FUND','SELF_FUNDED');
      CREATE TYPE ledger_kind AS ENUM ('ALLOCATION','HOLD','RELEASE','SPEND','ADJUSTMENT');

      CREATE TABLE support_plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        person_id uuid NOT NULL REFERENCES app_user(id),
        outcode text NOT NULL REFERENCES postcode_district(outcode),
        local_authority_code text NOT NULL REFERENCES local_authority(code),
        age integer CHECK (age BETWEEN 0 AND 120),
        pref_languages text[] NOT NULL DEFAULT '{}',
        pref_delivery_modes delivery_mode[] NOT NULL DEFAULT '{}',
        max_travel_km double precision NOT NULL DEFAULT 10 CHECK (max_travel_km BETWEEN 0 AND 200),
        prefers_peer_support boolean NOT NULL DEFAULT false,
        pref_accessibility text[] NOT NULL DEFAULT '{}',
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX support_plan_person_idx ON support_plan (person_id, created_at, id);
      CREATE INDEX support_plan_local_authority_idx ON support_plan (local_authority_code) WHERE active;

      -- The plan's local authority always follows from its district.
      CREATE FUNCTION support_plan_derive() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT d.local_authority_code INTO NEW.local_authority_code FROM postcode_district d WHERE d.outcode = NEW.outcode;
        RETURN NEW;
      END $$;
      CREATE TRIGGER support_plan_derive_trg BEFORE INSERT OR UPDATE OF outcode ON support_plan
        FOR EACH ROW EXECUTE FUNCTION support_plan_derive();

      CREATE TABLE plan_need (
        plan_id uuid NOT NULL REFERENCES support_plan(id) ON DELETE CASCADE,
        category_id uuid NOT NULL REFERENCES category(id),
        PRIMARY KEY (plan_id, category_id)
      );
      CREATE INDEX plan_need_category_idx ON plan_need (category_id);

      CREATE TABLE goal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan(id) ON DELETE CASCADE,
        life_area life_area NOT NULL,
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 500),
        baseline_score integer NOT NULL CHECK (baseline_score BETWEEN 1 AND 10),
        latest_score integer NOT NULL CHECK (latest_score BETWEEN 1 AND 10),
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX goal_plan_idx ON goal (plan_id, position, id);

      -- Outcome history: every recorded goal score, oldest first.
      CREATE TABLE goal_score (
        id bigserial PRIMARY KEY,
        goal_id uuid NOT NULL REFERENCES goal(id) ON DELETE CASCADE,
        score integer NOT NULL CHECK (score BETWEEN 1 AND 10),
        booking_id uuid,
        note text CHECK (length(note) <= 1000),
        recorded_by uuid REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX goal_score_goal_idx ON goal_score (goal_id, recorded_at, id);

      -- SWEMWBS: seven items scored 1-5; raw 7-35 converted to the metric score.
      CREATE TABLE wellbeing_check (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan(id) ON DELETE CASCADE,
        items smallint[] NOT NULL CHECK (cardinality(items) = 7 AND 1 <= ALL(items) AND 5 >= ALL(items)),
        raw_score integer NOT NULL CHECK (raw_score BETWEEN 7 AND 35),
        metric_score numeric(5,2) NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX wellbeing_check_plan_idx ON wellbeing_check (plan_id, recorded_at);

      CREATE TABLE budget (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL REFERENCES support_plan(id),
        funding_source funding_source NOT NULL,
        period_start_date date NOT NULL,
        period_end_date date NOT NULL,
        allocated_pence integer NOT NULL DEFAULT 0,
        committed_pence integer NOT NULL DEFAULT 0,
        spent_pence integer NOT NULL DEFAULT 0,
        created_by uuid REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT budget_period_check CHECK (period_end_date >= period_start_date),
        CONSTRAINT budget_balances_check CHECK (allocated_pence >= 0 AND committed_pence >= 0 AND spent_pence >= 0
          AND committed_pence + spent_pence <= allocated_pence)
      );
      CREATE INDEX budget_plan_idx ON budget (plan_id, created_at, id);

      CREATE TABLE budget_ledger (
        id bigserial PRIMARY KEY,
        budget_id uuid NOT NULL REFERENCES budget(id),
        kind ledger_kind NOT NULL,
        amount_pence integer NOT NULL,
        booking_id uuid,
        actor_id uuid REFERENCES app_user(id),
        note text CHECK (length(note) <= 500),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT budget_ledger_amount_check CHECK (kind = 'ADJUSTMENT' OR amount_pence > 0)
      );
      CREATE INDEX budget_ledger_budget_idx ON budget_ledger (budget_id, id);
      CREATE INDEX budget_ledger_booking_idx ON budget_ledger (booking_id) WHERE booking_id IS NOT NULL;

      CREATE FUNCTION budget_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'budget_ledger is append-only: add an ADJUSTMENT line instead' USING ERRCODE = 'P0001';
      END $$;
      CREATE TRIGGER budget_ledger_append_only_trg BEFORE UPDATE OR DELETE ON budget_ledger
        FOR EACH ROW EXECUTE FUNCTION budget_ledger_append_only();
      CREATE TRIGGER budget_ledger_no_truncate_trg BEFORE TRUNCATE ON budget_ledger
        FOR EACH STATEMENT EXECUTE FUNCTION budget_ledger_append_only();

      -- Balances are the ledger's running sums. HOLD reserves, RELEASE gives back, SPEND turns held money into spent.
      CREATE FUNCTION budget_ledger_apply() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE budget SET
          allocated_pence = allocated_pence + CASE WHEN NEW.kind IN ('ALLOCATION', 'ADJUSTMENT') THEN NEW.amount_pence ELSE 0 END,
          committed_pence = committed_pence + CASE NEW.kind WHEN 'HOLD' THEN NEW.amount_pence
                                                           WHEN 'RELEASE' THEN -NEW.amount_pence
                                                           WHEN 'SPEND' THEN -NEW.amount_pence ELSE 0 END,
          spent_pence = spent_pence + CASE WHEN NEW.kind = 'SPEND' THEN NEW.amount_pence ELSE 0 END
        WHERE id = NEW.budget_id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER budget_ledger_apply_trg AFTER INSERT ON budget_ledger
        FOR EACH ROW EXECUTE FUNCTION budget_ledger_apply();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE budget_ledger;
      DROP FUNCTION budget_ledger_apply();
      DROP FUNCTION budget_ledger_append_only();
      DROP TABLE budget;
      DROP TABLE wellbeing_check;
      DROP TABLE goal_score;
      DROP TABLE goal;
      DROP TABLE plan_need;
      DROP TABLE support_plan;
      DROP FUNCTION support_plan_derive();
      DROP TYPE ledger_kind;
      DROP TYPE funding_source;
    `);
  }
}
