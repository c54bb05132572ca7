import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { createAllLoaders, type Loaders } from '../graphql/loaders';

// The naive server's loaders: each key is loaded on its own, through a loader set made for that key alone, and
// nothing is cached, which is what per-row field resolvers cost. The same batch functions and SQL run as in the
// real server, one key per statement, so the benchmark compares "the usual way" with the same code paths.
export function naiveLoaders(db: EntityManager): Loaders {
  const shape = createAllLoaders(db);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(shape)) {
    const fresh = () => (createAllLoaders(db) as Record<string, unknown>)[name];
    if (value instanceof DataLoader) {
      out[name] = oneKeyAtATime(() => fresh() as DataLoader<unknown, unknown>);
    } else if (typeof value === 'function') {
      out[name] = (...args: unknown[]) => oneKeyAtATime(() => (fresh() as (...a: unknown[]) => DataLoader<unknown, unknown>)(...args));
    } else out[name] = value;
  }
  return out as Loaders;
}

function oneKeyAtATime(fresh: () => DataLoader<unknown, unknown>): DataLoader<unknown, unknown> {
  return new DataLoader((keys) => Promise.all(keys.map((k) => fresh().load(k))), { batch: false, cache: false });
}
