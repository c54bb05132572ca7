import { functionSources, syncFunctionSources } from '../../../server/src/db/functions';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// Every database function's live definition is read from server/src/db/functions/*.sql, and a changed source is
// applied by the next migration run (db/functions.ts).
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

const sourceNames = () =>
  new Set(functionSources().flatMap((s) => [...s.sql.matchAll(/CREATE OR REPLACE FUNCTION (\w+)\(/g)].map((m) => m[1])));

it('has a source file for every function the migrations created', async () => {
  // Functions of extensions (pg_trgm and the like) are not ours.
  const live: { proname: string }[] = await db.ds.query(
    `SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'public' AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
      ORDER BY 1`,
  );
  expect(live.map((r) => r.proname).sort()).toEqual([...sourceNames()].sort());
});

it('has a source file for every trigger the migrations created', async () => {
  const live: { tgname: string }[] = await db.ds.query(`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`);
  const declared = functionSources().flatMap((s) => [...s.sql.matchAll(/CREATE OR REPLACE TRIGGER (\w+)/g)].map((m) => m[1]));
  expect(live.map((r) => r.tgname).sort()).toEqual(declared.sort());
});

it('applies a source again when it changed since it was applied, and only then', async () => {
  expect(await syncFunctionSources(db.ds)).toEqual([]);
  await db.ds.query(`UPDATE database_function_source SET sha256 = 'an older source' WHERE file = 'request-booking.sql'`);
  await db.ds.query(`CREATE OR REPLACE FUNCTION session_cost_pence(p_price_pence integer, p_price_unit price_unit, p_session_minutes integer) RETURNS integer LANGUAGE sql AS $$ SELECT 0 $$`);
  await db.ds.query(`UPDATE database_function_source SET sha256 = 'an older source' WHERE file = 'session-cost-pence.sql'`);
  expect(await syncFunctionSources(db.ds)).toEqual(['request-booking.sql', 'session-cost-pence.sql']);
  const [{ cost }] = await db.ds.query(`SELECT session_cost_pence(1555, 'HOUR', 90) AS cost`);
  expect(cost).toBe(2333);
  expect(await syncFunctionSources(db.ds)).toEqual([]);
});
