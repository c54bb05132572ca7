-- The live definition of budget_funding_authority_default() (first created by
-- migrations/1764700000001-funding-authority.ts). Edit here: migrations apply this file when it changes (see db/functions.ts).

-- A funded budget belongs to the council that funds it: inserts that do not name it (the seeders, bulk loads) get the
-- plan's area at the time, as the API sets it; a self-funded pot has none.
CREATE OR REPLACE FUNCTION budget_funding_authority_default() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.funding_source = 'SELF_FUNDED' THEN
    NEW.funding_authority_code := NULL;
  ELSIF NEW.funding_authority_code IS NULL THEN
    SELECT local_authority_code INTO NEW.funding_authority_code FROM support_plan WHERE id = NEW.plan_id;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER budget_funding_authority_trg BEFORE INSERT ON budget
  FOR EACH ROW EXECUTE FUNCTION budget_funding_authority_default();
