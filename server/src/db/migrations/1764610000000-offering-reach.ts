import { MigrationInterface, QueryRunner } from 'typeorm';

// Which local authorities each in-person offering reaches, kept by the database, so a commissioner's view reads an
// area's supply from an index instead of testing geometry per request (marketGaps and marketDiversity took 400-700 ms
// for the big areas at national scale, almost all of it finding the 5,000-20,000 offerings that reach the area).
// - offering_reach holds, for every PUBLISHED offering that is not remote, each local authority with at least one
//   district inside its service area: the rule the views used per request (the district in service_area, then the
//   exact great-circle distance <= service_radius_km), held once in offering_reach_areas. Remote offerings reach
//   every area and stay out (the views count them once for the country).
// - Triggers on offering keep it exact in the writing transaction: statement-level with transition tables, so the
//   seeder's bulk inserts cost one set-based insert per statement. UPDATE triggers cannot take a column list with
//   transition tables, so the update trigger fires on every UPDATE and only rows whose reach inputs changed (status,
//   remote, latitude, longitude, service_radius_km, category_id, provider_id) are redone: delete, then insert again.
// - No foreign keys (a key check per reach row would double the cost of loading a national market); deletes and
//   TRUNCATE of offering are followed by triggers, and the seeder's reset empties the table itself (SEEDED_TABLES).
// - postcode_district is reference data loaded by the foundation migration and never changed: a change to it would
//   need this table rebuilt (the backfill below).
// The backfill takes a while at national scale (about 4 million rows): no statement timeout, and offering is locked
// against writes (reads go on) until the triggers exist, so nothing written meanwhile is missed.
export class OfferingReach1764610000000 implements MigrationInterface {
  name = 'OfferingReach1764610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      SET LOCAL statement_timeout = 0;
      LOCK TABLE offering IN SHARE MODE;

      -- Districts as zero-radius circles in the flat projection of service_area, so "which districts lie in this
      -- offering's service area" is one GiST probe (circle_ops answers circle-contained-by-circle).
      CREATE INDEX postcode_district_area_gist ON postcode_district
        USING gist (circle(point((longitude + 2) * 65.43, latitude * 111.2), 0));

      -- The local authorities an in-person offering based at (latitude, longitude) reaches. An inlinable SQL function:
      -- the backfill and the triggers join it like a subquery.
      CREATE FUNCTION offering_reach_areas(p_latitude double precision, p_longitude double precision,
          p_service_radius_km double precision, p_service_area circle)
        RETURNS SETOF text LANGUAGE sql STABLE AS $$
        SELECT DISTINCT d.local_authority_code FROM postcode_district d -- postcode_district_area_gist
        WHERE p_service_area @> circle(point((d.longitude + 2) * 65.43, d.latitude * 111.2), 0)
          AND 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(d.latitude - p_latitude) / 2), 2)
              + cos(radians(p_latitude)) * cos(radians(d.latitude)) * power(sin(radians(d.longitude - p_longitude) / 2), 2)))) <= p_service_radius_km
      $$;

      CREATE TABLE offering_reach (
        local_authority_code text NOT NULL,
        offering_id uuid NOT NULL,
        category_id uuid NOT NULL,
        provider_id uuid NOT NULL
      );
      INSERT INTO offering_reach (local_authority_code, offering_id, category_id, provider_id)
        SELECT a.la, o.id, o.category_id, o.provider_id
        FROM offering o, offering_reach_areas(o.latitude, o.longitude, o.service_radius_km, o.service_area) a(la)
        WHERE o.status = 'PUBLISHED' AND NOT o.remote;
      -- An area's reach is one index-only range, ordered as the provider view groups it (by provider, then kind of
      -- support), so it needs no sort; offering_id last makes it unique.
      ALTER TABLE offering_reach ADD CONSTRAINT offering_reach_pkey
        PRIMARY KEY (local_authority_code, provider_id, category_id, offering_id);
      -- For the triggers: an offering's rows, when it changes or goes.
      CREATE INDEX offering_reach_offering_idx ON offering_reach (offering_id);

      CREATE FUNCTION offering_reach_sync() RETURNS trigger LANGUAGE plpgsql AS $$
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
      CREATE TRIGGER offering_reach_insert_trg AFTER INSERT ON offering
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offering_reach_sync();
      CREATE TRIGGER offering_reach_update_trg AFTER UPDATE ON offering
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION offering_reach_sync();
      CREATE TRIGGER offering_reach_delete_trg AFTER DELETE ON offering
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION offering_reach_sync();
      CREATE TRIGGER offering_reach_truncate_trg AFTER TRUNCATE ON offering
        FOR EACH STATEMENT EXECUTE FUNCTION offering_reach_sync();
      ANALYZE offering_reach;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER offering_reach_truncate_trg ON offering;
      DROP TRIGGER offering_reach_delete_trg ON offering;
      DROP TRIGGER offering_reach_update_trg ON offering;
      DROP TRIGGER offering_reach_insert_trg ON offering;
      DROP FUNCTION offering_reach_sync();
      DROP TABLE offering_reach;
      DROP FUNCTION offering_reach_areas(double precision, double precision, double precision, circle);
      DROP INDEX postcode_district_area_gist;
    `);
  }
}
