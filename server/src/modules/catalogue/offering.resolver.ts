import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { OfferingSort } from './catalogue.enums';
import { Offering, OfferingConnection } from './offering.entity';
import { OfferingFilter, OfferingInput } from './offering.inputs';
import { Slot, SlotInput } from './slot.entity';
import { OfferingService } from './offering.service';
import { SlotService } from './slot.service';

@ArgsType()
class OfferingsArgs {
  @Field(() => OfferingFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OfferingFilter | null;

  @Field(() => OfferingSort, { nullable: true })
  @IsOptional()
  sort?: OfferingSort | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;
}

@Resolver(() => Offering)
export class OfferingResolver {
  constructor(private readonly offeringService: OfferingService, private readonly slotService: SlotService) {}

  @Query(() => OfferingConnection, { description: 'Search the published catalogue. Keyset-paged: pass pageInfo.endCursor as `after`.' })
  @Access('PUBLIC')
  offerings(@Args(() => OfferingsArgs) args: OfferingsArgs, @Ctx() ctx: RequestContext): Promise<OfferingConnection> {
    return this.offeringService.search(ctx, args.filter, args.sort, args.first, args.after);
  }

  @Query(() => Offering, { nullable: true, description: 'A published offering; drafts, paused and archived ones only for those who manage them.' })
  @Access('PUBLIC')
  offering(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Offering | null> {
    return this.offeringService.visibleById(ctx, id);
  }

  @Mutation(() => Offering, { description: "The provider's owner or an admin. Starts as a DRAFT." })
  @Access('PROVIDER', 'ADMIN')
  createOffering(@Arg('providerId', () => ID) providerId: string, @Arg('input', () => OfferingInput) input: OfferingInput, @Ctx() ctx: RequestContext): Promise<Offering> {
    return this.offeringService.create(ctx, providerId, input);
  }

  @Mutation(() => Offering, { description: "The provider's owner or an admin. Archived offerings cannot change (CONFLICT)." })
  @Access('PROVIDER', 'ADMIN')
  updateOffering(@Arg('id', () => ID) id: string, @Arg('input', () => OfferingInput) input: OfferingInput, @Ctx() ctx: RequestContext): Promise<Offering> {
    return this.offeringService.update(ctx, id, input);
  }

  @Mutation(() => Offering, { description: "The provider's owner or an admin. DRAFT or PAUSED -> PUBLISHED." })
  @Access('PROVIDER', 'ADMIN')
  publishOffering(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Offering> {
    return this.offeringService.publish(ctx, id);
  }

  @Mutation(() => Offering, { description: "The provider's owner or an admin. PUBLISHED -> PAUSED (hidden from search)." })
  @Access('PROVIDER', 'ADMIN')
  pauseOffering(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Offering> {
    return this.offeringService.pause(ctx, id);
  }

  @Mutation(() => Offering, { description: "The provider's owner or an admin. Final: archived offerings are never listed again." })
  @Access('PROVIDER', 'ADMIN')
  archiveOffering(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Offering> {
    return this.offeringService.archive(ctx, id);
  }

  @Mutation(() => [Slot], { description: "The provider's owner or an admin. Up to 200 future slots at once; all or nothing." })
  @Access('PROVIDER', 'ADMIN')
  addSlots(@Arg('offeringId', () => ID) offeringId: string, @Arg('slots', () => [SlotInput]) slots: SlotInput[], @Ctx() ctx: RequestContext): Promise<Slot[]> {
    return this.slotService.addSlots(ctx, offeringId, slots);
  }
}
