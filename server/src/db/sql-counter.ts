import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

// Counts SQL statements per request, so tests and benchmarks can prove that a query's statement count does not
// grow with the size of its result. The store is per request (AsyncLocalStorage), never shared.
export interface SqlTally {
  statements: number;
}
export const sqlTally = new AsyncLocalStorage<SqlTally>();

export class CountingLogger implements Logger {
  constructor(private readonly echo: boolean = false) {}
  logQuery(query: string): void {
    const tally = sqlTally.getStore();
    if (tally && !/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE SAVEPOINT)/i.test(query)) {
      tally.statements += 1;
    }
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
