-- The live definition of budget_ledger_append_only() (first created by migrations/1764100000000-people-and-budgets.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

CREATE OR REPLACE FUNCTION budget_ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'budget_ledger is append-only: add an ADJUSTMENT line instead' USING ERRCODE = 'P0001';
END $$;

CREATE OR REPLACE TRIGGER budget_ledger_append_only_trg BEFORE UPDATE OR DELETE ON budget_ledger
  FOR EACH ROW EXECUTE FUNCTION budget_ledger_append_only();
CREATE OR REPLACE TRIGGER budget_ledger_no_truncate_trg BEFORE TRUNCATE ON budget_ledger
  FOR EACH STATEMENT EXECUTE FUNCTION budget_ledger_append_only();
