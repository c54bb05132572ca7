import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyFunctionSources, functionSources } from '../functions';

// From here on each database function's source lives in db/functions/*.sql (see db/functions.ts): this records which
// source was applied, and applies them all once. The sources are the definitions the earlier migrations created, so
// nothing changes in a database that already had them; `down` leaves the functions as they are.
export class DatabaseFunctionsFromSource1764650000000 implements MigrationInterface {
  name = 'DatabaseFunctionsFromSource1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE database_function_source (
        file text PRIMARY KEY,
        sha256 text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    await applyFunctionSources(q, functionSources());
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE database_function_source`);
  }
}
