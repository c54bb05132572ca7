-- The live definition of offering_reach_sync() (first created by migrations/1764610000000-offering-reach.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

CREATE OR REPLACE FUNCTION offering_reach_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO offering_reach (local_authority_code, offering_id, category_id, provider_id)
      SELECT a.la, n.id, n.category_id, n.provider_id
      FROM new_rows n, offering_reach_areas(n.latitude, n.longitude, n.service_radius_km, n.service_area) a(la)
      WHERE n.status = 'PUBLISHED' AND NOT n.remote;
  ELSIF TG_OP = 'UPDATE' THEN
    -- Rows whose reach inputs are unchanged (ratings, texts, prices...) are left alone.
    DELETE FROM offering_reach r USING old_rows o -- offering_reach_offering_idx
      WHERE r.offering_id = o.id AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id
        AND (n.status, n.remote, n.latitude, n.longitude, n.service_radius_km, n.category_id, n.provider_id)
            IS NOT DISTINCT FROM (o.status, o.remote, o.latitude, o.longitude, o.service_radius_km, o.category_id, o.provider_id));
    INSERT INTO offering_reach (local_authority_code, offering_id, category_id, provider_id)
      SELECT a.la, n.id, n.category_id, n.provider_id
      FROM new_rows n, offering_reach_areas(n.latitude, n.longitude, n.service_radius_km, n.service_area) a(la)
      WHERE n.status = 'PUBLISHED' AND NOT n.remote AND NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id
        AND (n.status, n.remote, n.latitude, n.longitude, n.service_radius_km, n.category_id, n.provider_id)
            IS NOT DISTINCT FROM (o.status, o.remote, o.latitude, o.longitude, o.service_radius_km, o.category_id, o.provider_id));
  ELSIF TG_OP = 'DELETE' THEN
    DELETE FROM offering_reach r USING old_rows o WHERE r.offering_id = o.id; -- offering_reach_offering_idx
  ELSE
    TRUNCATE offering_reach;
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER offering_reach_insert_trg AFTER INSERT ON offering
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offering_reach_sync();
CREATE OR REPLACE TRIGGER offering_reach_update_trg AFTER UPDATE ON offering
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offering_reach_sync();
CREATE OR REPLACE TRIGGER offering_reach_delete_trg AFTER DELETE ON offering
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION offering_reach_sync();
CREATE OR REPLACE TRIGGER offering_reach_truncate_trg AFTER TRUNCATE ON offering
  FOR EACH STATEMENT EXECUTE FUNCTION offering_reach_sync();
