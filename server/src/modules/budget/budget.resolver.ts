import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { askedFields } from '../../graphql/selection';
import { Budget } from './budget.entity';
import { AdjustBudgetInput, AllocateBudgetInput } from './budget.inputs';
import { BudgetService } from './budget.service';

@Resolver(() => Budget)
export class BudgetResolver {
  constructor(private readonly budgetService: BudgetService) {}

  @Mutation(() => Budget, { description: 'Commissioners (own local authority) and admins; a person may add only SELF_FUNDED budgets to their own plan.' })
  @Access('PERSON', 'COMMISSIONER', 'ADMIN')
  allocateBudget(@Arg('input', () => AllocateBudgetInput) input: AllocateBudgetInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Budget> {
    return this.budgetService.allocate(ctx, input, askedFields(info));
  }

  @Mutation(() => Budget, {
    description: 'Adds or takes back money with an ADJUSTMENT line. Same rules as allocateBudget; never below what is held or spent (BUDGET_EXCEEDED).',
  })
  @Access('PERSON', 'COMMISSIONER', 'ADMIN')
  adjustBudget(@Arg('input', () => AdjustBudgetInput) input: AdjustBudgetInput, @Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Budget> {
    return this.budgetService.adjust(ctx, input, askedFields(info));
  }
}
