import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { Offering } from '../catalogue/offering.entity';
import { Provider } from '../provider/provider.entity';
import { Review, ReviewConnection, ReviewReport } from './review.entity';
import { ReviewService } from './review.service';

// Reviews are resolved here, with the reviews, so catalogue/ and provider/ do not depend on booking/.
@Resolver(() => Review)
export class ReviewFieldResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @FieldResolver(() => Date, { nullable: true, description: 'When an admin hid it (only its author and admins ever see a hidden review).' })
  hiddenAt(@Root() r: Review): Date | null {
    return r.hiddenAt;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why it was hidden: its author and admins only.' })
  hiddenReason(@Root() r: Review, @Ctx() ctx: RequestContext): string | null {
    return this.reviewService.hiddenReason(ctx, r);
  }

  @FieldResolver(() => [ReviewReport], { description: 'Reports not yet dealt with, newest first: admins only (empty for anyone else).' })
  reports(@Root() r: Review, @Ctx() ctx: RequestContext): Promise<ReviewReport[]> {
    return this.reviewService.openReports(ctx, r);
  }
}

@Resolver(() => Offering)
export class OfferingReviewsFieldResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @FieldResolver(() => ReviewConnection, { description: 'Anyone: its reviews, newest first (hidden ones never).' })
  reviews(@Root() o: Offering, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ReviewConnection> {
    return this.reviewService.visiblePage(ctx, 'offering_id', o.id, args.first, args.after);
  }
}

@Resolver(() => Provider)
export class ProviderReviewsFieldResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @FieldResolver(() => ReviewConnection, { description: 'Anyone: reviews of all its offerings, newest first (hidden ones never).' })
  reviews(@Root() p: Provider, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ReviewConnection> {
    return this.reviewService.visiblePage(ctx, 'provider_id', p.id, args.first, args.after);
  }
}
