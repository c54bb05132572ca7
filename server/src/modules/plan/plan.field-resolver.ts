import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { User } from '../account/user.entity';
import { Category } from '../catalogue/category.entity';
import { LocalAuthority } from '../place/place.entity';
import { Goal, SupportPlan } from './plan.entity';
import { PlaceDirectory } from '../place/place-directory';
import { Taxonomy } from '../catalogue/taxonomy';

// One line each, through a loader or in-memory reference data. A plan reaches a client only after PlanService
// checked that the viewer may read it, so its parts need no further check here.
@Resolver(() => SupportPlan)
export class PlanFieldResolver {
  constructor(private readonly places: PlaceDirectory, private readonly taxonomy: Taxonomy) {}

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
}
