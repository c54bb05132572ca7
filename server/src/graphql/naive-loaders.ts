import DataLoader from 'dataloader';

// Benchmark-only (BENCH_DISABLE_DATALOADERS): every loader answers one key per batch and caches nothing, which
// is what per-row field resolvers cost. Lets the benchmark compare "the usual way" with the same code paths.
export function naiveLoaders<T extends Record<string, unknown>>(loaders: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(loaders)) {
    if (value instanceof DataLoader) {
      const inner = value as DataLoader<unknown, unknown>;
      out[name] = unbatched(inner);
    } else if (typeof value === 'function') {
      out[name] = (...args: unknown[]) => unbatched((value as (...a: unknown[]) => DataLoader<unknown, unknown>)(...args));
    } else out[name] = value;
  }
  return out as T;
}

function unbatched(inner: DataLoader<unknown, unknown>): DataLoader<unknown, unknown> {
  // Reach the batch function through a fresh single-key load each time.
  const batchFn = (inner as unknown as { _batchLoadFn: (keys: readonly unknown[]) => Promise<unknown[]> })._batchLoadFn;
  return new DataLoader((keys) => Promise.all(keys.map(async (k) => (await batchFn([k]))[0])), { batch: false, cache: false });
}
