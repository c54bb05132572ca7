import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { LocalAuthority } from '../place/place.entity';
import { User } from './user.entity';
import { PlaceDirectory } from '../place/place-directory';

@Resolver(() => User)
export class UserFieldResolver {
  constructor(private readonly places: PlaceDirectory) {}

  @FieldResolver(() => LocalAuthority, {
    nullable: true,
    description: 'Set for commissioners: the local authority whose market they see and whose budgets they allocate.',
  })
  localAuthority(@Root() user: User, @Ctx() ctx: RequestContext): LocalAuthority | null {
    return user.localAuthorityCode ? this.places.authority(user.localAuthorityCode) : null;
  }
}
