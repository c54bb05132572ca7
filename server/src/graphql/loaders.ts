import type { EntityManager } from 'typeorm';
import { accountLoaders } from '../modules/account/account.loaders';
import { bookingLoaders } from '../modules/booking/booking.loaders';
import { budgetLoaders } from '../modules/budget/budget.loaders';
import { planLoaders } from '../modules/plan/plan.loaders';
import { catalogueLoaders } from '../modules/catalogue/catalogue.loaders';
import { providerLoaders } from '../modules/provider/provider.loaders';
import { allocationLoaders } from '../modules/allocation/allocation.loaders';
import { outcomeLoaders } from '../modules/outcome/outcome.loaders';
import { messageLoaders } from '../modules/message/message.loaders';
import { supporterLoaders } from '../modules/supporter/supporter.loaders';
import { safetyLoaders } from '../modules/safety/safety.loaders';

const GROUPS = [accountLoaders, providerLoaders, catalogueLoaders, budgetLoaders, planLoaders, bookingLoaders, allocationLoaders, outcomeLoaders, messageLoaders, supporterLoaders, safetyLoaders] as const;

/** Every loader made at once (the benchmark's naive server walks them all). */
export function createAllLoaders(db: EntityManager) {
  return { ...accountLoaders(db), ...providerLoaders(db), ...catalogueLoaders(db), ...budgetLoaders(db), ...planLoaders(db), ...bookingLoaders(db), ...allocationLoaders(db), ...outcomeLoaders(db), ...messageLoaders(db), ...supporterLoaders(db), ...safetyLoaders(db) };
}

export type Loaders = ReturnType<typeof createAllLoaders>;

// Made fresh for every request (a loader's cache must never outlive its request or cross users), but lazily: a
// module's loaders are made the first time the request reads one of them. A search reads two of the eleven groups, so
// it no longer builds some thirty DataLoaders (each with its cache and closures) that it never uses (issue 20). The
// getters are defined once, on a prototype, from which group each loader name comes.
class LazyLoaders {
  readonly groups: Array<Record<string, unknown> | undefined> = [];
  constructor(readonly db: EntityManager) {}
}
GROUPS.forEach((make, i) => {
  for (const name of Object.keys(make({} as EntityManager))) {
    if (name in LazyLoaders.prototype) throw new Error(`Two loader groups both define "${name}"`);
    Object.defineProperty(LazyLoaders.prototype, name, {
      enumerable: true,
      get(this: LazyLoaders) {
        return (this.groups[i] ??= make(this.db) as Record<string, unknown>)[name];
      },
    });
  }
});

export function createLoaders(db: EntityManager): Loaders {
  return new LazyLoaders(db) as unknown as Loaders;
}
