import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import type { DeliveryMode } from '../catalogue/catalogue.enums';
import type { LifeArea } from '../catalogue/life-area';
import { toAreaPlan, type AreaPlan, type AreaPlanRow } from './area-plan.entity';
import { STAYING_SAFE_COLUMNS, toStayingSafe, type StayingSafe, type StayingSafeRow } from './staying-safe.entity';
import { GOAL_COLUMNS, PLAN_COLUMNS, toGoal, toPlan, type Goal, type GoalRow, type PlanRow, type SupportPlan } from './plan.entity';

export interface PlanFields {
  outcode: string;
  age: number | null;
  languages: string[];
  deliveryModes: DeliveryMode[];
  maxTravelKm: number;
  prefersPeerSupport: boolean;
  accessibility: string[];
}

export interface GoalFields {
  lifeArea: LifeArea;
  description: string;
  baselineScore: number;
}

const MAX_PLANS_LISTED = 100;

export const PlanRepository = {
  async findByIds(db: EntityManager, ids: readonly string[]): Promise<SupportPlan[]> {
    const found = await rows<PlanRow>(db, `SELECT ${PLAN_COLUMNS('p')} FROM support_plan p WHERE p.id = ANY($1::uuid[])`, [ids]);
    return found.map(toPlan);
  },

  // support_plan_person_idx
  async findByPerson(db: EntityManager, personId: string): Promise<SupportPlan[]> {
    const found = await rows<PlanRow>(
      db,
      `SELECT ${PLAN_COLUMNS('p')} FROM support_plan p WHERE p.person_id = $1 ORDER BY p.created_at, p.id LIMIT ${MAX_PLANS_LISTED}`,
      [personId],
    );
    return found.map(toPlan);
  },

  /** Row lock: changes to one plan (its needs, goals, budgets) are serialised behind this. */
  async lockById(db: EntityManager, id: string): Promise<SupportPlan | null> {
    const row = await one<PlanRow>(db, `SELECT ${PLAN_COLUMNS('p')} FROM support_plan p WHERE p.id = $1 FOR UPDATE`, [id]);
    return row ? toPlan(row) : null;
  },

  // support_plan_derive_trg sets local_authority_code (the council commissioning care for the district) whatever is given here.
  async insert(db: EntityManager, personId: string, localAuthorityCode: string, f: PlanFields): Promise<SupportPlan> {
    const row = await one<PlanRow>(
      db,
      `INSERT INTO support_plan AS p (person_id, outcode, local_authority_code, age, pref_languages, pref_delivery_modes, max_travel_km,
         prefers_peer_support, pref_accessibility)
       VALUES ($1, $2, $9, $3, $4, $5::delivery_mode[], $6, $7, $8) RETURNING ${PLAN_COLUMNS('p')}`,
      [personId, f.outcode, f.age, f.languages, f.deliveryModes, f.maxTravelKm, f.prefersPeerSupport, f.accessibility, localAuthorityCode],
    );
    return toPlan(row!);
  },

  async update(db: EntityManager, id: string, f: PlanFields): Promise<SupportPlan> {
    const row = await one<PlanRow>(
      db,
      `UPDATE support_plan AS p SET outcode = $2, age = $3, pref_languages = $4, pref_delivery_modes = $5::delivery_mode[], max_travel_km = $6,
         prefers_peer_support = $7, pref_accessibility = $8, updated_at = now()
       WHERE p.id = $1 RETURNING ${PLAN_COLUMNS('p')}`,
      [id, f.outcode, f.age, f.languages, f.deliveryModes, f.maxTravelKm, f.prefersPeerSupport, f.accessibility],
    );
    return toPlan(row!);
  },

  async replaceNeeds(db: EntityManager, planId: string, categoryIds: string[]): Promise<void> {
    await db.query(`DELETE FROM plan_need WHERE plan_id = $1 AND category_id <> ALL($2::uuid[])`, [planId, categoryIds]);
    await db.query(
      `INSERT INTO plan_need (plan_id, category_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [planId, categoryIds],
    );
  },

  // plan_need primary key (plan_id, category_id)
  async findNeedsByPlanIds(db: EntityManager, planIds: readonly string[]): Promise<{ planId: string; categoryId: string }[]> {
    return rows<{ planId: string; categoryId: string }>(
      db,
      `SELECT plan_id AS "planId", category_id AS "categoryId" FROM plan_need WHERE plan_id = ANY($1::uuid[])`,
      [planIds],
    );
  },

  /** Appends goals after the plan's existing ones; the latest score starts at the baseline. */
  async insertGoals(db: EntityManager, planId: string, goals: GoalFields[], firstPosition: number): Promise<Goal[]> {
    if (goals.length === 0) return [];
    const found = await rows<GoalRow>(
      db,
      `INSERT INTO goal AS g (plan_id, life_area, description, baseline_score, latest_score, position)
       SELECT $1, t.life_area, t.description, t.score, t.score, t.position
       FROM unnest($2::life_area[], $3::text[], $4::int[], $5::int[]) AS t(life_area, description, score, position)
       RETURNING ${GOAL_COLUMNS('g')}`,
      [planId, goals.map((g) => g.lifeArea), goals.map((g) => g.description), goals.map((g) => g.baselineScore), goals.map((_, i) => firstPosition + i)],
    );
    return found.map(toGoal).sort((a, b) => a.position - b.position);
  },

  async countGoals(db: EntityManager, planId: string): Promise<{ count: number; nextPosition: number }> {
    const r = await one<{ count: number; next: number }>(
      db,
      `SELECT count(*)::int AS count, coalesce(max(position) + 1, 0)::int AS next FROM goal WHERE plan_id = $1`,
      [planId],
    );
    return { count: r!.count, nextPosition: r!.next };
  },

  // goal_plan_idx
  async findGoalsByPlanIds(db: EntityManager, planIds: readonly string[]): Promise<Goal[]> {
    const found = await rows<GoalRow>(
      db,
      `SELECT ${GOAL_COLUMNS('g')} FROM goal g WHERE g.plan_id = ANY($1::uuid[]) ORDER BY g.plan_id, g.position, g.id`,
      [planIds],
    );
    return found.map(toGoal);
  },

  async findGoalsByIds(db: EntityManager, ids: readonly string[]): Promise<Goal[]> {
    const found = await rows<GoalRow>(db, `SELECT ${GOAL_COLUMNS('g')} FROM goal g WHERE g.id = ANY($1::uuid[])`, [ids]);
    return found.map(toGoal);
  },

  /** Row lock on a goal: its scores are recorded one at a time, so the latest score is the last one recorded. */
  async lockGoal(db: EntityManager, id: string): Promise<Goal | null> {
    const row = await one<GoalRow>(db, `SELECT ${GOAL_COLUMNS('g')} FROM goal g WHERE g.id = $1 FOR UPDATE`, [id]);
    return row ? toGoal(row) : null;
  },

  async updateGoal(db: EntityManager, id: string, f: { lifeArea: LifeArea; description: string }): Promise<Goal> {
    const row = await one<GoalRow>(
      db,
      `UPDATE goal AS g SET life_area = $2, description = $3 WHERE g.id = $1 RETURNING ${GOAL_COLUMNS('g')}`,
      [id, f.lifeArea, f.description],
    );
    return toGoal(row!);
  },

  // plan_safety primary key
  async findStayingSafeByPlanIds(db: EntityManager, planIds: readonly string[]): Promise<StayingSafe[]> {
    const found = await rows<StayingSafeRow>(db, `SELECT ${STAYING_SAFE_COLUMNS} FROM plan_safety s WHERE s.plan_id = ANY($1::uuid[])`, [planIds]);
    return found.map(toStayingSafe);
  },

  async upsertStayingSafe(
    db: EntityManager,
    planId: string,
    f: { risksTaken: string | null; whatHelps: string | null; contacts: { name: string; phone: string }[] },
    by: string,
  ): Promise<StayingSafe> {
    const row = await one<StayingSafeRow>(
      db,
      `INSERT INTO plan_safety AS s (plan_id, risks_taken, what_helps, contact_names, contact_phones, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (plan_id) DO UPDATE SET risks_taken = EXCLUDED.risks_taken, what_helps = EXCLUDED.what_helps,
         contact_names = EXCLUDED.contact_names, contact_phones = EXCLUDED.contact_phones, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING ${STAYING_SAFE_COLUMNS}`,
      [planId, f.risksTaken, f.whatHelps, f.contacts.map((c) => c.name), f.contacts.map((c) => c.phone), by],
    );
    return toStayingSafe(row!);
  },

  /**
   * One page of an area's plans, newest first (support_plan_area_idx), optionally in one district or with one
   * reference (the id's first 8 hex digits: a range of the primary key).
   */
  async findAreaPage(
    db: EntityManager,
    f: { localAuthorityCode: string; outcode: string | null; reference: string | null },
    limit: number,
    after: [string, string] | null,
  ): Promise<(AreaPlan & { sortKey: string })[]> {
    const ref = f.reference?.toLowerCase() ?? null;
    const found = await rows<AreaPlanRow>(
      db,
      `SELECT p.id, p.outcode, p.local_authority_code, p.active, p.created_at, p.created_at::text AS sort_key FROM support_plan p
       WHERE p.local_authority_code = $1 AND ($2::text IS NULL OR p.outcode = $2)
         AND ($3::text IS NULL OR p.id BETWEEN ($3 || '-0000-0000-0000-000000000000')::uuid AND ($3 || '-ffff-ffff-ffff-ffffffffffff')::uuid)
         AND ($4::timestamptz IS NULL OR (p.created_at, p.id) < ($4::timestamptz, $5::uuid))
       ORDER BY p.created_at DESC, p.id DESC LIMIT $6`,
      [f.localAuthorityCode, f.outcode, ref, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return found.map(toAreaPlan);
  },
};
