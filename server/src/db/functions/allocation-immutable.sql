-- The live definition of allocation_immutable() (first created by migrations/1764200000000-resource-allocation.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

CREATE OR REPLACE FUNCTION allocation_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published resource allocation versions cannot change: publish a new version' USING ERRCODE = 'P0001';
END $$;

CREATE OR REPLACE TRIGGER allocation_scheme_immutable_trg BEFORE UPDATE OR DELETE ON allocation_scheme
  FOR EACH ROW EXECUTE FUNCTION allocation_immutable();
CREATE OR REPLACE TRIGGER allocation_rate_immutable_trg BEFORE UPDATE OR DELETE ON allocation_rate
  FOR EACH ROW EXECUTE FUNCTION allocation_immutable();
