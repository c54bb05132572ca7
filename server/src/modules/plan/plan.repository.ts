import type { EntityManager } from 'typeorm';
import { rows } from '../../db/sql';
import { PLAN_COLUMNS, toPlan, type PlanRow, type SupportPlan } from './plan.entity';

export const PlanRepository = {
  async findByIds(db: EntityManager, ids: readonly string[]): Promise<SupportPlan[]> {
    const found = await rows<PlanRow>(db, `SELECT ${PLAN_COLUMNS('p')} FROM support_plan p WHERE p.id = ANY($1::uuid[])`, [ids]);
    return found.map(toPlan);
  },
};
