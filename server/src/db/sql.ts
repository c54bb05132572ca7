import type { EntityManager } from 'typeorm';

// TypeORM's postgres driver answers UPDATE/DELETE ... RETURNING with [rows, affected] and SELECT with rows.
// Repositories use these two helpers so every statement reads the same way.
export async function rows<T>(db: EntityManager, text: string, params: unknown[] = []): Promise<T[]> {
  const r = await db.query(text, params);
  if (Array.isArray(r) && r.length === 2 && Array.isArray(r[0]) && typeof r[1] === 'number') return r[0] as T[];
  return r as T[];
}

export async function one<T>(db: EntityManager, text: string, params: unknown[] = []): Promise<T | null> {
  const r = await rows<T>(db, text, params);
  return r[0] ?? null;
}

/** Collects a statement's parameters as it is built: add() returns the placeholder ($1, $2::int, ...). */
export class Params {
  readonly values: unknown[] = [];
  add(v: unknown, cast = ''): string {
    this.values.push(v);
    return `$${this.values.length}${cast}`;
  }
}

/**
 * Another table's columns beside a query's own, renamed with a prefix so no name clashes: prefixed('id, name', 'pr',
 * 'pr_') is "pr.id AS pr_id, pr.name AS pr_name". `unprefixed` takes them back out of a row.
 */
export function prefixed(columns: string, alias: string, prefix: string): string {
  return columns
    .split(',')
    .map((c) => c.trim().replace(/^\w+\./, ''))
    .map((c) => `${alias}.${c} AS ${prefix}${c}`)
    .join(', ');
}

export function unprefixed<T>(row: Record<string, unknown>, prefix: string): T {
  const out: Record<string, unknown> = {};
  for (const key in row) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = row[key];
  return out as T;
}

/** Every PostgreSQL error code (SQLSTATE) the code reacts to, in one place. */
export const PG = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  exclusionViolation: '23P01',
  invalidTextRepresentation: '22P02',
  numericValueOutOfRange: '22003',
  stringDataRightTruncation: '22001',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

/** Codes that mean the input was refused by a constraint or a type (the caller's mistake, never a fault). */
export const PG_BAD_INPUT: readonly string[] = [PG.checkViolation, PG.foreignKeyViolation, PG.invalidTextRepresentation, PG.numericValueOutOfRange, PG.stringDataRightTruncation];

export function pgCode(e: unknown): string | undefined {
  const err = e as { code?: unknown; driverError?: { code?: unknown } };
  const code = err?.driverError?.code ?? err?.code;
  return typeof code === 'string' ? code : undefined;
}

// SQLSTATEs that say the database is not there for us right now (not that the request was wrong): connection
// exceptions (class 08), shutdown and start-up (57P01-57P03), too many connections, and a statement cancelled by
// statement_timeout (57014), and a write that reached a read-only standby (25006: the primary address points at a
// server being promoted or demoted during a failover). The same request may well succeed a moment later.
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '57014', '53300', '53400', '25006']);
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|not queryable|Connection is not established|Client was closed|terminating connection|the database system is (starting up|shutting down|in recovery mode)|Cannot use a pool after calling end/i;

/** True when an error means the database is unreachable, restarting, frozen or out of time: retryable as a whole. */
export function isDatabaseUnavailable(e: unknown): boolean {
  const code = pgCode(e);
  if (code && (code.startsWith('08') || UNAVAILABLE_CODES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
  const err = e as { message?: unknown; driverError?: { message?: unknown } };
  const messages = [err?.message, err?.driverError?.message].filter((m): m is string => typeof m === 'string');
  return messages.some((m) => UNAVAILABLE_MESSAGES.test(m));
}
