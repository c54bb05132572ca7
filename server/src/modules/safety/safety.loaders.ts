import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { groupByKey } from '../../graphql/batch';
import { ConcernRepository } from './concern.repository';

export function safetyLoaders(db: EntityManager) {
  return {
    concernStepsByConcernId: new DataLoader(async (ids: readonly string[]) => groupByKey(ids, await ConcernRepository.stepsOf(db, ids), (s) => s.concernId)),
  };
}
