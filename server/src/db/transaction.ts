import type { EntityManager } from 'typeorm';
import type { RequestContext } from '../graphql/request-context';
import { countingManager } from './sql-counter';
import { pgCode, PG } from './sql';

// A mutation's unit of work: one transaction whose manager replaces ctx.db for everything inside it.
// Transient conflicts (serialization failures, deadlocks) are retried here and never reach the user.
export async function inTransaction<T>(
  ctx: RequestContext,
  work: (tx: RequestContext) => Promise<T>,
  options: { isolation?: 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE'; retries?: number } = {},
): Promise<T> {
  if (ctx.db.queryRunner?.isTransactionActive) return work(ctx);
  return retryTransient(
    () => ctx.db.transaction(options.isolation ?? 'READ COMMITTED', (m) => work({ ...ctx, db: ctx.sql ? countingManager(m, ctx.sql) : m })),
    options.retries ?? 5,
  );
}

/**
 * A unit of work that is a single statement, such as a call of one of the booking functions (request_booking,
 * move_booking), which do their whole transaction inside the database: it runs in autocommit, so it costs one round
 * trip and no BEGIN or COMMIT. Transient conflicts are retried as inTransaction retries them; inside a transaction
 * that is already open it runs once, and the transaction's owner retries.
 */
export function inOneStatement<T>(ctx: RequestContext, work: (db: EntityManager) => Promise<T>, options: { retries?: number } = {}): Promise<T> {
  if (ctx.db.queryRunner?.isTransactionActive) return work(ctx.db);
  return retryTransient(() => work(ctx.db), options.retries ?? 5);
}

/** Runs work again after a serialization failure or a deadlock, with a short randomised backoff, up to `retries` times. */
async function retryTransient<T>(work: () => Promise<T>, retries: number): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (e) {
      const code = pgCode(e);
      if (attempt < retries && (code === PG.serializationFailure || code === PG.deadlockDetected)) {
        await new Promise((r) => setTimeout(r, 2 ** attempt * 5 + Math.random() * 10));
        continue;
      }
      throw e;
    }
  }
}
