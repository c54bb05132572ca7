import { MigrationInterface, QueryRunner } from 'typeorm';

// From here on each database function's source lives in db/functions/*.sql (see db/functions.ts). This makes the
// table that records which source was applied; the sources themselves are applied after the last versioned migration
// (runMigrations -> syncFunctionSources), never from inside one: a source is the function's newest definition and may
// read columns that a later migration adds. Migrations written before this one keep their own definitions, so a
// database built from scratch passes through the same states as one migrated step by step.
export class DatabaseFunctionsFromSource1764650000000 implements MigrationInterface {
  name = 'DatabaseFunctionsFromSource1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE database_function_source (
        file text PRIMARY KEY,
        sha256 text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE database_function_source`);
  }
}
