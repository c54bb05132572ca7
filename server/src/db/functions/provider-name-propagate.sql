-- The live definition of provider_name_propagate() (first created by migrations/1764000000000-foundation.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

CREATE OR REPLACE FUNCTION provider_name_propagate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE offering SET title = title WHERE provider_id = NEW.id;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER provider_name_propagate_trg AFTER UPDATE OF name ON provider
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION provider_name_propagate();
