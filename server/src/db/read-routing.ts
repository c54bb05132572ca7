import type { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import type { Log } from '../common/logger';
import { isDatabaseUnavailable, pgCode, PG } from './sql';

// Which reads a hot-standby replica may serve, and the replicas themselves (issue 19). The primary is the default:
// a read goes to a replica only when its operation is listed here, so nothing new reaches a replica by accident.
// docs/scaling.md has this table in prose, with the reasons.
//
// Everything else stays on the primary: every mutation and everything in a transaction, every lock, the ledger,
// idempotency checks, authentication and sign-in throttles, the job queue, and what a signed-in person reads (which
// may be what they have just written: a provider's own offering, a person's own booking). A signed-in person's reads
// all go to the primary, so read-your-writes needs no "wrote lately" memory shared between API processes.

/**
 * Query fields a replica may answer, by who is asking:
 * - `anonymous`: only when nobody is signed in (public pages a signed-in provider or person may have just changed);
 * - `anyone`: also for signed-in viewers (aggregates and reference data that nobody reads their own writes in).
 * An operation goes to a replica only when every one of its root fields may.
 */
export const REPLICA_READS: Readonly<Record<string, 'anonymous' | 'anyone'>> = {
  offerings: 'anonymous', // search and its pages, the map's results
  offering: 'anonymous', // an offering's page, compare
  provider: 'anonymous', // a provider's page
  viewer: 'anonymous', // answers null without SQL when nobody is signed in (the web asks it beside page queries)
  categories: 'anyone', // reference data: the taxonomy
  localAuthorities: 'anyone',
  commissioningAuthorities: 'anyone',
  postcodeDistrict: 'anyone',
  // Commissioners' market views: aggregates, already cached for up to MARKET_CACHE_SECONDS.
  marketGaps: 'anyone',
  marketDiversity: 'anyone',
  marketPrices: 'anyone',
  marketTrends: 'anyone',
  marketDistricts: 'anyone',
  marketSupplyByOutcode: 'anyone',
  outcomesByCategory: 'anyone',
};

// Plain HTTP routes a replica serves (http/app.ts builds their context with route 'replica'): the Open Referral feed
// at /oruk (public) and commissioners' CSV exports at /exports (market views: aggregates).

/** Whether an operation (its type, its root field names, whether someone is signed in) may be read from a replica. */
export function mayReadFromReplica(operation: string, rootFields: string[], signedIn: boolean): boolean {
  if (operation !== 'query' || rootFields.length === 0) return false;
  return rootFields.every((f) => f === '__typename' || REPLICA_READS[f] === 'anyone' || (REPLICA_READS[f] === 'anonymous' && !signedIn));
}

export interface ReplicaStatus {
  name: string;
  healthy: boolean;
  lagSeconds: number | null;
  inRecovery: boolean | null;
  lastError: string | null;
}

const CHECK_EVERY_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

interface Member {
  ds: DataSource;
  name: string;
  healthy: boolean;
  lagSeconds: number | null;
  inRecovery: boolean | null;
  lastError: string | null;
  failures: number;
  timer: NodeJS.Timeout | null;
}

/**
 * The replicas, each checked every second on its own connection: its replay lag (zero when it has replayed all the
 * WAL it received) and whether it answers. A replica serves reads only while it answers and is at most maxLagSeconds
 * behind; after a failure it is checked again after 1, 2, 4 ... 30 s. A read that fails on a replica because it went
 * away (or was cancelled by a conflict with recovery) runs again on the primary and marks the replica down at once:
 * routed operations only read, so running one again is safe. With no healthy replica every read goes to the primary.
 */
export class ReplicaSet {
  private readonly members: Member[];
  private next = 0;
  private stopped = false;

  constructor(
    replicas: DataSource[],
    private readonly primary: DataSource,
    private readonly maxLagSeconds: number,
    private readonly log: Log,
  ) {
    this.members = replicas.map((ds, i) => ({ ds, name: `replica${i + 1}`, healthy: false, lagSeconds: null, inRecovery: null, lastError: null, failures: 0, timer: null }));
  }

  get size(): number {
    return this.members.length;
  }

  /** Checks each replica once (so the first requests can use them), then keeps checking in the background. */
  async start(): Promise<void> {
    await Promise.all(this.members.map((m) => this.check(m)));
  }

  status(): ReplicaStatus[] {
    return this.members.map(({ name, healthy, lagSeconds, inRecovery, lastError }) => ({ name, healthy, lagSeconds, inRecovery, lastError }));
  }

  /**
   * A manager for a routed read: a healthy replica's, round robin, falling back to the primary's for a statement the
   * replica cannot answer; the primary's when no replica is healthy.
   */
  readManager(): { manager: EntityManager; servedBy: 'replica' | 'primary' } {
    const n = this.members.length;
    for (let i = 0; i < n; i++) {
      const m = this.members[(this.next + i) % n];
      if (m.healthy && m.ds.isInitialized) {
        this.next = (this.next + i + 1) % n;
        return { manager: this.withFallback(m), servedBy: 'replica' };
      }
    }
    return { manager: this.primary.manager, servedBy: 'primary' };
  }

  private withFallback(m: Member): EntityManager {
    const manager = Object.create(m.ds.manager) as EntityManager;
    manager.query = async <T>(query: string, parameters?: unknown[]): Promise<T> => {
      try {
        return await m.ds.manager.query<T>(query, parameters);
      } catch (e) {
        // 40001 on a standby: cancelled by a conflict with recovery (the rows it read were vacuumed away upstream).
        if (!isDatabaseUnavailable(e) && pgCode(e) !== PG.serializationFailure) throw e;
        this.markDown(m, e);
        return this.primary.manager.query<T>(query, parameters);
      }
    };
    return manager;
  }

  private markDown(m: Member, e: unknown): void {
    if (!m.healthy) return;
    m.healthy = false;
    m.lastError = e instanceof Error ? e.message : String(e);
    this.log.warn('replica.down', { replica: m.name, reason: m.lastError });
    this.schedule(m, this.backoff(m));
  }

  private backoff(m: Member): number {
    return Math.min(MAX_BACKOFF_MS, CHECK_EVERY_MS * 2 ** Math.min(m.failures, 5));
  }

  private schedule(m: Member, ms: number): void {
    if (this.stopped) return;
    if (m.timer) clearTimeout(m.timer);
    m.timer = setTimeout(() => void this.check(m), ms);
    m.timer.unref();
  }

  private async check(m: Member): Promise<void> {
    let wait = CHECK_EVERY_MS;
    try {
      if (!m.ds.isInitialized) await m.ds.initialize();
      // Lag: none when everything received has been replayed (an idle primary is not lag), else the age of the last
      // transaction replayed. pg_is_in_recovery() is false once the replica has been promoted: it still serves.
      const [r] = await m.ds.query(
        `SELECT pg_is_in_recovery() AS standby,
                CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() THEN 0
                     ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 0) END::float8 AS lag`,
      );
      m.inRecovery = r.standby;
      m.lagSeconds = Number(r.lag);
      const fresh = m.lagSeconds <= this.maxLagSeconds;
      if (fresh !== m.healthy) this.log.info(fresh ? 'replica.up' : 'replica.lagging', { replica: m.name, lagSeconds: m.lagSeconds });
      m.healthy = fresh;
      m.lastError = fresh ? null : `${m.lagSeconds.toFixed(1)} s behind`;
      m.failures = 0;
    } catch (e) {
      if (m.healthy) this.log.warn('replica.down', { replica: m.name, reason: e instanceof Error ? e.message : String(e) });
      m.healthy = false;
      m.lastError = e instanceof Error ? e.message : String(e);
      wait = this.backoff(m);
      m.failures++;
    }
    this.schedule(m, wait);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const m of this.members) if (m.timer) clearTimeout(m.timer);
    await Promise.all(this.members.map((m) => (m.ds.isInitialized ? m.ds.destroy().catch(() => undefined) : undefined)));
  }
}

/**
 * Takes a transaction-scoped advisory lock, refusing on a standby: there pg_advisory_xact_lock succeeds but locks
 * nothing another server can see, so a lock taken through a misrouted connection would guard nothing. Transaction
 * scoped only: a session lock would outlive the transaction on a PgBouncer (transaction pooling) server connection.
 */
export async function advisoryXactLock(db: EntityManager, keySql: string, params: unknown[]): Promise<void> {
  const [r] = await db.query(`SELECT pg_is_in_recovery() AS standby, pg_advisory_xact_lock(${keySql}) IS NULL AS locked`, params);
  if (r.standby) throw new AppError('SERVICE_UNAVAILABLE', 'The database is read-only at the moment (a standby answered for the primary).');
}
