import type { EntityManager, Logger, QueryRunner } from 'typeorm';

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
  counted.query = <T>(query: string, parameters?: unknown[]) => {
    tally.statements += 1;
    return base.query<T>(query, parameters);
  };
  return counted;
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
