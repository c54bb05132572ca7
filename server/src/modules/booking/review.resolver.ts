import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import { PageArgs } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { HideReviewInput, ReportReviewInput } from './booking.inputs';
import { Review, ReviewConnection } from './review.entity';
import { ReviewService } from './review.service';

@Resolver(() => Review)
export class ReviewResolver {
  constructor(private readonly reviewService: ReviewService) {}

  @Query(() => ReviewConnection, { description: 'Admins: reviews with reports not yet dealt with, most recently reported first.' })
  @Access('ADMIN')
  reportedReviews(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ReviewConnection> {
    return this.reviewService.reportedPage(ctx, args.first, args.after);
  }

  @Query(() => ReviewConnection, { description: 'Admins: hidden reviews, most recently hidden first.' })
  @Access('ADMIN')
  hiddenReviews(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<ReviewConnection> {
    return this.reviewService.hiddenPage(ctx, args.first, args.after);
  }

  @Mutation(() => Review, {
    description: 'Anyone signed in, once per review (again changes nothing while the report is open). Who reported it is never shown. NOT_FOUND for a hidden review.',
  })
  @Access('SIGNED_IN')
  reportReview(@Arg('input', () => ReportReviewInput) input: ReportReviewInput, @Ctx() ctx: RequestContext): Promise<Review> {
    return this.reviewService.report(ctx, input);
  }

  @Mutation(() => Review, { description: 'Admins: hides the review from every page and takes it out of the ratings (CONFLICT if already hidden).' })
  @Access('ADMIN')
  hideReview(@Arg('input', () => HideReviewInput) input: HideReviewInput, @Ctx() ctx: RequestContext): Promise<Review> {
    return this.reviewService.hide(ctx, input);
  }

  @Mutation(() => Review, { description: 'Admins: shows a hidden review again and puts it back into the ratings (CONFLICT if not hidden).' })
  @Access('ADMIN')
  unhideReview(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Review> {
    return this.reviewService.unhide(ctx, id);
  }

  @Mutation(() => Review, { description: 'Admins: keeps a reported review as it is; its reports are dealt with.' })
  @Access('ADMIN')
  keepReview(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Review> {
    return this.reviewService.keep(ctx, id);
  }
}
