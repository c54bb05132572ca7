import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { Goal, SupportPlan } from '../plan/plan.entity';
import { GoalScore, WellbeingCheck } from './outcome.entity';

// Outcome history on goals and plans, through loaders. Goals and plans reach a client only after the plan's
// access check, so these need none of their own.
@Resolver(() => Goal)
export class GoalOutcomeFieldResolver {
  @FieldResolver(() => [GoalScore], { description: 'Recorded scores, oldest first (the newest 100).' })
  history(@Root() g: Goal, @Ctx() ctx: RequestContext): Promise<GoalScore[]> {
    return ctx.loaders.goalScoresByGoalId.load(g.id);
  }

  @FieldResolver(() => Int, { description: 'Change from the baseline: latestScore - baselineScore.' })
  scoreChange(@Root() g: Goal): number {
    return g.latestScore - g.baselineScore;
  }
}

@Resolver(() => SupportPlan)
export class PlanOutcomeFieldResolver {
  @FieldResolver(() => [WellbeingCheck], { description: 'Wellbeing checks, oldest first (the newest 100).' })
  wellbeingChecks(@Root() p: SupportPlan, @Ctx() ctx: RequestContext): Promise<WellbeingCheck[]> {
    return ctx.loaders.wellbeingChecksByPlanId.load(p.id);
  }
}
