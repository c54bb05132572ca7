import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { LocalAuthority } from '../place/place.entity';
import { AllocationScheme, IndicativeBudget } from './allocation.entity';
import { PlaceDirectory } from '../place/place-directory';

@Resolver(() => AllocationScheme)
export class AllocationSchemeFieldResolver {
  constructor(private readonly places: PlaceDirectory) {}

  @FieldResolver(() => LocalAuthority)
  localAuthority(@Root() s: AllocationScheme, @Ctx() ctx: RequestContext): LocalAuthority {
    return this.places.authority(s.localAuthorityCode)!;
  }
}

@Resolver(() => IndicativeBudget)
export class IndicativeBudgetFieldResolver {
  constructor(private readonly places: PlaceDirectory) {}

  @FieldResolver(() => LocalAuthority)
  localAuthority(@Root() b: IndicativeBudget, @Ctx() ctx: RequestContext): LocalAuthority {
    return this.places.authority(b.localAuthorityCode)!;
  }
}
