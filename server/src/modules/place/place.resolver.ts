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

  @Query(() => [LocalAuthority], { description: 'Every GB local authority, by name.' })
  @Access('PUBLIC')
  localAuthorities(@Ctx() ctx: RequestContext): LocalAuthority[] {
    return this.places.allAuthorities();
  }

  @FieldResolver(() => LocalAuthority)
  localAuthority(@Root() district: PostcodeDistrict, @Ctx() ctx: RequestContext): LocalAuthority {
    return this.places.authority(district.localAuthorityCode)!;
  }
}
