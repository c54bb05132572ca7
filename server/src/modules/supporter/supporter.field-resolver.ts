import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { SupportPlan } from '../plan/plan.entity';
import { PlanRead, Supporter } from './supporter.entity';
import { SupporterService } from './supporter.service';

// Through the service, which checks the viewer's level on the plan.
@Resolver(() => Supporter)
export class SupporterFieldResolver {
  constructor(private readonly supporterService: SupporterService) {}

  @FieldResolver(() => SupportPlan, { description: 'For those who may read the plan: an invitee who has not accepted gets NOT_FOUND.' })
  plan(@Root() s: Supporter, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return this.supporterService.planOf(ctx, s);
  }
}

// A plan's circle and read log are resolved here, with the supporters, so plan/ does not depend on supporter/.
@Resolver(() => SupportPlan)
export class SupportPlanSupportersFieldResolver {
  constructor(private readonly supporterService: SupporterService) {}

  @FieldResolver(() => [Supporter], { description: 'The person and admins only.' })
  supporters(@Root() p: SupportPlan, @Ctx() ctx: RequestContext): Promise<Supporter[]> {
    return this.supporterService.ofPlan(ctx, p);
  }

  @FieldResolver(() => [PlanRead], { description: 'Who other than the person read the plan and when, newest first (the last 50; one entry per reader an hour). The person and admins only.' })
  readLog(@Root() p: SupportPlan, @Ctx() ctx: RequestContext): Promise<PlanRead[]> {
    return this.supporterService.readLog(ctx, p);
  }
}
