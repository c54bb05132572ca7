import type { EntityManager } from 'typeorm';
import { accountLoaders } from '../modules/account/account.loaders';
import { budgetLoaders } from '../modules/budget/budget.loaders';
import { planLoaders } from '../modules/plan/plan.loaders';
import { catalogueLoaders } from '../modules/catalogue/catalogue.loaders';
import { providerLoaders } from '../modules/provider/provider.loaders';
import { naiveLoaders } from './naive-loaders';

// Made fresh for every request (a loader's cache must never outlive its request or cross users).
export function createLoaders(db: EntityManager, options: { disabled?: boolean } = {}) {
  const loaders = { ...accountLoaders(db), ...providerLoaders(db), ...catalogueLoaders(db), ...budgetLoaders(db), ...planLoaders(db) };
  return options.disabled ? naiveLoaders(loaders) : loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;
