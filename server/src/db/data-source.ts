import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CountingLogger } from './sql-counter';
import { Foundation1764000000000 } from './migrations/1764000000000-foundation';
import { PeopleAndBudgets1764100000000 } from './migrations/1764100000000-people-and-budgets';
import { ResourceAllocation1764200000000 } from './migrations/1764200000000-resource-allocation';
import { OutcomeHistory1764210000000 } from './migrations/1764210000000-outcome-history';
import { Bookings1764300000000 } from './migrations/1764300000000-bookings';
import { MarketSignals1764400000000 } from './migrations/1764400000000-market-signals';
import { NationalScale1764500000000 } from './migrations/1764500000000-national-scale';
import { BookingInOneStatement1764600000000 } from './migrations/1764600000000-booking-in-one-statement';
import { OfferingReach1764610000000 } from './migrations/1764610000000-offering-reach';
import { DatabaseFunctionsFromSource1764650000000 } from './migrations/1764650000000-database-functions-from-source';
import { SignInThrottle1764700000000 } from './migrations/1764700000000-sign-in-throttle';
import { FundingAuthority1764700000001 } from './migrations/1764700000001-funding-authority';
import { AdjustmentIdempotency1764700000002 } from './migrations/1764700000002-adjustment-idempotency';
import { ContactDetails1764800000000 } from './migrations/1764800000000-contact-details';
import { Conversations1764800010000 } from './migrations/1764800010000-conversations';
import { Notifications1764800020000 } from './migrations/1764800020000-notifications';
import { CommissioningAuthorities1764900000000 } from './migrations/1764900000000-commissioning-authorities';
import { OpenReferral1765000000000 } from './migrations/1765000000000-open-referral';
import { Supporters1765100000000 } from './migrations/1765100000000-supporters';
import { AccountRights1765200000000 } from './migrations/1765200000000-account-rights';
import { BookingsWithoutBudget1765300000000 } from './migrations/1765300000000-bookings-without-budget';
import { Safety1765400000000 } from './migrations/1765400000000-safety';
import { ReviewsSafetyConsole1765500000000 } from './migrations/1765500000000-reviews-safety-console';
import { syncFunctionSources } from './functions';
import { installJobQueue } from '../modules/notification/delivery/job-queue';

// One data source definition for the app, the CLIs and the tests. Migrations are listed explicitly (no globs), so
// the same list works from TypeScript sources and compiled output. Never `synchronize`.
export const MIGRATIONS = [
  Foundation1764000000000,
  PeopleAndBudgets1764100000000,
  ResourceAllocation1764200000000,
  OutcomeHistory1764210000000,
  Bookings1764300000000,
  MarketSignals1764400000000,
  NationalScale1764500000000,
  BookingInOneStatement1764600000000,
  OfferingReach1764610000000,
  DatabaseFunctionsFromSource1764650000000,
  SignInThrottle1764700000000,
  FundingAuthority1764700000001,
  AdjustmentIdempotency1764700000002,
  ContactDetails1764800000000,
  Conversations1764800010000,
  Notifications1764800020000,
  CommissioningAuthorities1764900000000,
  OpenReferral1765000000000,
  Supporters1765100000000,
  AccountRights1765200000000,
  BookingsWithoutBudget1765300000000,
  Safety1765400000000,
  ReviewsSafetyConsole1765500000000,
];

/**
 * Session settings for an API of many short statements (measured by npm run bench at national scale): no JIT, which
 * compiles any statement priced above jit_above_cost (rare fallback plans included) and adds 40+ ms to queries that
 * run in a few; no parallel workers, whose start-up costs milliseconds even when a one-time filter leaves them idle,
 * and which only take cores from concurrent requests.
 */
export const SESSION_OPTIONS = '-c jit=off -c max_parallel_workers_per_gather=0';

export interface DataSourceOptions {
  poolSize?: number;
  applicationName?: string;
  /** PostgreSQL's statement_timeout for every statement; 0: none (bulk loads, migrations). */
  statementTimeoutMs?: number;
  /** Giving up on getting a connection (a new one, or one from a full pool). */
  connectTimeoutMs?: number;
  /**
   * `false` is for bulk loads (the seeder): the database's notification triggers write nothing for these sessions
   * (see migration 1764800020000), so loading a market's history emails nobody.
   */
  notifications?: boolean;
}

export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  const statementTimeout = options.statementTimeoutMs ?? 30_000;
  return new DataSource({
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    entities: [],
    logging: ['query', 'error', 'migration', 'warn'],
    logger: new CountingLogger(process.env.SQL_ECHO === '1'),
    extra: {
      max: options.poolSize ?? 20,
      application_name: options.applicationName ?? 'support-market',
      // A statement that runs away is cut off rather than holding a connection for ever (bulk loads pass 0: none).
      statement_timeout: statementTimeout,
      // statement_timeout is kept by the server, so a frozen or unreachable server never enforces it: the client
      // gives up a little later on its own (pg's query_timeout), and the request answers SERVICE_UNAVAILABLE
      // instead of hanging (issue 13, finding 9).
      ...(statementTimeout > 0 ? { query_timeout: statementTimeout + 1_000 } : {}),
      connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
      // Dead peers (a machine gone, a network cut) are noticed by TCP keepalive rather than never.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      options: options.notifications === false ? `${SESSION_OPTIONS} -c support_market.notifications=off` : SESSION_OPTIONS,
    },
  });
}

/**
 * The versioned migrations, then any database function whose source (db/functions/*.sql) changed, then
 * graphile-worker's own schema (its migrations are its business, run by its own code).
 */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const done = await ds.runMigrations({ transaction: 'each' });
  const functions = await syncFunctionSources(ds);
  await installJobQueue(connectionStringOf(ds));
  return [...done.map((m) => m.name), ...functions.map((f) => `functions/${f}`)];
}

export function connectionStringOf(ds: DataSource): string {
  return (ds.options as { url?: string }).url!;
}
