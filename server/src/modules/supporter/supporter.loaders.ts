import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { groupByKey } from '../../graphql/batch';
import type { Role } from '../account/role';
import type { Supporter, SupporterAccess } from './supporter.entity';
import { SupporterRepository } from './supporter.repository';

/** The key of supporterAccessByUserPlan. */
export const userPlanKey = (userId: string, planId: string) => `${userId}:${planId}`;

export function supporterLoaders(db: EntityManager) {
  return {
    /** An ACTIVE supporter's access to a plan, keyed userPlanKey(user, plan); null when they have none. */
    supporterAccessByUserPlan: new DataLoader<string, SupporterAccess | null>(async (keys) => {
      const pairs = keys.map((k) => {
        const [userId, planId] = k.split(':');
        return { userId, planId };
      });
      const found = await SupporterRepository.findActiveAccess(db, pairs);
      const byKey = new Map(found.map((f) => [userPlanKey(f.userId, f.planId), f.access]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
    supportersByPlanId: new DataLoader<string, Supporter[]>(async (ids) => groupByKey(ids, await SupporterRepository.findByPlanIds(db, ids), (s) => s.planId)),
    /** Writes, batched: the plans read in this request by readers other than their person (see PlanService.readable). */
    planReadRecorder: new DataLoader<string, true>(async (keys) => {
      await SupporterRepository.recordReads(
        db,
        keys.map((k) => {
          const [planId, readerId, role] = k.split(':');
          return { planId, readerId, role: role as Role };
        }),
      );
      return keys.map(() => true as const);
    }),
  };
}
