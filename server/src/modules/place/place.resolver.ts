import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { LocalAuthority, PostcodeDistrict } from './place.entity';
import { PlaceDirectory } from './place-directory';

@Resolver(() => PostcodeDistrict)
export class PlaceResolver {
  constructor(private readonly places: PlaceDirectory) {}

  @Query(() => PostcodeDistrict, {
    nullable: true,
    description: 'A GB postcode district by its outward code or a full postcode (m14, M14, M14 5TQ). Unknown districts are BAD_USER_INPUT.',
  })
  @Access('PUBLIC')
  postcodeDistrict(@Arg('outcode', () => String) outcode: string, @Ctx() ctx: RequestContext): PostcodeDistrict {
    return this.places.district(outcode);
  }

  @Query(() => [LocalAuthority], { description: 'Every GB local authority of either tier (county councils and shire districts included), by name. Pickers for commissioning use commissioningAuthorities.' })
  @Access('PUBLIC')
  localAuthorities(@Ctx() ctx: RequestContext): LocalAuthority[] {
    return this.places.allAuthorities();
  }

  @Query(() => [LocalAuthority], { description: 'Councils that commission adult social care, for pickers and commissioners.' })
  @Access('PUBLIC')
  commissioningAuthorities(@Ctx() ctx: RequestContext): LocalAuthority[] {
    return this.places.commissioningAuthorities();
  }

  @FieldResolver(() => LocalAuthority, {
    description:
      "The council that commissions adult social care for this district: the county council in two-tier areas, else the district's own unitary, metropolitan or London borough council (Wales and Scotland: the council itself).",
  })
  commissioningAuthority(@Root() district: PostcodeDistrict, @Ctx() ctx: RequestContext): LocalAuthority {
    return this.places.authority(district.commissioningAuthorityCode)!;
  }

  @FieldResolver(() => LocalAuthority)
  localAuthority(@Root() district: PostcodeDistrict, @Ctx() ctx: RequestContext): LocalAuthority {
    return this.places.authority(district.localAuthorityCode)!;
  }
}
