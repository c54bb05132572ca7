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

// Made fresh for every request (a loader's cache must never outlive its request or cross users).
export function createLoaders(db: EntityManager) {
  return { ...accountLoaders(db), ...providerLoaders(db), ...catalogueLoaders(db), ...budgetLoaders(db), ...planLoaders(db), ...bookingLoaders(db), ...allocationLoaders(db), ...outcomeLoaders(db), ...messageLoaders(db), ...supporterLoaders(db), ...safetyLoaders(db) };
}

export type Loaders = ReturnType<typeof createLoaders>;
