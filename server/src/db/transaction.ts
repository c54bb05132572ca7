import type { RequestContext } from '../graphql/request-context';
import { pgCode, PG } from './sql';

// A mutation's unit of work: one transaction whose manager replaces ctx.db for everything inside it.
// Transient conflicts (serialization failures, deadlocks) are retried here and never reach the user.
export async function inTransaction<T>(
  ctx: RequestContext,
  work: (tx: RequestContext) => Promise<T>,
  options: { isolation?: 'READ COMMITTED' | 'REPEATABLE READ' | 'SERIALIZABLE'; retries?: number } = {},
): Promise<T> {
  if (ctx.db.queryRunner?.isTransactionActive) return work(ctx);
  const retries = options.retries ?? 5;
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.db.transaction(options.isolation ?? 'READ COMMITTED', (m) => work({ ...ctx, db: m }));
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
