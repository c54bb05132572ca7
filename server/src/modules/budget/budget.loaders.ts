import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../graphql/batch';
import type { Budget, StatementLine } from './budget.entity';
import { BudgetLedgerRepository } from './budget-ledger.repository';

export function budgetLoaders(db: EntityManager) {
  const statementPages = new Map<string, DataLoader<string, StatementLine[]>>();
  return {
    budgetById: new DataLoader<string, Budget | null>(async (ids) => byKey(ids, await BudgetLedgerRepository.findBudgetsByIds(db, ids), (b) => b.id)),
    budgetsByPlanId: new DataLoader<string, Budget[]>(async (ids) => groupByKey(ids, await BudgetLedgerRepository.findBudgetsByPlanIds(db, ids), (b) => b.planId)),
    /** One loader per page request (size and cursor), so budgets asking for the same page batch together. */
    statementLinesByBudgetId(limit: number, afterId: string | null): DataLoader<string, StatementLine[]> {
      const key = `${limit}/${afterId ?? ''}`;
      let loader = statementPages.get(key);
      if (!loader) {
        loader = new DataLoader<string, StatementLine[]>(async (ids) =>
          groupByKey(ids, await BudgetLedgerRepository.findStatementLines(db, ids, afterId, limit), (l) => l.budgetId),
        );
        statementPages.set(key, loader);
      }
      return loader;
    },
  };
}
