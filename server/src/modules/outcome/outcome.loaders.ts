import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { groupByKey } from '../../graphql/batch';
import type { GoalScore, WellbeingCheck } from './outcome.entity';
import { OutcomeRepository } from './outcome.repository';

/** History shown per goal and per plan: the newest this many, oldest first. */
export const HISTORY_LIMIT = 100;

export function outcomeLoaders(db: EntityManager) {
  return {
    goalScoresByGoalId: new DataLoader<string, GoalScore[]>(async (ids) =>
      groupByKey(ids, await OutcomeRepository.findScoresByGoalIds(db, ids, HISTORY_LIMIT), (s) => s.goalId),
    ),
    wellbeingChecksByPlanId: new DataLoader<string, WellbeingCheck[]>(async (ids) =>
      groupByKey(ids, await OutcomeRepository.findChecksByPlanIds(db, ids, HISTORY_LIMIT), (c) => c.planId),
    ),
  };
}
