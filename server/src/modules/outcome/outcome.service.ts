import { conflict, notFound } from '../../common/app-error';
import { assertId } from '../../common/ids';
import type { RequestContext } from '../../graphql/request-context';
import { inTransaction } from '../../db/transaction';
import type { Goal } from '../plan/plan.entity';
import type { PlanService } from '../plan/plan.service';
import { PlanLevel } from '../plan/plan-access';
import type { WellbeingCheck } from './outcome.entity';
import type { RecordOutcomeInput, WellbeingCheckInput } from './outcome.inputs';
import { OutcomeRepository } from './outcome.repository';
import { scoreSwemwbs } from './swemwbs';

// Owns: only the plan's person, an admin or a MANAGE supporter records outcomes. Every goal score is kept (goal_score is the history;
// the goal's latest score follows the newest, by trigger, under the goal's row lock); change is always measured
// from the baseline, which never changes. A score tied to a booking must name a session of the same plan that has
// taken place. A wellbeing check is seven SWEMWBS answers of 1-5, stored with its raw and converted scores.
const UNUSABLE_BOOKING = new Set(['DECLINED', 'CANCELLED', 'NO_SHOW']);

export class OutcomeService {
  constructor(private readonly plans: PlanService) {}

  async recordOutcome(ctx: RequestContext, input: RecordOutcomeInput): Promise<Goal> {
    const bookingId = input.bookingId ? assertId(input.bookingId, 'bookingId') : null;
    return inTransaction(ctx, async (tx) => {
      const { goal, plan } = await this.plans.lockGoalForChange(tx, input.goalId);
      if (bookingId) {
        const booking = await tx.loaders.bookingById.load(bookingId);
        if (!booking || booking.planId !== plan.id) throw notFound('That booking');
        if (UNUSABLE_BOOKING.has(booking.status)) throw conflict('That session did not take place, so an outcome cannot be tied to it.');
        if (booking.startsAt.getTime() > Date.now()) throw conflict('That session has not happened yet. Record how things are now without it, or wait until after it.');
      }
      await OutcomeRepository.insertScore(tx.db, { goalId: goal.id, score: input.score, bookingId, note: input.note?.trim() || null, recordedBy: tx.viewer!.id });
      return Object.assign(goal, { latestScore: input.score });
    });
  }

  async recordWellbeingCheck(ctx: RequestContext, input: WellbeingCheckInput): Promise<WellbeingCheck> {
    const { raw, metric } = scoreSwemwbs(input.items);
    const plan = await this.plans.readable(ctx, input.planId, 'planId', PlanLevel.MANAGE);
    return OutcomeRepository.insertWellbeingCheck(ctx.db, { planId: plan.id, items: input.items, raw, metric });
  }
}
