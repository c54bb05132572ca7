import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { Offering } from '../catalogue/offering.entity';
import { Provider } from '../provider/provider.entity';
import { Concern, ConcernRaiser, ConcernStep } from './concern.entity';
import { ConcernService } from './concern.service';
import { SuspensionService } from './suspension.service';

// One line each, through a loader.
@Resolver(() => Concern)
export class ConcernFieldResolver {
  constructor(private readonly concernService: ConcernService) {}

  @FieldResolver(() => Provider)
  async provider(@Root() c: Concern, @Ctx() ctx: RequestContext): Promise<Provider> {
    return (await ctx.loaders.providerById.load(c.providerId))!;
  }

  @FieldResolver(() => Offering, { nullable: true })
  offering(@Root() c: Concern, @Ctx() ctx: RequestContext): Promise<Offering | null> {
    return c.offeringId ? ctx.loaders.offeringById.load(c.offeringId) : Promise.resolve(null);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'The start of the booked session it is about, if any.' })
  async bookingStartsAt(@Root() c: Concern, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return c.bookingId ? ((await ctx.loaders.bookingById.load(c.bookingId))?.startsAt ?? null) : null;
  }

  @FieldResolver(() => [ConcernStep], { description: 'Every step, oldest first.' })
  history(@Root() c: Concern, @Ctx() ctx: RequestContext): Promise<ConcernStep[]> {
    return this.concernService.stepsOf(ctx, c);
  }

  @FieldResolver(() => ConcernRaiser, { nullable: true, description: 'Admins and commissioners handling it only; null for anyone else.' })
  raisedBy(@Root() c: Concern, @Ctx() ctx: RequestContext): Promise<ConcernRaiser | null> {
    return this.concernService.raiserOf(ctx, c);
  }
}

@Resolver(() => Provider)
export class ProviderSuspensionFieldResolver {
  constructor(private readonly suspensionService: SuspensionService) {}

  @FieldResolver(() => String, { nullable: true, description: 'Why it is suspended: admins and its owner only.' })
  suspensionReason(@Root() p: Provider, @Ctx() ctx: RequestContext): string | null {
    return this.suspensionService.reasonOf(ctx, p);
  }
}
