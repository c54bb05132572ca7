import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { Provider } from './provider.entity';
import { Verification, VerificationKind } from './verification.entity';
import { VerificationService } from './verification.service';

// One line each, through a loader.
@Resolver(() => Provider)
export class ProviderVerificationsFieldResolver {
  constructor(private readonly verificationService: VerificationService) {}

  @FieldResolver(() => [Verification], {
    description: 'Its evidence, newest first. The public sees what was checked (not rejected pieces) without reference numbers; its owner and admins see everything.',
  })
  verifications(@Root() provider: Provider, @Ctx() ctx: RequestContext): Promise<Verification[]> {
    return this.verificationService.ofProvider(ctx, provider);
  }

  @FieldResolver(() => [VerificationKind], { description: 'What it must hold for what it offers (the rule table in docs/safety.md).' })
  requiredVerifications(@Root() provider: Provider, @Ctx() ctx: RequestContext): Promise<VerificationKind[]> {
    return this.verificationService.required(ctx, provider);
  }
}

@Resolver(() => Verification)
export class VerificationFieldResolver {
  @FieldResolver(() => Provider)
  async provider(@Root() v: Verification, @Ctx() ctx: RequestContext): Promise<Provider> {
    return (await ctx.loaders.providerById.load(v.providerId))!;
  }
}
