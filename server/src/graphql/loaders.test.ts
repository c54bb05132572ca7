import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { createAllLoaders, createLoaders } from './loaders';

const db = {} as EntityManager;

describe('request loaders', () => {
  it('offer every loader that the eager set has, by the same names', () => {
    const lazy = createLoaders(db) as unknown as Record<string, unknown>;
    const names = Object.keys(createAllLoaders(db));
    expect(names.length).toBeGreaterThan(25);
    for (const name of names) expect(typeof lazy[name]).toBe(typeof (createAllLoaders(db) as Record<string, unknown>)[name]);
  });

  it('make a group only when one of its loaders is first read, then keep it for the request', () => {
    const loaders = createLoaders(db);
    const groups = (loaders as unknown as { groups: unknown[] }).groups;
    expect(groups.filter(Boolean)).toHaveLength(0);
    const first = loaders.offeringById;
    expect(first).toBeInstanceOf(DataLoader);
    expect(groups.filter(Boolean)).toHaveLength(1);
    expect(loaders.offeringById).toBe(first);
    void loaders.userById;
    expect(groups.filter(Boolean)).toHaveLength(2);
  });

  it('never share a loader (or its cache) between two requests', () => {
    expect(createLoaders(db).offeringById).not.toBe(createLoaders(db).offeringById);
  });
});
