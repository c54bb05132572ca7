import { MigrationInterface, QueryRunner } from 'typeorm';

// England's commissioning geography. Adult social care (and so personal budgets, resource allocation and the market
// a commissioner shapes) is run by the upper tier: the county council in two-tier areas, else the unitary,
// metropolitan or London borough council; in Wales and Scotland the council. From here on that council, the
// "commissioning authority", is the unit of commissioning:
// - local_authority gains the 21 county councils and, for every row, commissioning_authority_code (itself for an
//   upper tier, the county for a shire district); postcode_district carries its district's commissioning authority.
// - Commissioners, plans and resource allocation tables keyed by a shire district move to its county. A county gets
//   version 1 from its first district's version 1, then every later version its districts published, in the order
//   they were published, each noting where it came from. The old district rows stay (published versions never
//   change) but no longer serve anyone.
// - offering_reach also holds each county an offering reaches, so a county's supply is one index range like any
//   other authority's.
// Search events and unmet needs keep the district where they happened: the market views add districts up.
// Every moved row is written to commissioning_area_move so that `down` can put it back.
export class CommissioningAuthorities1764900000000 implements MigrationInterface {
  name = 'CommissioningAuthorities1764900000000';

  async up(q: QueryRunner): Promise<void> {
    const { readAuthorities } = await import('../reference/authorities');
    const rows = readAuthorities();
    await q.query(`
      SET LOCAL statement_timeout = 0;
      ALTER TABLE local_authority
        ADD COLUMN commissioning_authority_code text REFERENCES local_authority(code),
        ADD COLUMN country text CHECK (country IN ('England', 'Wales', 'Scotland'));
    `);
    const counties = new Map(rows.filter((r) => r.upperTierCode !== r.localAuthorityCode).map((r) => [r.upperTierCode, r.upperTierName]));
    await q.query(
      `INSERT INTO local_authority (code, name, country) SELECT code, name, 'England' FROM unnest($1::text[], $2::text[]) AS c(code, name)
       ON CONFLICT (code) DO NOTHING`,
      [[...counties.keys()], [...counties.values()]],
    );
    await q.query(
      `UPDATE local_authority la SET commissioning_authority_code = m.upper, country = m.country
       FROM unnest($1::text[], $2::text[], $3::text[]) AS m(code, upper, country) WHERE la.code = m.code`,
      [rows.map((r) => r.localAuthorityCode), rows.map((r) => r.upperTierCode), rows.map((r) => r.country)],
    );
    await q.query(`
      UPDATE local_authority SET commissioning_authority_code = code WHERE commissioning_authority_code IS NULL AND code LIKE 'E10%';
      ALTER TABLE local_authority ALTER COLUMN commissioning_authority_code SET NOT NULL, ALTER COLUMN country SET NOT NULL;
      -- An upper tier commissions for itself; a district's commissioner commissions for itself (never a chain).
      CREATE INDEX local_authority_commissioning_idx ON local_authority (commissioning_authority_code);

      ALTER TABLE postcode_district ADD COLUMN commissioning_authority_code text REFERENCES local_authority(code);
      UPDATE postcode_district d SET commissioning_authority_code = la.commissioning_authority_code
        FROM local_authority la WHERE la.code = d.local_authority_code;
      ALTER TABLE postcode_district ALTER COLUMN commissioning_authority_code SET NOT NULL;
      CREATE INDEX postcode_district_commissioning_idx ON postcode_district (commissioning_authority_code);

      CREATE TABLE commissioning_area_move (
        table_name text NOT NULL,
        row_id text NOT NULL,
        from_code text NOT NULL,
        to_code text NOT NULL,
        PRIMARY KEY (table_name, row_id)
      );

      -- Commissioners of a shire district become their county's.
      INSERT INTO commissioning_area_move (table_name, row_id, from_code, to_code)
        SELECT 'app_user', u.id::text, u.local_authority_code, la.commissioning_authority_code
        FROM app_user u JOIN local_authority la ON la.code = u.local_authority_code
        WHERE la.commissioning_authority_code <> la.code;
      UPDATE app_user u SET local_authority_code = m.to_code FROM commissioning_area_move m
        WHERE m.table_name = 'app_user' AND m.row_id = u.id::text;

      -- A plan's area is the council that commissions for its district (derived, so down recomputes it).
      CREATE OR REPLACE FUNCTION support_plan_derive() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT d.commissioning_authority_code INTO NEW.local_authority_code FROM postcode_district d WHERE d.outcode = NEW.outcode;
        RETURN NEW;
      END $$;
      -- Re-keying a plan to the council that commissions for its district is not a handover between councils
      -- (plan_handover_trg, migration 1764700000001, records those), so that trigger sleeps meanwhile.
      ALTER TABLE support_plan DISABLE TRIGGER plan_handover_trg;
      UPDATE support_plan p SET local_authority_code = d.commissioning_authority_code
        FROM postcode_district d WHERE d.outcode = p.outcode AND p.local_authority_code IS DISTINCT FROM d.commissioning_authority_code;
      ALTER TABLE support_plan ENABLE TRIGGER plan_handover_trg;

      -- Resource allocation tables: each county gets its districts' versions (see the comment above).
      CREATE TEMP TABLE scheme_move ON COMMIT DROP AS
        SELECT gen_random_uuid() AS new_id, s.id AS old_id, la.commissioning_authority_code AS county, s.local_authority_code AS district,
               s.version AS old_version, la.name AS district_name,
               row_number() OVER (PARTITION BY la.commissioning_authority_code ORDER BY s.version > 1, s.published_at, s.id)::int AS version
        FROM allocation_scheme s JOIN local_authority la ON la.code = s.local_authority_code
        WHERE la.commissioning_authority_code <> la.code
          AND (s.version > 1 OR s.local_authority_code = (SELECT min(x.code) FROM local_authority x WHERE x.commissioning_authority_code = la.commissioning_authority_code AND x.code <> x.commissioning_authority_code));
      INSERT INTO allocation_scheme (id, local_authority_code, version, pence_per_point, note, published_by, published_at)
        SELECT m.new_id, m.county, m.version, s.pence_per_point,
               left(coalesce(s.note || ' ', '') || format('(Moved to the county council from %s (%s), version %s.)', m.district_name, m.district, m.old_version), 1000),
               s.published_by, s.published_at
        FROM scheme_move m JOIN allocation_scheme s ON s.id = m.old_id;
      INSERT INTO allocation_rate (scheme_id, life_area, some_points, substantial_points, critical_points)
        SELECT m.new_id, r.life_area, r.some_points, r.substantial_points, r.critical_points
        FROM scheme_move m JOIN allocation_rate r ON r.scheme_id = m.old_id;
      INSERT INTO commissioning_area_move (table_name, row_id, from_code, to_code)
        SELECT 'allocation_scheme', new_id::text, district, county FROM scheme_move;

      -- offering_reach: districts and, for shire districts, their county (an offering reaching two of Kent's districts
      -- reaches Kent once).
      CREATE OR REPLACE FUNCTION offering_reach_areas(p_latitude double precision, p_longitude double precision,
          p_service_radius_km double precision, p_service_area circle)
        RETURNS SETOF text LANGUAGE sql STABLE AS $$
        SELECT DISTINCT a.code FROM postcode_district d -- postcode_district_area_gist
          CROSS JOIN LATERAL (VALUES (d.local_authority_code), (d.commissioning_authority_code)) a(code)
        WHERE p_service_area @> circle(point((d.longitude + 2) * 65.43, d.latitude * 111.2), 0)
          AND 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(d.latitude - p_latitude) / 2), 2)
              + cos(radians(p_latitude)) * cos(radians(d.latitude)) * power(sin(radians(d.longitude - p_longitude) / 2), 2)))) <= p_service_radius_km
      $$;
      INSERT INTO offering_reach (local_authority_code, offering_id, category_id, provider_id)
        SELECT DISTINCT la.commissioning_authority_code, r.offering_id, r.category_id, r.provider_id
        FROM offering_reach r JOIN local_authority la ON la.code = r.local_authority_code
        WHERE la.commissioning_authority_code <> la.code;
      ANALYZE offering_reach;

      -- Budgets keep the authority that funds them; if a funding authority is recorded, it moves with its area.
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'budget' AND column_name = 'funding_authority_code') THEN
          INSERT INTO commissioning_area_move (table_name, row_id, from_code, to_code)
            SELECT 'budget', b.id::text, b.funding_authority_code, la.commissioning_authority_code
            FROM budget b JOIN local_authority la ON la.code = b.funding_authority_code WHERE la.commissioning_authority_code <> la.code;
          UPDATE budget b SET funding_authority_code = m.to_code FROM commissioning_area_move m
            WHERE m.table_name = 'budget' AND m.row_id = b.id::text;
        END IF;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      SET LOCAL statement_timeout = 0;
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'budget' AND column_name = 'funding_authority_code') THEN
          UPDATE budget b SET funding_authority_code = m.from_code FROM commissioning_area_move m
            WHERE m.table_name = 'budget' AND m.row_id = b.id::text;
        END IF;
      END $$;

      CREATE OR REPLACE FUNCTION offering_reach_areas(p_latitude double precision, p_longitude double precision,
          p_service_radius_km double precision, p_service_area circle)
        RETURNS SETOF text LANGUAGE sql STABLE AS $$
        SELECT DISTINCT d.local_authority_code FROM postcode_district d -- postcode_district_area_gist
        WHERE p_service_area @> circle(point((d.longitude + 2) * 65.43, d.latitude * 111.2), 0)
          AND 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(d.latitude - p_latitude) / 2), 2)
              + cos(radians(p_latitude)) * cos(radians(d.latitude)) * power(sin(radians(d.longitude - p_longitude) / 2), 2)))) <= p_service_radius_km
      $$;
      DELETE FROM offering_reach WHERE local_authority_code IN (SELECT code FROM local_authority WHERE code LIKE 'E10%');

      -- Published versions never change, except when this migration takes back the copies it made.
      ALTER TABLE allocation_rate DISABLE TRIGGER allocation_rate_immutable_trg;
      ALTER TABLE allocation_scheme DISABLE TRIGGER allocation_scheme_immutable_trg;
      DELETE FROM allocation_rate WHERE scheme_id IN (SELECT id FROM allocation_scheme WHERE local_authority_code LIKE 'E10%');
      DELETE FROM allocation_scheme WHERE local_authority_code LIKE 'E10%';
      ALTER TABLE allocation_scheme ENABLE TRIGGER allocation_scheme_immutable_trg;
      ALTER TABLE allocation_rate ENABLE TRIGGER allocation_rate_immutable_trg;

      CREATE OR REPLACE FUNCTION support_plan_derive() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT d.local_authority_code INTO NEW.local_authority_code FROM postcode_district d WHERE d.outcode = NEW.outcode;
        RETURN NEW;
      END $$;
      -- Re-keying a plan to the council that commissions for its district is not a handover between councils
      -- (plan_handover_trg, migration 1764700000001, records those), so that trigger sleeps meanwhile.
      ALTER TABLE support_plan DISABLE TRIGGER plan_handover_trg;
      UPDATE support_plan p SET local_authority_code = d.local_authority_code
        FROM postcode_district d WHERE d.outcode = p.outcode AND p.local_authority_code IS DISTINCT FROM d.local_authority_code;
      ALTER TABLE support_plan ENABLE TRIGGER plan_handover_trg;

      UPDATE app_user u SET local_authority_code = m.from_code FROM commissioning_area_move m
        WHERE m.table_name = 'app_user' AND m.row_id = u.id::text;
      -- Commissioners created for a county after the move have no district to go back to: the first district serves.
      UPDATE app_user u SET local_authority_code = (SELECT min(x.code) FROM local_authority x
          WHERE x.commissioning_authority_code = u.local_authority_code AND x.code <> x.commissioning_authority_code)
        WHERE u.local_authority_code LIKE 'E10%';
      DROP TABLE commissioning_area_move;

      ALTER TABLE postcode_district DROP COLUMN commissioning_authority_code;
      ALTER TABLE local_authority DROP COLUMN commissioning_authority_code, DROP COLUMN country;
      DELETE FROM local_authority WHERE code LIKE 'E10%';
    `);
  }
}
