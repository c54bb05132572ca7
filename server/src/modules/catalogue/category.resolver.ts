import { Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Category } from './category.entity';

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category])
  @Access('PUBLIC')
  categories(@Ctx() ctx: RequestContext): Category[] {
    return ctx.services.taxonomy.all();
  }
}
