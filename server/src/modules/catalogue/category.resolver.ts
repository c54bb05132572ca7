import { Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../graphql/access';
import type { RequestContext } from '../../graphql/request-context';
import { Category } from './category.entity';
import { Taxonomy } from './taxonomy';

@Resolver(() => Category)
export class CategoryResolver {
  constructor(private readonly taxonomy: Taxonomy) {}

  @Query(() => [Category])
  @Access('PUBLIC')
  categories(@Ctx() ctx: RequestContext): Category[] {
    return this.taxonomy.all();
  }
}
