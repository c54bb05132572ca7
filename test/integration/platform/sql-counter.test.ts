import { QueryFailedError } from 'typeorm';
import { countingManager } from '../../../server/src/db/sql-counter';
import { createTestDatabase, type TestDatabase } from '../../support/test-database';

// A request's manager sends statements outside a transaction straight to the pool (db/sql-counter.ts). It must answer
// exactly as TypeORM's EntityManager.query does, count every statement, and leave transactions on their own connection.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await db.ds.query(`CREATE TABLE counter_probe (id int PRIMARY KEY, note text)`);
});
afterAll(() => db.drop());

describe('countingManager', () => {
  it('answers as EntityManager.query does, for reads, writes and errors, and counts each statement', async () => {
    const tally = { statements: 0 };
    const counted = countingManager(db.ds.manager, tally);
    const plain = db.ds.manager;
    expect(await counted.query(`INSERT INTO counter_probe VALUES (1, 'a'), (2, 'b') RETURNING id`)).toEqual(await plain.query(`SELECT id FROM counter_probe ORDER BY id`));
    expect(await counted.query(`SELECT id, note FROM counter_probe WHERE id = $1`, [2])).toEqual(await plain.query(`SELECT id, note FROM counter_probe WHERE id = $1`, [2]));
    // UPDATE and DELETE: [rows, affected], as TypeORM gives them.
    expect(await counted.query(`UPDATE counter_probe SET note = 'c' WHERE id = 1 RETURNING id`)).toEqual(await plain.query(`UPDATE counter_probe SET note = 'c' WHERE id = 1 RETURNING id`));
    expect(await counted.query(`DELETE FROM counter_probe WHERE id = 99`)).toEqual([[], 0]);
    const refused = await counted.query(`INSERT INTO counter_probe VALUES (1, 'again')`).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(QueryFailedError);
    expect((refused as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('23505');
    expect(tally.statements).toBe(5);
  });

  it('keeps a transaction on its own connection', async () => {
    const tally = { statements: 0 };
    await db.ds.transaction(async (m) => {
      const counted = countingManager(m, tally);
      await counted.query(`INSERT INTO counter_probe VALUES (10, 'in a transaction')`);
      // Not visible outside until commit: the statement went through the transaction's connection.
      expect(await db.ds.query(`SELECT 1 FROM counter_probe WHERE id = 10`)).toEqual([]);
      expect(await counted.query(`SELECT note FROM counter_probe WHERE id = 10`)).toEqual([{ note: 'in a transaction' }]);
    });
    expect(tally.statements).toBe(2);
    expect(await db.ds.query(`SELECT note FROM counter_probe WHERE id = 10`)).toEqual([{ note: 'in a transaction' }]);
  });
});
