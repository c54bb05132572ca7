import type { Pool } from 'pg';
import { QueryFailedError, type EntityManager, type Logger, type QueryRunner } from 'typeorm';

// Counts SQL statements per request, so tests and benchmarks can prove that a query's statement count does not
// grow with the size of its result, and request logs can show it. Each request's context carries its own tally and
// a manager that adds to it (countingManager); transactions opened through inTransaction count the same way.
// (An AsyncLocalStorage did this before: on Node 20 it installs promise hooks that cost every promise of every
// request, measured at about a twentieth of the API's CPU on a 100-result search.)
export interface SqlTally {
  statements: number;
}

/** The same manager, counting each statement it sends (BEGIN and COMMIT go through the query runner: not counted). */
export function countingManager(base: EntityManager, tally: SqlTally): EntityManager {
  const counted = Object.create(base) as EntityManager;
  const direct = base.queryRunner ? null : directQuery(base);
  counted.query = <T>(query: string, parameters?: unknown[]) => {
    tally.statements += 1;
    return direct ? (direct(query, parameters) as Promise<T>) : base.query<T>(query, parameters);
  };
  return counted;
}

/**
 * A statement outside a transaction, straight to the data source's pg pool: what EntityManager.query does (the same
 * pool, so the same statement and query time limits; the same answer: the rows, or [rows, count] for UPDATE and
 * DELETE; the same QueryFailedError; the same logging) without a query runner object, its subscriber broadcasts and
 * their promises for every statement. Measured on a 20-result search page: about 0.6 ms of CPU less a statement
 * (issue 20). Statements in a transaction keep the transaction's own query runner and connection.
 */
function directQuery(base: EntityManager): ((query: string, parameters?: unknown[]) => Promise<unknown>) | null {
  const { driver, logger } = base.connection;
  const pool = (driver as unknown as { master?: { query?: unknown } }).master;
  if (driver.options.type !== 'postgres' || typeof pool?.query !== 'function') return null;
  const pg = pool as Pick<Pool, 'query'>;
  return async (query, parameters) => {
    logger.logQuery(query, parameters);
    try {
      const raw = await pg.query(query, parameters as unknown[]);
      return raw.command === 'UPDATE' || raw.command === 'DELETE' ? [raw.rows, raw.rowCount] : raw.rows;
    } catch (e) {
      logger.logQueryError(e as Error, query, parameters);
      throw new QueryFailedError(query, parameters, e as Error);
    }
  };
}

export class CountingLogger implements Logger {
  constructor(private readonly echo: boolean = false) {}
  logQuery(query: string): void {
    if (this.echo) console.log(`[sql] ${query}`);
  }
  logQueryError(error: string | Error, query: string, _params?: unknown[], _qr?: QueryRunner): void {
    if (this.echo) console.error(`[sql error] ${error instanceof Error ? error.message : error} in ${query}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (process.env.NODE_ENV !== 'test') console.log(`[migration] ${message}`);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
