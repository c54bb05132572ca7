import { MigrationInterface, QueryRunner } from 'typeorm';

// What the national-scale benchmark (npm run bench: 1,000,000 offerings, 100,000 people) showed to be slow, and the fix.
// - "Nearest first" sorted every offering reaching a district (all remote ones, a quarter of the catalogue, and the
//   local ones): 350-1,200 ms a search. `geo` holds each offering's base as earth-centred coordinates (km); the chord
//   between two such points grows with their great-circle distance, so a GiST KNN scan on it (offering_geo_knn,
//   cube's `<->`) returns offerings exactly nearest first and stops at the page. cube is a trusted contrib
//   extension (PostgreSQL 13+), like btree_gist. The index carries the columns the search filters and the matching
//   constraints read, so their walks are index-only (no heap visit per offering examined).
// - offering_location_gist (planar point) served no query: offering_geo_knn replaces it.
// - When filters leave fewer matches in reach than a page, the walk gives up and the page is built from every match
//   in reach; offering_remote_category_idx keeps that cheap for the commonest filter, a kind of support.
// - Free places (commissioners' supply, matching's availability) read slot_free_idx only: it now carries capacity
//   and booked. Matching's outcome evidence reads completed bookings and goals from covering indexes.
// The table rewrite and index builds take minutes at national scale: no statement timeout here.
export class NationalScale1764500000000 implements MigrationInterface {
  name = 'NationalScale1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      SET LOCAL statement_timeout = 0;
      CREATE EXTENSION IF NOT EXISTS cube;
      ALTER TABLE offering ADD COLUMN geo cube GENERATED ALWAYS AS (cube(ARRAY[
        6371.0088 * cos(radians(latitude)) * cos(radians(longitude)),
        6371.0088 * cos(radians(latitude)) * sin(radians(longitude)),
        6371.0088 * sin(radians(latitude))])) STORED;
      CREATE INDEX offering_geo_knn ON offering USING gist (geo)
        INCLUDE (id, provider_id, category_id, life_areas, delivery_modes, languages, price_pence, price_unit, session_minutes,
                 minimum_age, maximum_age, remote, service_area, service_radius_km)
        WHERE status = 'PUBLISHED';
      DROP INDEX offering_location_gist;
      CREATE INDEX offering_remote_category_idx ON offering (category_id) WHERE status = 'PUBLISHED' AND remote;
      DROP INDEX slot_free_idx;
      CREATE INDEX slot_free_idx ON slot (offering_id, starts_at) INCLUDE (capacity, booked) WHERE booked < capacity;
      CREATE INDEX booking_offering_completed_idx ON booking (offering_id) INCLUDE (person_id, plan_id) WHERE status = 'COMPLETED';
      CREATE INDEX goal_plan_area_idx ON goal (plan_id, life_area) INCLUDE (id, baseline_score, latest_score);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      SET LOCAL statement_timeout = 0;
      DROP INDEX goal_plan_area_idx;
      DROP INDEX booking_offering_completed_idx;
      DROP INDEX slot_free_idx;
      CREATE INDEX slot_free_idx ON slot (offering_id, starts_at) WHERE booked < capacity;
      DROP INDEX offering_remote_category_idx;
      CREATE INDEX offering_location_gist ON offering USING gist (location) WHERE status = 'PUBLISHED';
      DROP INDEX offering_geo_knn;
      ALTER TABLE offering DROP COLUMN geo;
      DROP EXTENSION IF EXISTS cube;
    `);
  }
}
