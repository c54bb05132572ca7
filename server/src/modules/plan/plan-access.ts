import type { RequestContext } from '../../graphql/request-context';
import { userPlanKey } from '../supporter/supporter.loaders';
import type { SupportPlan } from './plan.entity';

// The one rule for who may do what with a plan (docs/circle-of-support.md has the table of operations):
// - the plan's person, and admins, hold OWNER: everything, including who is in the circle of support;
// - an ACTIVE supporter holds the level they were given: VIEW < BOOK < MANAGE;
// - everyone else nothing (callers answer NOT_FOUND, so ids reveal nothing).
// A supporter's level is read afresh in every request (a request-scoped loader, one statement for any number of
// plans), so revoking or changing it holds from the very next request.
export enum PlanLevel {
  VIEW = 1,
  BOOK = 2,
  MANAGE = 3,
  OWNER = 4,
}

export interface PlanGrant {
  level: PlanLevel;
  as: 'PERSON' | 'ADMIN' | 'SUPPORTER';
}

export async function planGrant(ctx: RequestContext, plan: SupportPlan): Promise<PlanGrant | null> {
  const v = ctx.viewer;
  if (!v) return null;
  if (v.role === 'ADMIN') return { level: PlanLevel.OWNER, as: 'ADMIN' };
  // Only people's accounts act for a person (a provider or commissioner never books on someone's budget this way).
  if (v.role !== 'PERSON') return null;
  if (v.id === plan.personId) return { level: PlanLevel.OWNER, as: 'PERSON' };
  const access = await ctx.loaders.supporterAccessByUserPlan.load(userPlanKey(v.id, plan.id));
  return access ? { level: PlanLevel[access], as: 'SUPPORTER' } : null;
}

/** Whether the viewer holds at least `level` on the plan. */
export async function mayOnPlan(ctx: RequestContext, plan: SupportPlan, level: PlanLevel): Promise<boolean> {
  const grant = await planGrant(ctx, plan);
  return !!grant && grant.level >= level;
}
