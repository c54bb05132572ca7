import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey, groupByKey } from '../../graphql/batch';
import type { Goal, SupportPlan } from './plan.entity';
import { PlanRepository } from './plan.repository';
import type { StayingSafe } from './staying-safe.entity';

export function planLoaders(db: EntityManager) {
  return {
    planById: new DataLoader<string, SupportPlan | null>(async (ids) => byKey(ids, await PlanRepository.findByIds(db, ids), (p) => p.id)),
    goalById: new DataLoader<string, Goal | null>(async (ids) => byKey(ids, await PlanRepository.findGoalsByIds(db, ids), (g) => g.id)),
    goalsByPlanId: new DataLoader<string, Goal[]>(async (ids) => groupByKey(ids, await PlanRepository.findGoalsByPlanIds(db, ids), (g) => g.planId)),
    stayingSafeByPlanId: new DataLoader<string, StayingSafe | null>(async (ids) => byKey(ids, await PlanRepository.findStayingSafeByPlanIds(db, ids), (s) => s.planId)),
    /** Category ids of the kinds of support each plan needs. */
    needsByPlanId: new DataLoader<string, string[]>(async (ids) =>
      groupByKey(ids, await PlanRepository.findNeedsByPlanIds(db, ids), (n) => n.planId).map((list) => list.map((n) => n.categoryId)),
    ),
  };
}
