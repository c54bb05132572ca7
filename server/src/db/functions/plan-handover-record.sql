-- The live definition of plan_handover_record() (first created by migrations/1764700000001-funding-authority.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- A plan that moves to another council's area is handed over, and the move is recorded; the funding council keeps
-- its budgets (budget.funding_authority_code).
CREATE OR REPLACE FUNCTION plan_handover_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO plan_handover (plan_id, from_local_authority_code, to_local_authority_code)
  VALUES (NEW.id, OLD.local_authority_code, NEW.local_authority_code);
  RETURN NEW;
END $$;

-- Not UPDATE OF local_authority_code: that column is set by support_plan_derive_trg, not by the statement.
CREATE OR REPLACE TRIGGER plan_handover_trg AFTER UPDATE ON support_plan
  FOR EACH ROW WHEN (OLD.local_authority_code IS DISTINCT FROM NEW.local_authority_code) EXECUTE FUNCTION plan_handover_record();
