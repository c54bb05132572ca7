-- The live definition of budget_ledger_apply() (first created by migrations/1764100000000-people-and-budgets.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- Balances are the ledger's running sums. HOLD reserves, RELEASE gives back, SPEND turns held money into spent.
CREATE OR REPLACE FUNCTION budget_ledger_apply() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE OR REPLACE TRIGGER budget_ledger_apply_trg AFTER INSERT ON budget_ledger
  FOR EACH ROW EXECUTE FUNCTION budget_ledger_apply();
