import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { OfferingConnection } from '../catalogue/offering.entity';
import { Provider } from './provider.entity';
import { OfferingService } from '../catalogue/offering.service';

@Resolver(() => Provider)
export class ProviderFieldResolver {
  constructor(private readonly offeringService: OfferingService) {}

  @FieldResolver(() => OfferingConnection, { description: 'Published offerings; every status for those who manage the provider.' })
  offerings(@Root() p: Provider, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<OfferingConnection> {
    return this.offeringService.providerOfferings(ctx, p, args.first, args.after);
  }
}
