import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Provider } from '../provider/provider.entity';
import { CategoryOutcome, CategoryPrices, DistrictMarket, MarketDiversity, MarketGap, MarketMonth, OutcodeSupply, ProviderOutcome } from './market.entity';
import { UnmetNeedInput } from './market.inputs';
import { MarketService } from './market.service';

@Resolver()
export class MarketResolver {
  constructor(private readonly marketService: MarketService) {}

  @Query(() => [MarketGap], { description: 'Commissioners and admins only; a commissioner only for their own local authority.' })
  @Access('COMMISSIONER', 'ADMIN')
  marketGaps(@Arg('localAuthorityCode', () => String) la: string, @Ctx() ctx: RequestContext): Promise<MarketGap[]> {
    return this.marketService.gaps(ctx, la);
  }

  @Query(() => MarketDiversity, { description: 'Commissioners (own area) and admins.' })
  @Access('COMMISSIONER', 'ADMIN')
  marketDiversity(@Arg('localAuthorityCode', () => String) la: string, @Ctx() ctx: RequestContext): Promise<MarketDiversity> {
    return this.marketService.diversity(ctx, la);
  }

  @Query(() => [CategoryOutcome], { description: 'Commissioners (own area) and admins.' })
  @Access('COMMISSIONER', 'ADMIN')
  outcomesByCategory(@Arg('localAuthorityCode', () => String) la: string, @Ctx() ctx: RequestContext): Promise<CategoryOutcome[]> {
    return this.marketService.outcomes(ctx, la);
  }

  @Query(() => [DistrictMarket], { description: "Commissioners (own area) and admins: the authority's lower-tier districts, each with its own figures." })
  @Access('COMMISSIONER', 'ADMIN')
  marketDistricts(@Arg('localAuthorityCode', () => String) la: string, @Ctx() ctx: RequestContext): Promise<DistrictMarket[]> {
    return this.marketService.districts(ctx, la);
  }

  @Query(() => [CategoryPrices], { description: 'Commissioners (own area) and admins: what a session and an hour cost per kind of support, beside Great Britain.' })
  @Access('COMMISSIONER', 'ADMIN')
  marketPrices(@Arg('localAuthorityCode', () => String) la: string, @Ctx() ctx: RequestContext): Promise<CategoryPrices[]> {
    return this.marketService.prices(ctx, la);
  }

  @Query(() => [MarketMonth], { description: 'Commissioners (own area) and admins: the last twelve months, oldest first, with the same disclosure control.' })
  @Access('COMMISSIONER', 'ADMIN')
  marketTrends(@Arg('localAuthorityCode', () => String) la: string, @Ctx() ctx: RequestContext): Promise<MarketMonth[]> {
    return this.marketService.trends(ctx, la);
  }

  @Query(() => [OutcodeSupply], { description: 'Commissioners (own area) and admins: in-person offerings reaching the authority, by the postcode district they are based in.' })
  @Access('COMMISSIONER', 'ADMIN')
  marketSupplyByOutcode(@Arg('localAuthorityCode', () => String) la: string, @Ctx() ctx: RequestContext): Promise<OutcodeSupply[]> {
    return this.marketService.supplyByOutcode(ctx, la);
  }

  @Mutation(() => Boolean, { description: "People: say you couldn't find what you need. Counted as unmet need in that area, never linked to you." })
  @Access('PERSON')
  reportUnmetNeed(@Arg('input', () => UnmetNeedInput) input: UnmetNeedInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.marketService.reportUnmetNeed(ctx, input);
  }
}

@Resolver(() => ProviderOutcome)
export class ProviderOutcomeFieldResolver {
  @FieldResolver(() => Provider)
  async provider(@Root() row: ProviderOutcome, @Ctx() ctx: RequestContext): Promise<Provider> {
    return (await ctx.loaders.providerById.load(row.providerId))!;
  }
}

