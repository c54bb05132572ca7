import { Field, InputType } from 'type-graphql';
import { Length, MaxLength } from 'class-validator';

@InputType({ description: 'What someone could not find. Stored with the area and kind of support only: never with who said it.' })
export class UnmetNeedInput {
  @Field(() => String)
  @MaxLength(60)
  categorySlug: string;

  @Field(() => String, { description: 'The postcode district where the support was needed.' })
  @MaxLength(10)
  outcode: string;

  @Field(() => String)
  @Length(1, 500, { message: 'Describe what you needed in up to 500 characters.' })
  description: string;
}
