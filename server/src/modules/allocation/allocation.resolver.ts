import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { AllocationScheme, IndicativeBudget } from './allocation.entity';
import { NeedsAssessmentInput, PublishAllocationVersionInput } from './allocation.inputs';
import { AllocationService } from './allocation.service';

@Resolver()
export class AllocationResolver {
  constructor(private readonly allocationService: AllocationService) {}

  @Query(() => IndicativeBudget, {
    description: "Anyone: an indicative yearly budget from the area's current resource allocation system, line by line. A guide, not a decision.",
  })
  @Access('PUBLIC')
  indicativeBudget(@Arg('input', () => NeedsAssessmentInput) input: NeedsAssessmentInput, @Ctx() ctx: RequestContext): Promise<IndicativeBudget> {
    return this.allocationService.indicativeBudget(ctx, input);
  }

  @Query(() => AllocationScheme, { nullable: true, description: "Anyone: an area's resource allocation system, the current version unless one is given." })
  @Access('PUBLIC')
  allocationScheme(
    @Arg('localAuthorityCode', () => String) localAuthorityCode: string,
    @Ctx() ctx: RequestContext,
    @Arg('version', () => Int, { nullable: true }) version?: number | null,
  ): Promise<AllocationScheme | null> {
    return this.allocationService.scheme(ctx, localAuthorityCode, version);
  }

  @Mutation(() => AllocationScheme, { description: 'Commissioners (own local authority) and admins: publishes the next version.' })
  @Access('COMMISSIONER', 'ADMIN')
  publishAllocationVersion(@Arg('input', () => PublishAllocationVersionInput) input: PublishAllocationVersionInput, @Ctx() ctx: RequestContext): Promise<AllocationScheme> {
    return this.allocationService.publish(ctx, input);
  }
}
