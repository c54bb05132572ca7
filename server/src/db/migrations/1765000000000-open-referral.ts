import { MigrationInterface, QueryRunner } from 'typeorm';

// Open Referral UK (issue 17): the published feed and imported feeds.
// - Imported providers and offerings remember where they came from: `source` (the feed's base URL or file name) and
//   `external_id` (the feed's own id), unique per source, so importing the same feed again updates instead of
//   duplicating. Offerings also keep the feed's `assured_date` (when the feed last checked the listing).
// - The feed pages published offerings by id: offering_published_id_idx serves GET /oruk/services (count and page).
export class OpenReferral1765000000000 implements MigrationInterface {
  name = 'OpenReferral1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE provider ADD COLUMN source text CHECK (length(source) BETWEEN 1 AND 500),
        ADD COLUMN external_id text CHECK (length(external_id) BETWEEN 1 AND 200),
        ADD CONSTRAINT provider_source_pair_check CHECK ((source IS NULL) = (external_id IS NULL));
      CREATE UNIQUE INDEX provider_source_external_idx ON provider (source, external_id) WHERE source IS NOT NULL;

      ALTER TABLE offering ADD COLUMN source text CHECK (length(source) BETWEEN 1 AND 500),
        ADD COLUMN external_id text CHECK (length(external_id) BETWEEN 1 AND 200),
        ADD COLUMN assured_date date,
        ADD CONSTRAINT offering_source_pair_check CHECK ((source IS NULL) = (external_id IS NULL));
      CREATE UNIQUE INDEX offering_source_external_idx ON offering (source, external_id) WHERE source IS NOT NULL;

      CREATE INDEX offering_published_id_idx ON offering (id) WHERE status = 'PUBLISHED';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX offering_published_id_idx;
      DROP INDEX offering_source_external_idx;
      ALTER TABLE offering DROP CONSTRAINT offering_source_pair_check, DROP COLUMN assured_date, DROP COLUMN external_id, DROP COLUMN source;
      DROP INDEX provider_source_external_idx;
      ALTER TABLE provider DROP CONSTRAINT provider_source_pair_check, DROP COLUMN external_id, DROP COLUMN source;
    `);
  }
}
