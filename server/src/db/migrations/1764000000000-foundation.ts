import { MigrationInterface, QueryRunner } from 'typeorm';

// Foundation schema: places, accounts, the catalogue (taxonomy, providers, offerings, slots).
// Constraints live here as well as in code. Never edit once merged: add a new migration.
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE life_area AS ENUM ('MENTAL_WELLBEING','PHYSICAL_HEALTH','LIVING_SKILLS','SOCIAL_CONNECTION',
        'WORK_AND_LEARNING','RELATIONSHIPS','SUBSTANCE_USE','MONEY_AND_HOUSING','IDENTITY_AND_SELF_ESTEEM','HOPE_AND_TRUST');
      CREATE TYPE user_role AS ENUM ('PERSON','PROVIDER','COMMISSIONER','ADMIN');
      CREATE TYPE provider_kind AS ENUM ('USER_LED_ORGANISATION','CHARITY','SOCIAL_ENTERPRISE','MICRO_ENTERPRISE',
        'PERSONAL_ASSISTANT','PRIVATE_COMPANY','PUBLIC_BODY');
      CREATE TYPE delivery_mode AS ENUM ('IN_PERSON','HOME_VISIT','ONLINE','PHONE','GROUP');
      CREATE TYPE price_unit AS ENUM ('SESSION','HOUR','DAY','WEEK');
      CREATE TYPE offering_status AS ENUM ('DRAFT','PUBLISHED','PAUSED','ARCHIVED');

      CREATE TABLE local_authority (
        code text PRIMARY KEY CHECK (code ~ '^[EWS][0-9]{8}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120)
      );

      CREATE TABLE postcode_district (
        outcode text PRIMARY KEY CHECK (outcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]?$'),
        latitude double precision NOT NULL CHECK (latitude BETWEEN 49 AND 61),
        longitude double precision NOT NULL CHECK (longitude BETWEEN -9 AND 2),
        local_authority_code text NOT NULL REFERENCES local_authority(code)
      );
      CREATE INDEX postcode_district_local_authority_idx ON postcode_district (local_authority_code);

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        role user_role NOT NULL,
        password_hash text NOT NULL,
        local_authority_code text REFERENCES local_authority(code),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_email_key UNIQUE (email),
        CONSTRAINT app_user_commissioner_area_check CHECK ((role = 'COMMISSIONER') = (local_authority_code IS NOT NULL))
      );

      -- Failed sign-ins, for rate limiting by email and by client address.
      CREATE TABLE sign_in_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        client text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX sign_in_failure_email_idx ON sign_in_failure (email, created_at);
      CREATE INDEX sign_in_failure_client_idx ON sign_in_failure (client, created_at);

      CREATE TABLE category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text NOT NULL,
        description text NOT NULL,
        life_areas life_area[] NOT NULL CHECK (cardinality(life_areas) > 0),
        position integer NOT NULL,
        CONSTRAINT category_slug_key UNIQUE (slug)
      );

      CREATE TABLE provider (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES app_user(id),
        name text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
        kind provider_kind NOT NULL,
        description text NOT NULL CHECK (length(description) <= 5000),
        website text CHECK (website ~ '^https?://' AND length(website) <= 300),
        base_outcode text NOT NULL REFERENCES postcode_district(outcode),
        verified boolean NOT NULL DEFAULT false,
        peer_led boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX provider_owner_idx ON provider (owner_id, created_at, id);

      -- x/y are a flat projection of GB in km (equirectangular at 54°N, origin 2°W). Planar distances are within
      -- ×0.85..×1.21 of the true ones, so service_area's planar radius is inflated (×1.25 + 1 km): it is a GiST
      -- prefilter that never misses; the exact great-circle test runs on what it returns.
      CREATE TABLE offering (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        provider_id uuid NOT NULL REFERENCES provider(id),
        category_id uuid NOT NULL REFERENCES category(id),
        title text NOT NULL CHECK (length(title) BETWEEN 3 AND 120),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 300),
        description text NOT NULL CHECK (length(description) <= 5000),
        life_areas life_area[] NOT NULL,
        delivery_modes delivery_mode[] NOT NULL CHECK (cardinality(delivery_modes) > 0),
        languages text[] NOT NULL DEFAULT '{en}',
        accessibility text[] NOT NULL DEFAULT '{}',
        price_pence integer NOT NULL CHECK (price_pence BETWEEN 0 AND 10000000),
        price_unit price_unit NOT NULL,
        session_minutes integer NOT NULL CHECK (session_minutes BETWEEN 5 AND 1440),
        base_outcode text NOT NULL REFERENCES postcode_district(outcode),
        latitude double precision NOT NULL,
        longitude double precision NOT NULL,
        service_radius_km double precision NOT NULL CHECK (service_radius_km BETWEEN 0 AND 1000),
        minimum_age integer CHECK (minimum_age BETWEEN 0 AND 120),
        maximum_age integer CHECK (maximum_age BETWEEN 0 AND 120),
        status offering_status NOT NULL DEFAULT 'DRAFT',
        rating_count integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0),
        rating_sum integer NOT NULL DEFAULT 0 CHECK (rating_sum >= 0),
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector NOT NULL DEFAULT ''::tsvector,
        remote boolean GENERATED ALWAYS AS (delivery_modes && '{ONLINE,PHONE}'::delivery_mode[]) STORED,
        rating_score double precision GENERATED ALWAYS AS
          (CASE WHEN rating_count > 0 THEN rating_sum::double precision / rating_count ELSE 0 END) STORED,
        location point GENERATED ALWAYS AS (point((longitude + 2) * 65.43, latitude * 111.2)) STORED,
        service_area circle GENERATED ALWAYS AS
          (circle(point((longitude + 2) * 65.43, latitude * 111.2), service_radius_km * 1.25 + 1)) STORED,
        CONSTRAINT offering_age_range_check CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age),
        CONSTRAINT offering_published_at_check CHECK (status <> 'PUBLISHED' OR published_at IS NOT NULL)
      );
      CREATE INDEX offering_provider_idx ON offering (provider_id, created_at, id);
      CREATE INDEX offering_search_gin ON offering USING gin (search_vector) WHERE status = 'PUBLISHED';
      CREATE INDEX offering_service_area_gist ON offering USING gist (service_area) WHERE status = 'PUBLISHED';
      CREATE INDEX offering_location_gist ON offering USING gist (location) WHERE status = 'PUBLISHED';
      CREATE INDEX offering_remote_idx ON offering (id) WHERE status = 'PUBLISHED' AND remote;
      CREATE INDEX offering_price_idx ON offering (price_pence, id) WHERE status = 'PUBLISHED';
      CREATE INDEX offering_rating_idx ON offering (rating_score DESC, rating_count DESC, id DESC) WHERE status = 'PUBLISHED';
      CREATE INDEX offering_newest_idx ON offering (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
      CREATE INDEX offering_category_idx ON offering (category_id) WHERE status = 'PUBLISHED';

      -- Base coordinates come from the district and the search text from the offering, its category and provider,
      -- so both stay right whoever writes the row (the API, the seeder, a COPY).
      CREATE FUNCTION offering_derive() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER offering_derive_trg BEFORE INSERT OR UPDATE OF title, summary, description, category_id,
        provider_id, base_outcode ON offering FOR EACH ROW EXECUTE FUNCTION offering_derive();

      CREATE FUNCTION provider_name_propagate() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE offering SET title = title WHERE provider_id = NEW.id;
        RETURN NULL;
      END $$;
      CREATE TRIGGER provider_name_propagate_trg AFTER UPDATE OF name ON provider
        FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION provider_name_propagate();

      CREATE TABLE slot (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        offering_id uuid NOT NULL REFERENCES offering(id),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        capacity integer NOT NULL CHECK (capacity BETWEEN 1 AND 500),
        booked integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT slot_time_check CHECK (ends_at > starts_at AND ends_at <= starts_at + interval '24 hours'),
        CONSTRAINT slot_booked_check CHECK (booked BETWEEN 0 AND capacity),
        CONSTRAINT slot_offering_starts_key UNIQUE (offering_id, starts_at)
      );
      -- Slots with a free place, for availability filters and next-available-slot lookups.
      CREATE INDEX slot_free_idx ON slot (offering_id, starts_at) WHERE booked < capacity;
    `);
    await loadReferenceData(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE slot;
      DROP TRIGGER provider_name_propagate_trg ON provider;
      DROP FUNCTION provider_name_propagate();
      DROP TABLE offering;
      DROP FUNCTION offering_derive();
      DROP TABLE provider;
      DROP TABLE category;
      DROP TABLE sign_in_failure;
      DROP TABLE app_user;
      DROP TABLE postcode_district;
      DROP TABLE local_authority;
      DROP TYPE offering_status; DROP TYPE price_unit; DROP TYPE delivery_mode; DROP TYPE provider_kind;
      DROP TYPE user_role; DROP TYPE life_area;
    `);
  }
}

async function loadReferenceData(q: QueryRunner): Promise<void> {
  // Imported lazily so the migration list stays cheap to load.
  const { readOutcodes } = await import('../reference/outcodes');
  const { TAXONOMY } = await import('../reference/taxonomy');
  const rows = readOutcodes();
  const authorities = new Map(rows.map((r) => [r.localAuthorityCode, r.localAuthorityName]));
  await q.query(
    `INSERT INTO local_authority (code, name) SELECT * FROM unnest($1::text[], $2::text[])`,
    [[...authorities.keys()], [...authorities.values()]],
  );
  await q.query(
    `INSERT INTO postcode_district (outcode, latitude, longitude, local_authority_code)
     SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[], $4::text[])`,
    [rows.map((r) => r.outcode), rows.map((r) => r.latitude), rows.map((r) => r.longitude), rows.map((r) => r.localAuthorityCode)],
  );
  for (const [i, c] of TAXONOMY.entries()) {
    await q.query(
      `INSERT INTO category (slug, name, description, life_areas, position) VALUES ($1, $2, $3, $4::life_area[], $5)`,
      [c.slug, c.name, c.description, c.lifeAreas, i + 1],
    );
  }
}
