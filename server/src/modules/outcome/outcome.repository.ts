import type { EntityManager } from 'typeorm';
import { one, rows } from '../../db/sql';
import { toGoalScore, toWellbeingCheck, type GoalScore, type GoalScoreRow, type WellbeingCheck, type WellbeingCheckRow } from './outcome.entity';

const SCORE_COLUMNS = 's.id, s.goal_id, s.score, s.booking_id, s.note, s.recorded_at';
const CHECK_COLUMNS = 'w.id, w.plan_id, w.items, w.raw_score, w.metric_score, w.recorded_at';

export const OutcomeRepository = {
  /** goal_score_apply_trg moves the goal's latest score to this one. */
  async insertScore(db: EntityManager, s: { goalId: string; score: number; bookingId: string | null; note: string | null; recordedBy: string }): Promise<GoalScore> {
    const row = await one<GoalScoreRow>(
      db,
      `INSERT INTO goal_score AS s (goal_id, score, booking_id, note, recorded_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${SCORE_COLUMNS}`,
      [s.goalId, s.score, s.bookingId, s.note, s.recordedBy],
    );
    return toGoalScore(row!);
  },

  // goal_score_goal_idx: the newest `perGoal` scores of each goal, returned oldest first.
  async findScoresByGoalIds(db: EntityManager, goalIds: readonly string[], perGoal: number): Promise<GoalScore[]> {
    const found = await rows<GoalScoreRow>(
      db,
      `SELECT ${SCORE_COLUMNS} FROM unnest($1::uuid[]) AS k(id)
       CROSS JOIN LATERAL (SELECT * FROM goal_score x WHERE x.goal_id = k.id ORDER BY x.recorded_at DESC, x.id DESC LIMIT $2) s
       ORDER BY s.goal_id, s.recorded_at, s.id`,
      [goalIds, perGoal],
    );
    return found.map(toGoalScore);
  },

  async insertWellbeingCheck(db: EntityManager, c: { planId: string; items: number[]; raw: number; metric: number }): Promise<WellbeingCheck> {
    const row = await one<WellbeingCheckRow>(
      db,
      `INSERT INTO wellbeing_check AS w (plan_id, items, raw_score, metric_score) VALUES ($1, $2::smallint[], $3, $4) RETURNING ${CHECK_COLUMNS}`,
      [c.planId, c.items, c.raw, c.metric],
    );
    return toWellbeingCheck(row!);
  },

  // wellbeing_check_plan_idx: the newest `perPlan` checks of each plan, returned oldest first.
  async findChecksByPlanIds(db: EntityManager, planIds: readonly string[], perPlan: number): Promise<WellbeingCheck[]> {
    const found = await rows<WellbeingCheckRow>(
      db,
      `SELECT ${CHECK_COLUMNS} FROM unnest($1::uuid[]) AS k(id)
       CROSS JOIN LATERAL (SELECT * FROM wellbeing_check x WHERE x.plan_id = k.id ORDER BY x.recorded_at DESC, x.id DESC LIMIT $2) w
       ORDER BY w.plan_id, w.recorded_at, w.id`,
      [planIds, perPlan],
    );
    return found.map(toWellbeingCheck);
  },
};
