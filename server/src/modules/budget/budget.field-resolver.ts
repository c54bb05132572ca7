import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { RequestContext } from '../../graphql/request-context';
import { AreaPlan } from '../plan/area-plan.entity';
import { SupportPlan } from '../plan/plan.entity';
import { Budget, StatementConnection } from './budget.entity';
import { BudgetService } from './budget.service';

@ArgsType()
class StatementArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  after?: string | null;
}

// Through loaders, behind the service's access checks: the plan and the statement are only for those who may read
// the plan (its person or an admin).
@Resolver(() => Budget)
export class BudgetFieldResolver {
  constructor(private readonly budgetService: BudgetService) {}

  @FieldResolver(() => SupportPlan, { description: "The plan's person or an admin (NOT_FOUND for anyone else)." })
  plan(@Root() b: Budget, @Ctx() ctx: RequestContext): Promise<SupportPlan> {
    return this.budgetService.plan(ctx, b);
  }

  @FieldResolver(() => StatementConnection, { description: 'Ledger lines, oldest first, with running balances. The budget holder or an admin.' })
  statement(@Root() b: Budget, @Args(() => StatementArgs) args: StatementArgs, @Ctx() ctx: RequestContext): Promise<StatementConnection> {
    return this.budgetService.statement(ctx, b, args.first, args.after);
  }

  @FieldResolver(() => String, {
    description: 'The whole statement as CSV (pounds with 2 decimals, ISO dates, running balances), for download. The budget holder or an admin.',
  })
  statementCsv(@Root() b: Budget, @Ctx() ctx: RequestContext): Promise<string> {
    return this.budgetService.statementCsv(ctx, b);
  }
}

// A plan's budgets are resolved here, with the budgets, so plan/ does not depend on budget/. The plan reached the
// client through PlanService's access check, so its budgets need no further check.
@Resolver(() => SupportPlan)
export class SupportPlanBudgetsFieldResolver {
  @FieldResolver(() => [Budget])
  budgets(@Root() p: SupportPlan, @Ctx() ctx: RequestContext): Promise<Budget[]> {
    return ctx.loaders.budgetsByPlanId.load(p.id);
  }
}

// The budgets a commissioner may be shown of a plan in their area: those their own council funds (an admin: every
// funded budget). A self-funded pot is the person's alone.
@Resolver(() => AreaPlan)
export class AreaPlanBudgetsFieldResolver {
  @FieldResolver(() => [Budget], { description: "The budgets the viewer's council funds (admins: every council-funded budget); never self-funded pots." })
  async budgets(@Root() p: AreaPlan, @Ctx() ctx: RequestContext): Promise<Budget[]> {
    const code = ctx.viewer?.role === 'ADMIN' ? null : ctx.viewer?.localAuthorityCode;
    const all = await ctx.loaders.budgetsByPlanId.load(p.id);
    return all.filter((b) => b.fundingAuthorityCode !== null && (code === null || b.fundingAuthorityCode === code));
  }
}
