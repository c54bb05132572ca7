import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { byKey } from '../../graphql/batch';
import type { SupportPlan } from './plan.entity';
import { PlanRepository } from './plan.repository';

export function planLoaders(db: EntityManager) {
  return {
    planById: new DataLoader<string, SupportPlan | null>(async (ids) => byKey(ids, await PlanRepository.findByIds(db, ids), (p) => p.id)),
  };
}
