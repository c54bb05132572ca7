import { Field, ID, ObjectType } from 'type-graphql';
import { LifeArea } from './life-area';

// Hot list type: plain fields use graphql-js's default resolver (see graphql/simple-types.test.ts).
@ObjectType({ simpleResolvers: true })
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
