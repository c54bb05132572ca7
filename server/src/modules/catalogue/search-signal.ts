// What a search tells the market about demand, with no personal data: the area, the kinds of support asked for,
// which filters were used (never their values) and how many results came back. Catalogue owns this interface and
// only emits; the composition root wires whoever listens (market's DemandRecorder), so catalogue does not depend on
// market.
export interface SearchSignal {
  localAuthorityCode: string;
  categoryIds: string[];
  /** Names of the filters used, never their values (free text is not kept). */
  filters: string[];
  results: number;
  hasMore: boolean;
}

export interface SearchSignalSink {
  /**
   * Must not block or fail the search: buffer, and write off the request's path. `client` is the caller's rate-limit
   * key (a signed address), so one client's repeated searches can be counted once.
   */
  record(signal: SearchSignal, client?: string): void;
}
