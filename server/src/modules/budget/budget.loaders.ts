import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../graphql/batch';
import type { Budget } from './budget.entity';
import { BudgetLedgerRepository } from './budget-ledger.repository';

export function budgetLoaders(db: EntityManager) {
  return {
    budgetById: new DataLoader<string, Budget | null>(async (ids) => byKey(ids, await BudgetLedgerRepository.findBudgetsByIds(db, ids), (b) => b.id)),
    budgetsByPlanId: new DataLoader<string, Budget[]>(async (ids) => groupByKey(ids, await BudgetLedgerRepository.findBudgetsByPlanIds(db, ids), (b) => b.planId)),
  };
}
