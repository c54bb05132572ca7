import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { askedFields } from '../../graphql/selection';
import { Budget } from './budget.entity';
import { AdjustBudgetInput, AllocateBudgetInput } from './budget.inputs';

@Resolver(() => Budget)
export class BudgetResolver {
  @Mutation(() => Budget, { description: 'Commissioners (own local authority) and admins; a person may add only SELF_FUNDED budgets to their own plan.' })
  @Access('PERSON', 'COMMISSIONER', 'ADMIN')
  allocateBudget(@Arg('input', () => AllocateBudgetInput) input: AllocateBudgetInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Budget> {
    return ctx.services.budget.allocate(ctx, input, askedFields(info));
  }

  @Mutation(() => Budget, {
    description: 'Adds or takes back money with an ADJUSTMENT line. Same rules as allocateBudget; never below what is held or spent (BUDGET_EXCEEDED).',
  })
  @Access('PERSON', 'COMMISSIONER', 'ADMIN')
  adjustBudget(@Arg('input', () => AdjustBudgetInput) input: AdjustBudgetInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Budget> {
    return ctx.services.budget.adjust(ctx, input, askedFields(info));
  }
}
