import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { addHits } from '../../db/throttle';
import type { Log } from '../../common/logger';
import type { SearchSignal, SearchSignalSink } from '../catalogue/search-signal';
import { MarketRepository } from './market.repository';

// Records what people search for (catalogue's search signals), with no personal data, off the request's path: events
// are buffered and written in batches (one INSERT per second at most), so a search costs no extra SQL statement or
// latency.

const MAX_BUFFER = 10_000;
/**
 * A search naming more kinds of support than this is no evidence of demand for any one of them (naming all 18 is how
 * an attacker inflates every category at once): it is recorded as a search for no particular kind.
 */
export const MAX_CATEGORIES_PER_SIGNAL = 3;
/** The same client repeating the same search in the same area counts once in this long. */
const REPEAT_WINDOW_MS = 60 * 60 * 1000;
/** At most this many search signals per client per window (a person browsing makes far fewer). */
const MAX_SIGNALS_PER_CLIENT = 30;
const MAX_TRACKED = 50_000;

export class DemandRecorder implements SearchSignalSink {
  private buffer: (SearchSignal & { at: Date; client: string; same: string })[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly ds: DataSource,
    private readonly log: Log,
    private readonly delayMs = 1000,
  ) {}

  // Per-client memory for the limits below: which searches each client made lately and how many signals it gave.
  // Held in this process (never linked to a search), and forgotten after REPEAT_WINDOW_MS. It is only a first
  // filter: with several API processes a client's searches reach all of them, so each flush also counts into shared
  // counters in PostgreSQL (the throttle table, under hashed keys) and drops what those say is over the limits.
  private readonly seen = new Map<string, number>();
  private readonly perClient = new Map<string, { since: number; n: number }>();

  /** `client`: the rate-limit identity of the caller (see http/client-address.ts); used for the limits only. */
  record(signal: SearchSignal, client = 'local'): void {
    if (this.buffer.length >= MAX_BUFFER) return; // shed load rather than grow without bound
    const now = Date.now();
    const categoryIds = signal.categoryIds.length > MAX_CATEGORIES_PER_SIGNAL ? [] : [...signal.categoryIds].sort();
    if (this.seen.size > MAX_TRACKED || this.perClient.size > MAX_TRACKED) this.forget(now);
    const same = `${client}|${signal.localAuthorityCode}|${categoryIds.join(',')}|${signal.results === 0}`;
    const last = this.seen.get(same);
    if (last !== undefined && now - last < REPEAT_WINDOW_MS) return;
    const count = this.perClient.get(client);
    if (count && now - count.since < REPEAT_WINDOW_MS && count.n >= MAX_SIGNALS_PER_CLIENT) return;
    this.seen.set(same, now);
    if (!count || now - count.since >= REPEAT_WINDOW_MS) this.perClient.set(client, { since: now, n: 1 });
    else count.n++;
    this.buffer.push({ ...signal, categoryIds, at: new Date(now), client, same });
    if (!this.timer) {
      // On its own manager, outside any request's SQL tally: the write is not the request's work.
      this.timer = setTimeout(() => void this.flush(), this.delayMs);
      this.timer.unref();
    }
  }

  private forget(now: number): void {
    for (const [k, at] of this.seen) if (now - at >= REPEAT_WINDOW_MS) this.seen.delete(k);
    for (const [k, c] of this.perClient) if (now - c.since >= REPEAT_WINDOW_MS) this.perClient.delete(k);
    // Still too many (a flood of distinct clients): start again rather than grow without bound.
    if (this.seen.size > MAX_TRACKED) this.seen.clear();
    if (this.perClient.size > MAX_TRACKED) this.perClient.clear();
  }

  /** Writes everything buffered so far (also called on shutdown and by tests). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.buffer;
    this.buffer = [];
    this.flushing = this.flushing.then(async () => {
      if (batch.length === 0 || !this.ds.isInitialized) return;
      try {
        const kept = await this.withinSharedLimits(batch);
        if (kept.length === 0) return;
        await MarketRepository.insertSearchEvents(
          this.ds.manager,
          kept.map((e) => ({ la: e.localAuthorityCode, categoryIds: e.categoryIds, filters: e.filters, results: e.results, hasMore: e.hasMore, at: e.at })),
        );
      } catch (e) {
        this.log.error('demand.flush_failed', { events: batch.length, message: (e as Error).message });
      }
    });
    return this.flushing;
  }

  /**
   * The limits above, counted across every API process: a repeated search counts once per window and a client gives
   * at most MAX_SIGNALS_PER_CLIENT signals per window, whichever process saw them. Keys are hashes: the table never
   * holds a client's address or what it searched for.
   */
  private async withinSharedLimits<T extends { client: string; same: string }>(batch: T[]): Promise<T[]> {
    const hash = (kind: string, v: string) => `demand-${kind}:${createHash('sha256').update(v).digest('base64url').slice(0, 22)}`;
    const counts = new Map<string, number>();
    for (const e of batch) {
      for (const k of [hash('search', e.same), hash('client', e.client)]) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const totals = await addHits(this.ds.manager, counts, REPEAT_WINDOW_MS / 1000);
    // What other processes (and earlier flushes) had counted before this batch: the total less this batch's own.
    const before = (k: string) => (totals.get(k) ?? 0) - (counts.get(k) ?? 0);
    const seenNow = new Set<string>();
    const givenNow = new Map<string, number>();
    return batch.filter((e) => {
      const search = hash('search', e.same);
      const client = hash('client', e.client);
      if (before(search) > 0 || seenNow.has(search)) return false;
      const given = before(client) + (givenNow.get(client) ?? 0);
      if (given >= MAX_SIGNALS_PER_CLIENT) return false;
      seenNow.add(search);
      givenNow.set(client, (givenNow.get(client) ?? 0) + 1);
      return true;
    });
  }
}
