import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { LocalAuthority } from '../place/place.entity';
import { AllocationScheme, IndicativeBudget } from './allocation.entity';

@Resolver(() => AllocationScheme)
export class AllocationSchemeFieldResolver {
  @FieldResolver(() => LocalAuthority)
  localAuthority(@Root() s: AllocationScheme, @Ctx() ctx: RequestContext): LocalAuthority {
    return ctx.services.places.authority(s.localAuthorityCode)!;
  }
}

@Resolver(() => IndicativeBudget)
export class IndicativeBudgetFieldResolver {
  @FieldResolver(() => LocalAuthority)
  localAuthority(@Root() b: IndicativeBudget, @Ctx() ctx: RequestContext): LocalAuthority {
    return ctx.services.places.authority(b.localAuthorityCode)!;
  }
}
