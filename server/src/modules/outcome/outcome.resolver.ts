import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Goal } from '../plan/plan.entity';
import { WellbeingCheck } from './outcome.entity';
import { RecordOutcomeInput, WellbeingCheckInput } from './outcome.inputs';
import { OutcomeService } from './outcome.service';

@Resolver()
export class OutcomeResolver {
  constructor(private readonly outcomeService: OutcomeService) {}

  @Mutation(() => Goal, { description: "The plan's person, a MANAGE supporter or an admin: records a goal score (kept in the goal's history)." })
  @Access('PERSON', 'ADMIN')
  recordOutcome(@Arg('input', () => RecordOutcomeInput) input: RecordOutcomeInput, @Ctx() ctx: RequestContext): Promise<Goal> {
    return this.outcomeService.recordOutcome(ctx, input);
  }

  @Mutation(() => WellbeingCheck, { description: "The plan's person, a MANAGE supporter or an admin: a short wellbeing check (SWEMWBS), at any time." })
  @Access('PERSON', 'ADMIN')
  recordWellbeingCheck(@Arg('input', () => WellbeingCheckInput) input: WellbeingCheckInput, @Ctx() ctx: RequestContext): Promise<WellbeingCheck> {
    return this.outcomeService.recordWellbeingCheck(ctx, input);
  }
}
