import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { LocalAuthority, PostcodeDistrict } from './place.entity';

@Resolver(() => PostcodeDistrict)
export class PlaceResolver {
  @Query(() => PostcodeDistrict, {
    nullable: true,
    description: 'A GB postcode district by its outward code or a full postcode (m14, M14, M14 5TQ). Unknown districts are BAD_USER_INPUT.',
  })
  @Access('PUBLIC')
  postcodeDistrict(@Arg('outcode', () => String) outcode: string, @Ctx() ctx: RequestContext): PostcodeDistrict {
    return ctx.services.places.district(outcode);
  }

  @Query(() => [LocalAuthority], { description: 'Every GB local authority, by name.' })
  @Access('PUBLIC')
  localAuthorities(@Ctx() ctx: RequestContext): LocalAuthority[] {
    return ctx.services.places.allAuthorities();
  }

  @FieldResolver(() => LocalAuthority)
  localAuthority(@Root() district: PostcodeDistrict, @Ctx() ctx: RequestContext): LocalAuthority {
    return ctx.services.places.authority(district.localAuthorityCode)!;
  }
}
