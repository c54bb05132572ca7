import { Field, ID, ObjectType } from 'type-graphql';
import { LifeArea } from './life-area';

@ObjectType()
export class Category {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  description: string;

  @Field(() => [LifeArea])
  lifeAreas: LifeArea[];
}
