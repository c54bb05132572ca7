import { MigrationInterface, QueryRunner } from 'typeorm';

// A budget a council (or the NHS) funds stays under the authority that funds it when the person moves (issue 13,
// finding 6): Westminster could adjust a direct payment Manchester allocated once the plan moved from M14 to SW1A,
// and Manchester could no longer reach its own budget. funding_authority_code is set when the budget is allocated
// (the plan's area then) and never follows the plan; self-funded pots have none (they are the person's alone).
// A plan that moves to another local authority is a handover, recorded in plan_handover by a trigger, so the new
// area's commissioners see who arrived and the funding authority sees who left.
export class FundingAuthority1764700000001 implements MigrationInterface {
  name = 'FundingAuthority1764700000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE budget ADD COLUMN funding_authority_code text REFERENCES local_authority(code);
      UPDATE budget b SET funding_authority_code = p.local_authority_code
        FROM support_plan p WHERE p.id = b.plan_id AND b.funding_source <> 'SELF_FUNDED';
      ALTER TABLE budget ADD CONSTRAINT budget_funding_authority_check
        CHECK ((funding_source = 'SELF_FUNDED') = (funding_authority_code IS NULL));
      -- Inserts that do not name it (the seeders, bulk loads) get the plan's area at the time, as the API sets it.
      CREATE FUNCTION budget_funding_authority_default() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.funding_source = 'SELF_FUNDED' THEN
          NEW.funding_authority_code := NULL;
        ELSIF NEW.funding_authority_code IS NULL THEN
          SELECT local_authority_code INTO NEW.funding_authority_code FROM support_plan WHERE id = NEW.plan_id;
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER budget_funding_authority_trg BEFORE INSERT ON budget
        FOR EACH ROW EXECUTE FUNCTION budget_funding_authority_default();
      CREATE INDEX budget_funding_authority_idx ON budget (funding_authority_code) WHERE funding_authority_code IS NOT NULL;

      CREATE TABLE plan_handover (
        id bigserial PRIMARY KEY,
        plan_id uuid NOT NULL REFERENCES support_plan(id) ON DELETE CASCADE,
        from_local_authority_code text NOT NULL REFERENCES local_authority(code),
        to_local_authority_code text NOT NULL REFERENCES local_authority(code),
        handed_over_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX plan_handover_plan_idx ON plan_handover (plan_id, handed_over_at);

      CREATE FUNCTION plan_handover_record() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO plan_handover (plan_id, from_local_authority_code, to_local_authority_code)
        VALUES (NEW.id, OLD.local_authority_code, NEW.local_authority_code);
        RETURN NEW;
      END $$;
      -- Not UPDATE OF local_authority_code: that column is set by support_plan_derive_trg, not by the statement.
      CREATE TRIGGER plan_handover_trg AFTER UPDATE ON support_plan
        FOR EACH ROW WHEN (OLD.local_authority_code IS DISTINCT FROM NEW.local_authority_code) EXECUTE FUNCTION plan_handover_record();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER plan_handover_trg ON support_plan;
      DROP FUNCTION plan_handover_record();
      DROP TABLE plan_handover;
      DROP TRIGGER budget_funding_authority_trg ON budget;
      DROP FUNCTION budget_funding_authority_default();
      ALTER TABLE budget DROP COLUMN funding_authority_code;
    `);
  }
}
