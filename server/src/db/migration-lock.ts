import type { DataSource } from 'typeorm';

// Several API processes may start at once against one database (docker compose up, npm run cluster): each applies
// pending migrations, so they take turns under a session advisory lock held on the migrator's one connection. A
// standby would grant the lock and guard nothing (and cannot migrate anyway), so it is refused first. A session lock
// needs a session: the migrator connects directly (DATABASE_DIRECT_URL), never through a transaction pool.
// (The migrator has a pool of two: this connection holds the lock, the other runs the migrations.)
const MIGRATION_LOCK = 17_019;

export async function withMigrationLock<T>(migrator: DataSource, work: () => Promise<T>): Promise<T> {
  const runner = migrator.createQueryRunner();
  await runner.connect();
  try {
    const [r] = await runner.query(`SELECT pg_is_in_recovery() AS standby`);
    if (r.standby) throw new Error('DATABASE_URL (or DATABASE_DIRECT_URL) points at a standby: migrations need the primary');
    await runner.query(`SELECT pg_advisory_lock($1)`, [MIGRATION_LOCK]);
    try {
      return await work();
    } finally {
      await runner.query(`SELECT pg_advisory_unlock($1)`, [MIGRATION_LOCK]).catch(() => undefined);
    }
  } finally {
    await runner.release();
  }
}
