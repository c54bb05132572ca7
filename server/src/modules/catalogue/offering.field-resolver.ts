import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badInput } from '../../common/app-error';
import { PageArgs } from '../../graphql/connection';
import type { RequestContext } from '../../graphql/request-context';
import { Category } from './category.entity';
import { Provider, RatingSummary } from '../provider/provider.entity';
import { Offering, OfferingConnection, ResultCount } from './offering.entity';
import { cardNextSlot, cardProvider } from './offering-card';
import { OfferingService } from './offering.service';
import { sessionCostPence } from './session-cost';
import { Slot } from './slot.entity';
import { Taxonomy } from './taxonomy';
import { SlotService } from './slot.service';
import { ContactDetails } from '../contact/contact.entity';

// One line each, through a loader or the in-memory taxonomy: no field here queries the database directly.
@Resolver(() => Offering)
export class OfferingFieldResolver {
  constructor(
    private readonly taxonomy: Taxonomy,
    private readonly slotService: SlotService,
    private readonly offeringService: OfferingService,
  ) {}

  // A search card's provider and next slot came with the page (offering-card.ts): answered at once, not through a
  // loader's promise, so graphql-js completes the card synchronously.
  @FieldResolver(() => Provider)
  provider(@Root() o: Offering, @Ctx() ctx: RequestContext): Provider | Promise<Provider> {
    return cardProvider(o) ?? (ctx.loaders.providerById.load(o.providerId) as Promise<Provider>);
  }

  @FieldResolver(() => ContactDetails, { description: "Its own details, and its provider's where it gives none; a venue for in-person offerings." })
  contact(@Root() o: Offering, @Ctx() ctx: RequestContext): Promise<ContactDetails> {
    return this.offeringService.contactOf(ctx, o);
  }

  @FieldResolver(() => Category)
  category(@Root() o: Offering, @Ctx() ctx: RequestContext): Category {
    return this.taxonomy.byIdOrNull(o.categoryId)!;
  }

  @FieldResolver(() => RatingSummary)
  rating(@Root() o: Offering): RatingSummary {
    return { average: o.ratingCount > 0 ? Math.round((o.ratingSum / o.ratingCount) * 100) / 100 : null, count: o.ratingCount };
  }

  @FieldResolver(() => Int, {
    description: 'What one booked session costs, in pence: what a booking holds from the budget. The price, or for HOUR prices the price for sessionMinutes, rounded to the nearest penny (halves up).',
  })
  sessionCostPence(@Root() o: Offering): number {
    return sessionCostPence(o.pricePence, o.priceUnit, o.sessionMinutes);
  }

  @FieldResolver(() => [Slot], { description: 'Slots starting in the window (default: the next four weeks; at most 92 days).' })
  slots(
    @Root() o: Offering,
    @Ctx() ctx: RequestContext,
    @Arg('from', () => Date, { nullable: true }) from?: Date | null,
    @Arg('to', () => Date, { nullable: true }) to?: Date | null,
  ): Promise<Slot[]> {
    return this.slotService.slotsOf(ctx, o, from, to);
  }

  @FieldResolver(() => Slot, { nullable: true, description: 'The first future slot with a free place.' })
  nextAvailableSlot(@Root() o: Offering, @Ctx() ctx: RequestContext): Slot | null | Promise<Slot | null> {
    const known = cardNextSlot(o);
    return known !== undefined ? known : ctx.loaders.nextSlotByOfferingId.load(o.id);
  }
}

// A provider's offerings are resolved here, with the offerings, so provider/ does not depend on catalogue/.
@Resolver(() => Provider)
export class ProviderOfferingsFieldResolver {
  constructor(private readonly offeringService: OfferingService) {}

  @FieldResolver(() => OfferingConnection, { description: 'Published offerings; every status for those who manage the provider.' })
  offerings(@Root() p: Provider, @Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext): Promise<OfferingConnection> {
    return this.offeringService.providerOfferings(ctx, p, args.first, args.after);
  }
}

@Resolver(() => Slot)
export class SlotFieldResolver {
  @FieldResolver(() => Offering)
  async offering(@Root() s: Slot, @Ctx() ctx: RequestContext): Promise<Offering> {
    return (await ctx.loaders.offeringById.load(s.offeringId))!;
  }
}

const RESULT_COUNT_LIMIT = { default: 1000, max: 10_000 };

@Resolver(() => OfferingConnection)
export class OfferingConnectionFieldResolver {
  @FieldResolver(() => ResultCount, {
    description: `How many matches, counting no further than limit (1-${RESULT_COUNT_LIMIT.max}, default ${RESULT_COUNT_LIMIT.default}): "${RESULT_COUNT_LIMIT.default.toLocaleString('en-GB')}+ results" without reading a whole region's matches as totalCount does. One query, only when asked for.`,
  })
  async resultCount(@Root() c: OfferingConnection, @Arg('limit', () => Int, { defaultValue: RESULT_COUNT_LIMIT.default }) limit: number): Promise<ResultCount> {
    if (!Number.isInteger(limit) || limit < 1 || limit > RESULT_COUNT_LIMIT.max) throw badInput(`The limit is a whole number from 1 to ${RESULT_COUNT_LIMIT.max.toLocaleString('en-GB')}.`, 'limit');
    const n = await c.countUpTo(limit);
    return Object.assign(new ResultCount(), { count: Math.min(n, limit), hasMore: n > limit });
  }
}
