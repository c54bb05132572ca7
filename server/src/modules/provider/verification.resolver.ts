import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Verification } from './verification.entity';
import { ReviewVerificationArgs, VerificationInput, VerificationQueueArgs } from './verification.inputs';
import { VerificationService } from './verification.service';

@Resolver(() => Verification)
export class VerificationResolver {
  constructor(private readonly verificationService: VerificationService) {}

  @Query(() => [Verification], { description: 'Admins: evidence waiting to be checked, oldest first. `after` is the id of the last one of the previous page.' })
  @Access('ADMIN')
  verificationQueue(@Args(() => VerificationQueueArgs) args: VerificationQueueArgs, @Ctx() ctx: RequestContext): Promise<Verification[]> {
    return this.verificationService.queue(ctx, args.first, args.after);
  }

  @Mutation(() => Verification, { description: "The provider's owner or an admin. Waits in the admins' queue until checked." })
  @Access('PROVIDER', 'ADMIN')
  submitVerification(@Arg('providerId', () => ID) providerId: string, @Arg('input', () => VerificationInput) input: VerificationInput, @Ctx() ctx: RequestContext): Promise<Verification> {
    return this.verificationService.submit(ctx, providerId, input);
  }

  @Mutation(() => Verification, { description: 'Admins. Approve, or reject with a note saying why; records who and when.' })
  @Access('ADMIN')
  reviewVerification(@Args(() => ReviewVerificationArgs) args: ReviewVerificationArgs, @Ctx() ctx: RequestContext): Promise<Verification> {
    return this.verificationService.review(ctx, args);
  }
}
