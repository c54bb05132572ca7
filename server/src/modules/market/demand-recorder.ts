import type { DataSource } from 'typeorm';
import type { Log } from '../../common/logger';
import type { SearchSignal, SearchSignalSink } from '../catalogue/search-signal';
import { MarketRepository } from './market.repository';

// Records what people search for (catalogue's search signals), with no personal data, off the request's path: events
// are buffered and written in batches (one INSERT per second at most), so a search costs no extra SQL statement or
// latency.

const MAX_BUFFER = 10_000;

export class DemandRecorder implements SearchSignalSink {
  private buffer: (SearchSignal & { at: Date })[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly ds: DataSource,
    private readonly log: Log,
    private readonly delayMs = 1000,
  ) {}

  record(signal: SearchSignal): void {
    if (this.buffer.length >= MAX_BUFFER) return; // shed load rather than grow without bound
    this.buffer.push({ ...signal, at: new Date() });
    if (!this.timer) {
      // On its own manager, outside any request's SQL tally: the write is not the request's work.
      this.timer = setTimeout(() => void this.flush(), this.delayMs);
      this.timer.unref();
    }
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
        await MarketRepository.insertSearchEvents(
          this.ds.manager,
          batch.map((e) => ({ la: e.localAuthorityCode, categoryIds: e.categoryIds, filters: e.filters, results: e.results, hasMore: e.hasMore, at: e.at })),
        );
      } catch (e) {
        this.log.error('demand.flush_failed', { events: batch.length, message: (e as Error).message });
      }
    });
    return this.flushing;
  }
}
