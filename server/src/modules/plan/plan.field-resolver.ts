import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { User } from '../account/user.entity';
import { Category } from '../catalogue/category.entity';
import { LocalAuthority } from '../place/place.entity';
import { Goal, SupportPlan } from './plan.entity';
import { PlaceDirectory } from '../place/place-directory';
import { Taxonomy } from '../catalogue/taxonomy';
import { PlanService } from './plan.service';
import { StayingSafe } from './staying-safe.entity';
import { planReference } from './area-plan.entity';

// One line each, through a loader or in-memory reference data. A plan reaches a client only after PlanService
// checked that the viewer may read it, so its parts need no further check here.
@Resolver(() => SupportPlan)
export class PlanFieldResolver {
  constructor(private readonly places: PlaceDirectory, private readonly taxonomy: Taxonomy, private readonly planService: PlanService) {}

  @FieldResolver(() => User)
  async person(@Root() p: SupportPlan, @Ctx() ctx: RequestContext): Promise<User> {
    return (await ctx.loaders.userById.load(p.personId))!;
  }

  @FieldResolver(() => LocalAuthority, { description: "The council that commissions care for the plan's district (the county council in two-tier areas)." })
  localAuthority(@Root() p: SupportPlan, @Ctx() ctx: RequestContext): LocalAuthority {
    return this.places.authority(p.localAuthorityCode)!;
  }

  @FieldResolver(() => [Goal])
  goals(@Root() p: SupportPlan, @Ctx() ctx: RequestContext): Promise<Goal[]> {
    return ctx.loaders.goalsByPlanId.load(p.id);
  }

  @FieldResolver(() => [Category], { description: 'Kinds of support the person is looking for.' })
  async needs(@Root() p: SupportPlan, @Ctx() ctx: RequestContext): Promise<Category[]> {
    const ids = new Set(await ctx.loaders.needsByPlanId.load(p.id));
    return this.taxonomy.all().filter((c) => ids.has(c.id));
  }

  @FieldResolver(() => String, { description: 'A short reference to give the council, so a commissioner can find the plan to fund it.' })
  reference(@Root() p: SupportPlan): string {
    return planReference(p.id);
  }

  @FieldResolver(() => StayingSafe, { description: 'Staying safe, taking chances: private like the rest of the plan.' })
  stayingSafe(@Root() p: SupportPlan, @Ctx() ctx: RequestContext): Promise<StayingSafe> {
    return this.planService.stayingSafe(ctx, p);
  }
}
