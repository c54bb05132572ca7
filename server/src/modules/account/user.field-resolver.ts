import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/request-context';
import { LocalAuthority } from '../place/place.entity';
import { User } from './user.entity';

@Resolver(() => User)
export class UserFieldResolver {
  @FieldResolver(() => LocalAuthority, {
    nullable: true,
    description: 'Set for commissioners: the local authority whose market they see and whose budgets they allocate.',
  })
  localAuthority(@Root() user: User, @Ctx() ctx: RequestContext): LocalAuthority | null {
    return user.localAuthorityCode ? ctx.services.places.authority(user.localAuthorityCode) : null;
  }
}
