import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Match } from './match.entity';
import { MatchingService } from './matching.service';

@Resolver(() => Match)
export class MatchingResolver {
  constructor(private readonly matchingService: MatchingService) {}

  @Query(() => [Match], {
    description: "Best offerings for a plan, best first. Only offerings the plan's budget can still afford (free ones without a budget), not already booked for a session to come, and remote only when online or phone suits the plan. The plan's person or an admin; first: 1-100 (default 10).",
  })
  @Access('SIGNED_IN')
  matches(@Arg('planId', () => ID) planId: string, @Ctx() ctx: RequestContext, @Arg('first', () => Int, { nullable: true }) first?: number | null): Promise<Match[]> {
    return this.matchingService.matches(ctx, planId, first);
  }
}
