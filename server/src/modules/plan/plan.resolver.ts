import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Goal, SupportPlan } from './plan.entity';
import { CreateSupportPlanInput, GoalInput, StayingSafeInput, UpdateGoalInput, UpdateSupportPlanInput } from './plan.inputs';
import { StayingSafe } from './staying-safe.entity';
import { AreaPlanConnection, AreaPlansArgs } from './area-plan.entity';
import { PlanService } from './plan.service';

@Resolver(() => SupportPlan)
export class PlanResolver {
  constructor(private readonly planService: PlanService) {}

  @Query(() => [SupportPlan], { description: "The signed-in person's plans." })
  @Access('PERSON')
  myPlans(@Ctx() ctx: RequestContext): Promise<SupportPlan[]> {
    return this.planService.mine(ctx);
  }

  @Query(() => SupportPlan, { nullable: true, description: "The plan's person, their supporters (any level) or an admin; anyone else gets NOT_FOUND." })
  @Access('SIGNED_IN')
  supportPlan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return this.planService.readable(ctx, id);
  }

  @Query(() => AreaPlanConnection, {
    description: "Commissioners: the plans of their own council's area, newest first, to fund them (id, reference, district, start date and their council's budgets only). Admins: any area's.",
  })
  @Access('COMMISSIONER', 'ADMIN')
  areaPlans(@Args(() => AreaPlansArgs) args: AreaPlansArgs, @Ctx() ctx: RequestContext): Promise<AreaPlanConnection> {
    return this.planService.areaPlans(ctx, args);
  }

  @Mutation(() => SupportPlan, { description: 'People only. The plan belongs to the caller.' })
  @Access('PERSON')
  createSupportPlan(@Arg('input', () => CreateSupportPlanInput) input: CreateSupportPlanInput, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return this.planService.create(ctx, input);
  }

  @Mutation(() => SupportPlan, { description: "The plan's person, a MANAGE supporter or an admin: district, age, needs and preferences." })
  @Access('PERSON', 'ADMIN')
  updateSupportPlan(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateSupportPlanInput) input: UpdateSupportPlanInput, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return this.planService.update(ctx, id, input);
  }

  @Mutation(() => Goal, { description: "The plan's person, a MANAGE supporter or an admin. Up to 10 goals a plan." })
  @Access('PERSON', 'ADMIN')
  addGoal(@Arg('planId', () => ID) planId: string, @Arg('input', () => GoalInput) input: GoalInput, @Ctx() ctx: RequestContext): Promise<Goal> {
    return this.planService.addGoal(ctx, planId, input);
  }

  @Mutation(() => Goal, { description: "The plan's person, a MANAGE supporter or an admin. The baseline score cannot change." })
  @Access('PERSON', 'ADMIN')
  updateGoal(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateGoalInput) input: UpdateGoalInput, @Ctx() ctx: RequestContext): Promise<Goal> {
    return this.planService.updateGoal(ctx, id, input);
  }

  @Mutation(() => StayingSafe, {
    description: "Whoever may change the plan (its person or an admin): replaces the plan's staying safe section. Phone numbers must be UK numbers.",
  })
  @Access('PERSON', 'ADMIN')
  setStayingSafe(@Arg('planId', () => ID) planId: string, @Arg('input', () => StayingSafeInput) input: StayingSafeInput, @Ctx() ctx: RequestContext): Promise<StayingSafe> {
    return this.planService.setStayingSafe(ctx, planId, input);
  }
}
