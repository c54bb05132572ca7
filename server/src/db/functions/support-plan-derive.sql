-- The live definition of support_plan_derive() (first created by migrations/1764100000000-people-and-budgets.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- The plan's area is the council that commissions care for its district (the county in two-tier England; changed
-- by 1764900000000-commissioning-authorities).
CREATE OR REPLACE FUNCTION support_plan_derive() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT d.commissioning_authority_code INTO NEW.local_authority_code FROM postcode_district d WHERE d.outcode = NEW.outcode;
  RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER support_plan_derive_trg BEFORE INSERT OR UPDATE OF outcode ON support_plan
  FOR EACH ROW EXECUTE FUNCTION support_plan_derive();
