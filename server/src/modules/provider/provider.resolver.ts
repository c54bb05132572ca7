import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Provider } from './provider.entity';
import { CreateProviderInput, UpdateProviderInput } from './provider.inputs';
import { ProviderService } from './provider.service';
import { VerificationService } from './verification.service';

@Resolver(() => Provider)
export class ProviderResolver {
  constructor(
    private readonly providerService: ProviderService,
    private readonly verificationService: VerificationService,
  ) {}

  @Query(() => Provider, { nullable: true })
  @Access('PUBLIC')
  provider(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Provider | null> {
    return this.providerService.byId(ctx, id);
  }

  @Query(() => [Provider], { description: "The signed-in provider account's organisations." })
  @Access('PROVIDER', 'ADMIN')
  myProviders(@Ctx() ctx: RequestContext): Promise<Provider[]> {
    return this.providerService.mine(ctx);
  }

  @Mutation(() => Provider, { description: 'Provider accounts (and admins). The new organisation belongs to the caller.' })
  @Access('PROVIDER', 'ADMIN')
  createProvider(@Arg('input', () => CreateProviderInput) input: CreateProviderInput, @Ctx() ctx: RequestContext): Promise<Provider> {
    return this.providerService.create(ctx, input);
  }

  @Mutation(() => Provider, { description: "The organisation's owner or an admin." })
  @Access('PROVIDER', 'ADMIN')
  updateProvider(@Arg('id', () => ID) id: string, @Arg('input', () => UpdateProviderInput) input: UpdateProviderInput, @Ctx() ctx: RequestContext): Promise<Provider> {
    return this.providerService.update(ctx, id, input);
  }

  @Mutation(() => Provider, {
    description: 'Admins only. Approves every piece of evidence the provider has waiting; "verified" then follows from what it holds (see reviewVerification).',
  })
  @Access('ADMIN')
  verifyProvider(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Provider> {
    return this.verificationService.approveAllWaiting(ctx, id);
  }
}
