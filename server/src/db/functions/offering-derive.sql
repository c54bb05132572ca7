-- The live definition of offering_derive() (first created by migrations/1764000000000-foundation.ts).
-- Edit here: migrations apply this file when it changes (see db/functions.ts).

-- Base coordinates come from the district and the search text from the offering, its category and provider,
-- so both stay right whoever writes the row (the API, the seeder, a COPY).
CREATE OR REPLACE FUNCTION offering_derive() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.base_outcode IS DISTINCT FROM OLD.base_outcode THEN
    SELECT d.latitude, d.longitude INTO NEW.latitude, NEW.longitude
      FROM postcode_district d WHERE d.outcode = NEW.base_outcode;
  END IF;
  NEW.search_vector :=
    setweight(to_tsvector('english', NEW.title), 'A') ||
    setweight(to_tsvector('english', coalesce((SELECT c.name FROM category c WHERE c.id = NEW.category_id), '')), 'B') ||
    setweight(to_tsvector('english', coalesce((SELECT p.name FROM provider p WHERE p.id = NEW.provider_id), '')), 'B') ||
    setweight(to_tsvector('english', NEW.summary), 'C') ||
    setweight(to_tsvector('english', NEW.description), 'D');
  RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER offering_derive_trg BEFORE INSERT OR UPDATE OF title, summary, description, category_id,
  provider_id, base_outcode ON offering FOR EACH ROW EXECUTE FUNCTION offering_derive();
