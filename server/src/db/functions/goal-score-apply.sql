-- The live definition of goal_score_apply() (first created by migrations/1764210000000-outcome-history.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

CREATE OR REPLACE FUNCTION goal_score_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE goal SET latest_score = NEW.score WHERE id = NEW.goal_id;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER goal_score_apply_trg AFTER INSERT ON goal_score
  FOR EACH ROW EXECUTE FUNCTION goal_score_apply();
