import { MigrationInterface, QueryRunner } from 'typeorm';

// Resource allocation systems (RAS): for each local authority, numbered versions of a points table (points for
// some, substantial and critical need in each life area) and a price per point. Published versions never change
// (a trigger refuses UPDATE and DELETE): a new version is a new row, so every indicative budget can be traced to
// the exact table that produced it. Every local authority starts with the same default table (version 1).
export class ResourceAllocation1764200000000 implements MigrationInterface {
  name = 'ResourceAllocation1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE allocation_scheme (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        local_authority_code text NOT NULL REFERENCES local_authority(code),
        version integer NOT NULL CHECK (version > 0),
        pence_per_point integer NOT NULL CHECK (pence_per_point BETWEEN 1 AND 100000),
        note text CHECK (length(note) <= 1000),
        -- Who published it. No foreign key on purpose: the demo reset empties app_user with TRUNCATE ... CASCADE,
        -- which would otherwise take every local authority's schemes with it.
        published_by uuid,
        published_at timestamptz NOT NULL DEFAULT now(),
        -- Also the index for "the latest version in an area" (ORDER BY version DESC).
        CONSTRAINT allocation_scheme_version_key UNIQUE (local_authority_code, version)
      );

      CREATE TABLE allocation_rate (
        scheme_id uuid NOT NULL REFERENCES allocation_scheme(id),
        life_area life_area NOT NULL,
        some_points integer NOT NULL,
        substantial_points integer NOT NULL,
        critical_points integer NOT NULL,
        PRIMARY KEY (scheme_id, life_area),
        -- More need never earns fewer points: what makes the indicative budget monotonic.
        CONSTRAINT allocation_rate_monotonic_check CHECK (
          0 <= some_points AND some_points <= substantial_points AND substantial_points <= critical_points AND critical_points <= 200)
      );

      CREATE FUNCTION allocation_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'published resource allocation versions cannot change: publish a new version' USING ERRCODE = 'P0001';
      END $$;
      CREATE TRIGGER allocation_scheme_immutable_trg BEFORE UPDATE OR DELETE ON allocation_scheme
        FOR EACH ROW EXECUTE FUNCTION allocation_immutable();
      CREATE TRIGGER allocation_rate_immutable_trg BEFORE UPDATE OR DELETE ON allocation_rate
        FOR EACH ROW EXECUTE FUNCTION allocation_immutable();

      -- Defaults: £85 a point (£98 in London boroughs, for higher costs), the same points everywhere.
      INSERT INTO allocation_scheme (local_authority_code, version, pence_per_point, note)
      SELECT code, 1, CASE WHEN code LIKE 'E09%' THEN 9800 ELSE 8500 END,
             'Default scheme: the same points table for every area, with a London cost adjustment.'
      FROM local_authority;

      INSERT INTO allocation_rate (scheme_id, life_area, some_points, substantial_points, critical_points)
      SELECT s.id, r.life_area::life_area, r.some_points, r.substantial_points, r.critical_points
      FROM allocation_scheme s CROSS JOIN (VALUES
        ('MENTAL_WELLBEING', 6, 14, 24),
        ('PHYSICAL_HEALTH', 3, 8, 14),
        ('LIVING_SKILLS', 6, 14, 24),
        ('SOCIAL_CONNECTION', 4, 10, 16),
        ('WORK_AND_LEARNING', 3, 8, 12),
        ('RELATIONSHIPS', 3, 8, 12),
        ('SUBSTANCE_USE', 4, 10, 18),
        ('MONEY_AND_HOUSING', 4, 10, 16),
        ('IDENTITY_AND_SELF_ESTEEM', 2, 6, 10),
        ('HOPE_AND_TRUST', 2, 6, 10)
      ) AS r(life_area, some_points, substantial_points, critical_points);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE allocation_rate;
      DROP TABLE allocation_scheme;
      DROP FUNCTION allocation_immutable();
    `);
  }
}
